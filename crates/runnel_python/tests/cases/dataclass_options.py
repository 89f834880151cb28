# @dataclass options: frozen hashes, unsafe_hash, eq=False, order, field(compare/hash/repr/init).
from dataclasses import dataclass, field, FrozenInstanceError


@dataclass(frozen=True)
class P:
    x: int
    y: int = 0


print(hash(P(1)) == hash((1, 0)), hash(P(1, 2)) == hash(P(1, 2)), P(1) == P(1, 0))
print({P(1): "a", P(2): "b"}[P(2)], len({P(1), P(1), P(2)}), P(3))
for attempt in ("set", "del"):
    try:
        if attempt == "set":
            P(1).x = 5
        else:
            del P(1).y
    except FrozenInstanceError as e:
        print(type(e).__name__, e, isinstance(e, AttributeError))
try:
    P(1).z = 5
except AttributeError as e:
    print(type(e).__name__, e)


@dataclass(unsafe_hash=True)
class U:
    a: int
    b: list = field(default_factory=list, hash=False)


u = U(1)
print(hash(u) == hash((1,)), u, {u: 1}[U(1)])
u.a = 2
print(u, hash(u) == hash((2,)))


@dataclass(eq=False)
class Ident:
    v: int


i = Ident(1)
print(i == Ident(1), i == i, {i: 1}[i], hash(i) == id(i) >> 4 or hash(i) != 0)


@dataclass
class NoHash:
    v: int


print(NoHash.__hash__)
try:
    hash(NoHash(1))
except TypeError as e:
    print("TypeError", e)


@dataclass(order=True)
class Card:
    rank: int
    suit: str = field(compare=False)
    note: str = field(default="", repr=False, compare=False)


cs = [Card(3, "h"), Card(1, "s", "x"), Card(2, "d")]
print(sorted(cs), Card(1, "a") == Card(1, "b"), Card(1, "a") < Card(2, "a"), Card(2, "a") >= Card(2, "z"))
print(max(cs), min(cs).note)
try:
    Card(1, "a") < 3
except TypeError as e:
    print("TypeError", e)


@dataclass
class Counted:
    name: str
    total: int = field(init=False, default=0)
    seen: list = field(init=False, default_factory=list)

    def __post_init__(self):
        self.total = len(self.name)


c = Counted("abc")
print(c, c.total, c.seen)
try:
    Counted("a", 3)
except TypeError as e:
    print("TypeError", e)


@dataclass(repr=False, eq=False)
class Plain:
    a: int


print(repr(Plain(1)).startswith("<__main__.Plain object at"), Plain(1) == Plain(1))


@dataclass(frozen=True, order=True)
class Key:
    word: str
    n: int


counts = {}
for w in "a b a c b a".split():
    k = Key(w, len(w))
    counts[k] = counts.get(k, 0) + 1
print(sorted(counts.items()))


@dataclass
class WithHash:
    v: int

    def __hash__(self):
        return 7


print(hash(WithHash(3)))


@dataclass(frozen=True)
class Base:
    a: int


@dataclass(frozen=True)
class Child(Base):
    b: int = 2


print(Child(1), hash(Child(1)) == hash((1, 2)), Child(1) == Base(1))
try:
    Child(1).a = 0
except FrozenInstanceError as e:
    print("FrozenInstanceError", e)
try:
    @dataclass
    class Bad(Base):
        c: int = 0
except TypeError as e:
    print("TypeError", e)
try:
    @dataclass(order=True, eq=False)
    class Bad2:
        a: int
except ValueError as e:
    print("ValueError", e)
try:
    @dataclass(frozen=True)
    class Bad3:
        a: int

        def __setattr__(self, k, v):
            pass
except TypeError as e:
    print("TypeError", e)


@dataclass(frozen=True)
class Box:
    w: int
    h: int
    area: int = field(init=False, default=0)

    def __post_init__(self):
        object.__setattr__(self, "area", self.w * self.h)


bx = Box(2, 3)
print(bx, bx.area, hash(bx) == hash((2, 3, 6)))
try:
    setattr(bx, "w", 9)
except FrozenInstanceError as e:
    print("FrozenInstanceError", e)


class Loose(Box):
    pass


lo = Loose(1, 1)
lo.extra = 5
print(lo, lo.extra)
try:
    lo.w = 3
except FrozenInstanceError as e:
    print("FrozenInstanceError", e)
