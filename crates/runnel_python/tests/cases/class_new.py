# __new__: singletons, validation, caching, returning another type, with __init__ after it.
class Single:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            print("creating")
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self):
        print("init")
a = Single()
b = Single()
print(a is b)

class Positive:
    def __new__(cls, v):
        if v < 0:
            raise ValueError(f"negative: {v}")
        inst = object.__new__(cls)
        inst.v = v
        return inst
    def __repr__(self):
        return f"Positive({self.v})"
print(Positive(3))
try:
    Positive(-1)
except ValueError as e:
    print("ValueError", e)

class Interned:
    cache = {}
    def __new__(cls, name):
        if name not in cls.cache:
            cls.cache[name] = super().__new__(cls)
        return cls.cache[name]
    def __init__(self, name):
        self.name = name
x, y, z = Interned("a"), Interned("a"), Interned("b")
print(x is y, x is z, sorted(Interned.cache), x.name)

class Weird:
    def __new__(cls, n):
        return n * 2
    def __init__(self, n):
        print("never")
print(Weird(21), type(Weird(1)).__name__)

class Base:
    def __new__(cls, *args, **kwargs):
        print("Base.__new__", cls.__name__, args, kwargs)
        return super().__new__(cls)
    def __init__(self, a, b=0):
        self.a, self.b = a, b
class Child(Base):
    def __init__(self, a, b=5):
        super().__init__(a, b)
c = Child(1, b=2)
print(type(c).__name__, c.a, c.b, isinstance(c, Base))

class Strict:
    def __new__(cls, x):
        return super().__new__(cls, x)
try:
    Strict(1)
except TypeError as e:
    print("TypeError", e)

class NoInit:
    pass
try:
    object.__new__(NoInit, 1)
except TypeError as e:
    print("TypeError", e)
n = object.__new__(NoInit)
print(type(n).__name__)

class Err(Exception):
    def __new__(cls, *args):
        return super().__new__(cls, *args)
e = Err("boom", 2)
print(e.args, str(e))
