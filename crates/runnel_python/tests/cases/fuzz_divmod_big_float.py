# divmod/floor division/modulo of floats with ints beyond 64 bits, and by 0.0 (found by tools/fuzz/py_gen.py).
for a, b in [(194.5781, 3**40), (3**40, 2.5), (2**64, 0.0), (1.5, 0.0), (5, 0.0), (-7.5, 2**70), (10**30, 7.0)]:
    for f in (divmod, lambda a, b: a // b, lambda a, b: a % b, lambda a, b: a / b):
        try: print(f(a, b))
        except Exception as e: print(type(e).__name__, e)
