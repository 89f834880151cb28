raise ValueError("mensaje propio")
