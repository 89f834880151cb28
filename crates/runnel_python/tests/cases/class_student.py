# A student's classes one step further: class-level mutable defaults, arithmetic dunders
# with NotImplemented, __round__, __index__ as a list index, __init_subclass__ with class
# keywords, class decorators, __exit__ swallowing, total_ordering, frozen ordered
# dataclasses, __slots__, __class_getitem__.
class Dog:
    tricks = []
    count = 0
    def __init__(self, name):
        self.name = name
        Dog.count += 1
    def add(self, t): self.tricks.append(t)
a, b = Dog("a"), Dog("b"); a.add("roll"); b.add("sit"); print(a.tricks, b.tricks is a.tricks, Dog.count, a.count)
a.count = 99; print(a.count, Dog.count, b.count, vars(a))
class V:
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return f"V({self.x}, {self.y})"
    def __add__(self, o): return V(self.x + o.x, self.y + o.y) if isinstance(o, V) else NotImplemented
    def __radd__(self, o): return self if o == 0 else NotImplemented
    def __mul__(self, k): return V(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __neg__(self): return V(-self.x, -self.y)
    def __abs__(self): return (self.x ** 2 + self.y ** 2) ** 0.5
    def __eq__(self, o): return isinstance(o, V) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __bool__(self): return bool(self.x or self.y)
    def __iter__(self): yield self.x; yield self.y
    def __getitem__(self, i): return (self.x, self.y)[i]
    def __round__(self, n=0): return V(round(self.x, n), round(self.y, n))
    def __index__(self): return self.x
print(V(1, 2) + V(3, 4), sum([V(1, 1), V(2, 2)]), 3 * V(1, 2), V(1, 2) * 2, -V(1, 2), abs(V(3, 4)), {V(1, 2), V(1, 2)}, bool(V(0, 0)), list(V(5, 6)), V(7, 8)[1])
print(round(V(1.26, 2.5), 1), [10, 20, 30][V(1, 0)],  x if (x := V(1, 1)) else None, *V(1, 2), dict([V(1, 2)]))
try: V(1, 2) + 1
except TypeError as e: print("TE", e)
try: V(1, 2) - V(1, 1)
except TypeError as e: print("TE", e)
try: 1 < V(1, 2)
except TypeError as e: print("TE", e)
class Acc:
    def __init__(self): self.v = []
    def __iadd__(self, o): self.v.append(o); return self
acc = Acc(); acc += 1; acc += 2; print(acc.v)
class Base:
    registry = []
    def __init_subclass__(cls, tag="none", **kw):
        super().__init_subclass__(**kw)
        Base.registry.append((cls.__name__, tag))
class A1(Base, tag="x"): pass
class A2(Base): pass
print(Base.registry)
def deco(cls):
    cls.extra = 42
    return cls
@deco
class D: pass
print(D.extra, D().extra)
class Res:
    def __enter__(self): print("enter"); return self
    def __exit__(self, et, ev, tb): print("exit", et.__name__ if et else None, ev); return True
with Res() as r: raise ValueError("swallowed")
print("after")
from functools import total_ordering
@total_ordering
class Ver:
    def __init__(self, s): self.t = tuple(map(int, s.split(".")))
    def __eq__(self, o): return self.t == o.t
    def __lt__(self, o): return self.t < o.t
    def __repr__(self): return ".".join(map(str, self.t))
print(sorted([Ver("1.10"), Ver("1.2"), Ver("1.9")]), Ver("2.0") >= Ver("1.9"), max(Ver("0.1"), Ver("0.0.9")))
from dataclasses import dataclass, field
@dataclass(order=True, frozen=True)
class Card:
    rank: int
    suit: str = field(compare=False, default="s")
print(sorted([Card(3), Card(1, "h")]), Card(1) == Card(1, "d"), hash(Card(2)) == hash(Card(2, "x")))
try: Card(1).rank = 5
except Exception as e: print(type(e).__name__, e)
class S:
    __slots__ = ("a",)
s = S(); s.a = 1
try: s.b = 2
except AttributeError as e: print("AE", e)
class Str:
    def __str__(self): return "STR"
print(Str(), [Str()][0].__str__(), str(Str()), f"{Str()}", "%s" % Str(), repr(Str())[:14])
class Meta:
    def __class_getitem__(cls, item): return f"{cls.__name__}[{item.__name__}]"
print(Meta[int])
print(isinstance(a, Dog), type(a).__name__, a.__class__ is Dog,  hasattr(Dog, "add"), getattr(a, "name"), setattr(a, "z", 1) or a.z, delattr(a, "z") or hasattr(a, "z"))
class I:
    def __index__(self): return 10
class J(int): pass
print(bin(I()), hex(I()), oct(I()), bin(J(5)), hex(True), bin(-3))
class K:
    def __index__(self): return "x"
try: bin(K())
except TypeError as e: print(e)
try: hex(1.5)
except TypeError as e: print(e)
