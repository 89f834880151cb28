# A program ending in an uncaught exception still closes its suspended generators.
def gen(name):
    try:
        yield 1
    finally:
        print("finally", name)
x = gen("x")
next(x)
_y = gen("_y")
next(_y)
z = gen("z")
next(z)
raise ValueError("boom")
