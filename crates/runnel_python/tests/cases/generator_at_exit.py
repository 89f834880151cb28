# Generators still suspended in a try/with when the program ends are closed, as CPython's
# shutdown does: globals' own generators in order, then those held in containers/closures.
def gen(name):
    try:
        yield 1
        yield 2
    finally:
        print("finally", name)

class Res:
    def __init__(self, n): self.n = n
    def __enter__(self): print("enter", self.n); return self
    def __exit__(self, *a): print("exit", self.n, a[0]); return False

def wgen():
    with Res("w"):
        yield "a"
        yield "b"

b = gen("b")
next(b)
a = gen("a")
next(a)
w = wgen()
print(next(w))
items = [gen("inlist")]
next(items[0])
done = gen("done")
list(done)
unstarted = gen("unstarted")
def f():
    global g2
    g2 = gen("g2")
    next(g2)
f()
print("end of program")
items = [gen("l1"), gen("l2")]
for g in items: next(g)
d = {"k": gen("d1")}
next(d["k"])
x = gen("x")
next(x)
class Holder:
    pass
h = Holder()
h.g = gen("attr")
next(h.g)
def outer():
    g = gen("local")
    next(g)
    return lambda: g
keep = outer()
print("end again")
