# `with` around a `yield` in a generator: __exit__ runs however the body is left.
class Resource:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print("open", self.name)
        return self.name
    def __exit__(self, t, v, tb):
        print("close", self.name, t.__name__ if t else None, v)
        return self.swallow

def read(name, items, swallow=False):
    with Resource(name, swallow) as r:
        for i in items:
            if i < 0:
                raise ValueError("negative %d" % i)
            yield r, i
    print("after with", name)

print(list(read("a", [1, 2])))
try:
    for x in read("b", [1, -1, 2]):
        print(x)
except ValueError as e:
    print("caught", e)
print(list(read("c", [1, -2, 3], swallow=True)))

def two():
    with Resource("x") as x, Resource("y") as y:
        yield x + y
        yield y + x
g = two()
print(next(g))
del g
print("deleted")

def first_match(rows):
    for row in rows:
        with Resource(row):
            if row.startswith("b"):
                break
            yield row
    print("searched")
print(list(first_match(["a1", "a2", "b1", "c1"])))

def thrown():
    with Resource("t", swallow=True):
        yield 1
        yield 2
    yield "after"
t = thrown()
print(next(t))
print(t.throw(KeyError("k")))
print(list(t))

def nested_cleanup():
    try:
        with Resource("inner"):
            yield 1
    finally:
        print("outer finally")
n = nested_cleanup()
next(n)
n.close()

def loop_continue():
    for i in range(4):
        with Resource(str(i)):
            if i % 2:
                continue
            yield i
print(list(loop_continue()))

def fallback(xs):
    # A yield after `or` runs only sometimes: the body runs eagerly (same output here).
    for x in xs:
        v = x or (yield "zero")
        yield v
print(list(fallback([1, 0, 2])))
