# functools.singledispatch, singledispatchmethod and cached_property.
from functools import singledispatch, singledispatchmethod, cached_property
import functools
from collections import OrderedDict

@singledispatch
def describe(x):
    return f"object {x!r}"

@describe.register
def _(x: int):
    return f"int {x}"

@describe.register(float)
def _(x):
    return f"float {x}"

def for_list(x, sep=", "):
    return "list " + sep.join(describe(i) for i in x)

describe.register(list, for_list)

@describe.register(dict)
@describe.register(tuple)
def _(x):
    return f"{type(x).__name__} of {len(x)}"

class Animal:
    pass

class Dog(Animal):
    def __repr__(self):
        return "Dog()"

@describe.register
def _(a: Animal):
    return "an animal: " + type(a).__name__

for v in [1, True, 2.5, "s", [1, 2.0], (1, 2), {"a": 1}, OrderedDict(b=2), Dog(), Animal(), None]:
    print(describe(v))
print(describe([1, "x"], sep=" | "))
print(describe.dispatch(bool) is describe.dispatch(int), describe.dispatch(Dog).__name__, describe.dispatch(str).__name__)
print(sorted(k.__name__ for k in describe.registry.keys()), describe.registry[float](0.5))
print(describe.__name__, describe.__wrapped__.__name__)

class Formatter:
    def __init__(self, prefix):
        self.prefix = prefix

    @singledispatchmethod
    def fmt(self, arg):
        return f"{self.prefix}? {arg!r}"

    @fmt.register
    def _(self, arg: int):
        return f"{self.prefix}int {arg:+d}"

    @fmt.register(str)
    def _(self, arg):
        return f"{self.prefix}str {arg.upper()}"

f = Formatter("> ")
print(f.fmt(5), f.fmt("hi"), f.fmt(1.5), f.fmt(False))

class Circle:
    def __init__(self, r):
        self.r = r
        self.computed = 0

    @cached_property
    def area(self):
        self.computed += 1
        return 3.14159 * self.r ** 2

c = Circle(2)
print(c.area, c.area, c.computed, "area" in c.__dict__)
del c.area
print(c.area, c.computed)
c.area = 1.0
print(c.area, type(Circle.area).__name__, Circle.area.attrname)

def show(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: describe())
show(lambda: describe.register(3))
show(lambda: singledispatch(5)(1))

from collections.abc import Sequence, Mapping

@singledispatch
def kind(x):
    return "scalar"

@kind.register
def _(x: Sequence):
    return "sequence"

@kind.register(Mapping)
def _(x):
    return "mapping"

print(kind([1]), kind((1,)), kind("ab"), kind({}), kind(3), kind(range(2)))
