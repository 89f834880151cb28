# @dataclass: generated __init__/__repr__/__eq__, defaults, field(), order, frozen, asdict.
from dataclasses import dataclass, field, asdict, astuple, FrozenInstanceError


@dataclass
class Point:
    x: int
    y: int = 0

    def norm1(self):
        return abs(self.x) + abs(self.y)


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    tags: tuple = ()


@dataclass
class Bag:
    name: str
    items: list = field(default_factory=list)
    count: int = field(default=1)

    def __post_init__(self):
        self.count = len(self.name)


@dataclass
class Point3(Point):
    z: int = 5


p = Point(1, 2)
print(p, Point(3), Point(y=4, x=1), p == Point(1, 2), p != Point(2, 1), p.norm1(), Point.y)
print(sorted([Version(1, 2), Version(1, 0), Version(0, 9)]), Version(1) < Version(1, 1), max(Version(2), Version(1, 5)))
print(hash(Version(1, 2)) == hash(Version(1, 2)), {Version(1): "a"}[Version(1, 0)])
b = Bag("abc")
b.items.append(1)
print(b, Bag("x").items, asdict(b), astuple(p), Point3(1), Point3(1, 2, 3).z)
print(asdict(Bag("q", [Point(1, 1)])))
try:
    Version(1).major = 3
except FrozenInstanceError as e:
    print("FrozenInstanceError", e)
try:
    {p: 1}
except TypeError as e:
    print("TypeError", e)
try:
    Point()
except TypeError as e:
    print("TypeError", e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError", e)
match Point(0, 7):
    case Point(0, y):
        print("on the y axis at", y)
