# enum beyond the basics: the functional API, StrEnum, str/int mixins, @unique, _missing_,
# members with __init__ over tuple values, __members__, auto() per kind.
from enum import Enum, IntEnum, StrEnum, unique, auto
import enum

Color = Enum("Color", "RED GREEN BLUE")
print(list(Color), Color.GREEN.value, Color(3), Color["RED"], repr(Color), len(Color))
Shape = Enum("Shape", ["CIRCLE", "SQUARE"], start=10)
print(list(Shape), Shape.SQUARE.value)
Animal = Enum("Animal", [("CAT", "c"), ("DOG", "d")])
print(list(Animal), Animal("d"), Animal.CAT.value)
Num = IntEnum("Num", {"ONE": 1, "TWO": 2})
print(list(Num), Num.TWO + 1, repr(Num.ONE), isinstance(Num.ONE, int))
Sep = Enum("Sep", "A, B,C")
print(list(Sep.__members__), type(Color.RED).__name__, Color.RED in Color, Color.RED is Color(1))


class Size(StrEnum):
    SMALL = auto()
    LARGE = "L"


print(Size.SMALL, repr(Size.SMALL), Size.LARGE == "L", Size.SMALL.upper(), f"{Size.LARGE}!", isinstance(Size.SMALL, str))
print(sorted(Size), "-".join(Size), Size("L"), Size.SMALL.value)


class Fruit(str, Enum):
    APPLE = "apple"
    PEAR = "pear"


print(repr(Fruit.APPLE), Fruit.APPLE == "apple", Fruit.APPLE.upper(), Fruit("pear"), str(Fruit.PEAR), len(Fruit.APPLE))
print(Fruit.APPLE.value, {"apple": 1}[Fruit.APPLE], isinstance(Fruit.PEAR, str), Fruit.APPLE.startswith("ap"))


class Prio(int, Enum):
    LOW = 1
    HIGH = 2


print(repr(Prio.LOW), Prio.LOW < Prio.HIGH, Prio.HIGH * 10, str(Prio.LOW), Prio(2), sorted([Prio.HIGH, Prio.LOW]))


class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


print(Planet.EARTH.mass, Planet.EARTH.value, round(Planet.EARTH.gravity, 3), Planet((3.303e23, 2.4397e6)))


class Status(Enum):
    ACTIVE = "active"
    INACTIVE = "inactive"

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.value == value.lower():
                    return m
        return None


print(Status("ACTIVE"), Status("Inactive"))
try:
    Status(3)
except ValueError as e:
    print("ValueError", e)

try:
    @unique
    class Dup(Enum):
        A = 1
        B = 2
        C = 1
        D = 2
except ValueError as e:
    print("ValueError", e)


@unique
class Fine(Enum):
    A = 1
    B = 2


print(list(Fine), Fine.A.name, enum.unique is unique)


class Step(Enum):
    FIRST = auto()
    SECOND = auto()
    THIRD = 7
    FOURTH = auto()

    def next(self):
        members = list(type(self))
        return members[(members.index(self) + 1) % len(members)]


print([s.value for s in Step], Step.FIRST.next(), Step.FOURTH.next(), Step.FIRST._name_, Step.THIRD._value_)
print(Step.__members__.keys(), Step.FIRST.__class__ is Step, hash(Step.FIRST) == hash(Step.FIRST))
try:
    Step.FIRST.value = 3
except AttributeError as e:
    print("AttributeError", e)
try:
    Color.PURPLE
except AttributeError as e:
    print("AttributeError", e)
