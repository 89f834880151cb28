class Res:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        print("enter", self.n)
        return self
    def __exit__(self, *a):
        print("exit", self.n, a[0])
def g1():
    try:
        yield 1
        yield 2
    finally:
        print("g1 finally")
def g2():
    with Res(2):
        yield "a"
        yield "b"
def g3():
    try:
        yield 1
    except GeneratorExit:
        print("g3 got GeneratorExit")
        raise
def outer():
    yield from g1()
a = g1(); next(a)
b = g2(); next(b)
c = g3(); next(c)
d = outer(); next(d)
items = [g1()]
next(items[0])
holder = {"k": g3()}
next(holder["k"])
def use_and_drop():
    g = outer()
    print("got", next(g))
    return "returned"
print(use_and_drop())
print("after drop")
print("end of program")
