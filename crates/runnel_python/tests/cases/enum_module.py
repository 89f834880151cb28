from enum import Enum, IntEnum, auto
import enum


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

    def describe(self):
        return f"{self.name} is {self.value}"

    @property
    def lower(self):
        return self.name.lower()


class Level(IntEnum):
    LOW = auto()
    MID = auto()
    HIGH = 10
    TOP = auto()


class Kind(Enum):
    A = "a"
    B = ("b", 2)


print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value)
print(str(Color.GREEN), f"{Color.BLUE}", [Color.RED, Color.BLUE])
print(list(Color), len(Color), Color.CRIMSON is Color.RED, Color.CRIMSON)
print(Color(2), Color["BLUE"], Color(Color.RED), type(Color.RED) is Color)
print(isinstance(Color.RED, Color), Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.BLUE)
print(Color.RED in Color, Color.GREEN.describe(), Color.BLUE.lower)
print([c.name for c in Color], {Color.RED: "r"}[Color.CRIMSON])
print(Level.LOW, repr(Level.MID), Level.HIGH, repr(Level.TOP), f"{Level.TOP}")
print(Level.LOW + 1, Level.MID == 2, Level.HIGH > Level.MID, sorted([Level.HIGH, Level.LOW]))
print(Level(10), Level["MID"].value, list(Level), int(Level.TOP))
print(repr(Kind.A), repr(Kind.B), Kind("a"), Kind.B.value[1])
print(Color, Level, Color.__members__["CRIMSON"], list(Color.__members__))
print(sorted(Color, key=lambda c: -c.value))
for bad in [lambda: Color(7), lambda: Color["PINK"], lambda: Level(3)]:
    try:
        bad()
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)
