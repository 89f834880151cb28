def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class V:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"V({self.x}, {self.y})"
    def __add__(self, o):
        return V(self.x + o.x, self.y + o.y) if isinstance(o, V) else NotImplemented
    def __radd__(self, o):
        return self if o == 0 else NotImplemented
    def __mul__(self, k):
        return V(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __eq__(self, o):
        return isinstance(o, V) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __lt__(self, o):
        return (self.x, self.y) < (o.x, o.y)
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __iter__(self):
        yield self.x
        yield self.y
    def __bool__(self):
        return bool(self.x or self.y)
    def __neg__(self):
        return V(-self.x, -self.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __format__(self, spec):
        return f"<{self.x:{spec}},{self.y:{spec}}>"
    def __contains__(self, v):
        return v in (self.x, self.y)
a, b = V(1, 2), V(3, 4)
t(lambda: a + b)
t(lambda: sum([a, b]))
t(lambda: 3 * a)
t(lambda: a * 2)
t(lambda: a + 1)
t(lambda: sorted([b, a]))
t(lambda: max([a, b]))
t(lambda: {a: 1, V(1, 2): 2})
t(lambda: list(a))
t(lambda: a[1])
t(lambda: len(a))
t(lambda: bool(V(0, 0)))
t(lambda: -a)
t(lambda: abs(b))
t(lambda: f"{a:03d}")
t(lambda: format(b, ".1f"))
t(lambda: 2 in a)
t(lambda: a == V(1, 2))
t(lambda: a != b)
t(lambda: a > b)
t(lambda: a <= b)
t(lambda: setattr(a, "z", 1))
t(lambda: (lambda p: p)(a))
t(lambda: [*a, *b])
t(lambda: dict(zip("xy", a)))
t(lambda: tuple(map(abs, [a, b])))
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def c(self):
        return self._c
    @c.setter
    def c(self, v):
        if v < -273:
            raise ValueError("too cold")
        self._c = v
    @c.deleter
    def c(self):
        print("deleting")
    @classmethod
    def make(cls):
        return cls()
    @staticmethod
    def info():
        return "static"
tt = Temp.make()
tt.c = 5
t(lambda: tt.c)
t(lambda: setattr(tt, "c", -300))
del tt.c
t(lambda: Temp.info())
t(lambda: type(tt).__name__)
t(lambda: Temp.c.__class__.__name__)
t(lambda: vars(tt))
t(lambda: tt.__dict__)
t(lambda: hasattr(tt, "c"))
t(lambda: isinstance(tt, object))
t(lambda: Temp.__mro__)
t(lambda: Temp.__qualname__)
t(lambda: repr(Temp)[:14])
class Base:
    def __init_subclass__(cls, **kw):
        cls.tag = kw.get("tag", "none")
class Child(Base, tag="x"):
    pass
t(lambda: Child.tag)
class Ctr:
    count = 0
    def __init__(self):
        Ctr.count += 1
        self.id = Ctr.count
    def __str__(self):
        return f"Ctr#{self.id}"
cs = [Ctr() for _ in range(3)]
t(lambda: (Ctr.count, str(cs[-1]), [str(c) for c in cs]))
t(lambda: print(cs[0], cs[1], sep=" | "))
class E(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
try:
    raise E(404, "not found")
except E as e:
    print(e, e.code, e.args, repr(e))
class E2(ValueError):
    pass
try:
    try:
        int("x")
    except ValueError as e:
        raise E2("wrapped") from e
except E2 as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)
