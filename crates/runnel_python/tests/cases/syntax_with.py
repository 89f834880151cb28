# with statements, decorators, yield from, sys.exc_info, globals, import *, stderr.
import sys
from math import *


class Tracker:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, repr(exc))
        return self.swallow


with Tracker("a") as t:
    print("body", t.name)
with Tracker("outer", swallow=True), Tracker("inner") as i:
    print("raising in", i.name)
    raise KeyError("k")
print("after swallow")
try:
    with Tracker("b"):
        int("nope")
except ValueError as e:
    print("propagated:", e)


def early():
    with Tracker("r"):
        return "returned"


print(early())
for n in range(3):
    with Tracker(f"loop{n}", swallow=True):
        if n == 1:
            continue
        if n == 2:
            break
        print("loop body", n)
try:
    with 5:
        pass
except TypeError as e:
    print("TypeError", e)


def shout(f):
    def wrapper(*args, **kwargs):
        return f(*args, **kwargs).upper() + "!"
    return wrapper


def repeat(n):
    def deco(f):
        def wrapper(x):
            return [f(x) for _ in range(n)]
        return wrapper
    return deco


@shout
def greet(name, punct="."):
    return "hi " + name + punct


@repeat(2)
@shout
def echo(x):
    return x


registry = []


def register(cls):
    registry.append(cls.__name__)
    cls.tag = "registered"
    return cls


@register
class Thing:
    pass


print(greet("bob"), greet("al", punct="?"), echo("yo"), registry, Thing.tag)


def inner():
    yield 1
    yield from [2, 3]
    yield from (x * 10 for x in range(2))
    return "done"


def outer():
    yield 0
    yield from inner()
    yield from "ab"


print(list(outer()), list(inner()))


def lazy_counter():
    yield from range(3)
    print("end of lazy")


g = lazy_counter()
print(next(g), next(g))
print(list(g))
print(sys.exc_info())
try:
    {}["missing"]
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v))
    try:
        raise ValueError("inner")
    except ValueError:
        print(sys.exc_info()[0].__name__, sys.exc_info()[1])
    print(sys.exc_info()[0].__name__)
print(sys.exc_info())
print(sqrt(16), floor(2.5), pi > 3)
answer = 42
gl = globals()
print(gl["answer"], "greet" in gl, gl["__name__"])
print("to stderr", file=sys.stderr)
print("to stdout", file=sys.stdout)
sys.stderr.write("also stderr\n")
