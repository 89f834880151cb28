def gen(name, n=3):
    try:
        for i in range(n):
            print(name, "yield", i)
            yield i
    finally:
        print(name, "finally")

# explicit close
g = gen("a")
print(next(g))
g.close()
print("closed a")
g.close()
print(list(g))

# break out of a for loop over a temporary generator
for x in gen("b"):
    print("got", x)
    if x == 1:
        break
print("after b")

# next() of a temporary closes it at once
print(next(gen("c")))
print("after c")

# rebinding the last reference
g = gen("d")
next(g)
g = None
print("after d")

def local_use():
    g = gen("e")
    v = next(g)
    print("local got", v)
    return v
print("returned", local_use())

# del
g = gen("f")
next(g)
del g
print("after f")

# close on a never started generator: nothing runs
g = gen("h")
g.close()
print("closed h", list(g))

# GeneratorExit seen at the yield
def catcher():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit caught")
        raise
    finally:
        print("catcher finally")
c = catcher()
next(c)
c.close()

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("ignoring")
    yield 2
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError", e)

def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        print("exit, returning")
        return
r = returns_on_exit()
next(r)
print(r.close())

# with inside a generator
class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None)
        return False

def reader(lines):
    with CM("file"):
        for line in lines:
            yield line.upper()
for l in reader(["x", "y", "z"]):
    print(l)
    break
print("after reader")

# nested generators: closing the outer closes the inner
def outer():
    try:
        yield from gen("inner")
    finally:
        print("outer finally")
o = outer()
print(next(o))
o.close()
print("after outer")

def chain():
    try:
        for v in gen("chained"):
            yield v * 10
    finally:
        print("chain finally")
for v in chain():
    print(v)
    break
print("after chain")

# throw
def thrower():
    while True:
        try:
            x = yield
            print("received", x)
        except ValueError as e:
            print("handled", e)
            yield "after error"
t = thrower()
next(t)
t.send(1)
print(t.throw(ValueError("bad")))
print(next(t))
t.send(2)
try:
    t.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
print(list(t))

def closes_twice():
    try:
        yield 1
    finally:
        print("cleanup once")
z = closes_twice()
next(z)
z.close()
z.close()
print("done")

# a generator's finally runs when the exception leaves the loop consuming it
def consume():
    for v in gen("k"):
        if v == 1:
            raise ValueError("stop")
try:
    consume()
except ValueError as e:
    print("caught", e)

# islice of an infinite generator with cleanup
import itertools
def naturals():
    n = 0
    try:
        while True:
            yield n
            n += 1
    finally:
        print("naturals closed at", n)
print(list(itertools.islice(naturals(), 3)))
print("end")
