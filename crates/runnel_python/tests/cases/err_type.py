def miFuncion(a, b):
    return a + b
print(miFuncion("a", 1))
