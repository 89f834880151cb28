# isinstance/issubclass against the enum bases, enum bases' reprs, members as dict keys
# and in sets, sorting by value, Flag members combined in a loop.
import enum
from enum import Enum, IntEnum, Flag, IntFlag, StrEnum, auto


class Color(Enum):
    RED = 1
    GREEN = 2


class Level(IntEnum):
    LOW = 1
    HIGH = 2


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()


class Mode(IntFlag):
    A = 1
    B = 2


class Tone(StrEnum):
    DARK = auto()


print(isinstance(Color.RED, Enum), isinstance(Level.LOW, Enum), isinstance(Level.LOW, IntEnum), isinstance(Color.RED, IntEnum))
print(isinstance(Perm.R, Flag), isinstance(Perm.R, Enum), isinstance(Mode.A, Flag), isinstance(Mode.A, IntFlag), isinstance(Mode.A, int))
print(isinstance(Tone.DARK, StrEnum), isinstance(Tone.DARK, str), isinstance(1, Enum), isinstance("x", StrEnum))
print(issubclass(Color, Enum), issubclass(Level, IntEnum), issubclass(Perm, Enum), issubclass(Color, Flag), issubclass(IntFlag, Flag))
print(Enum, IntEnum, Flag, IntFlag, StrEnum, enum.Enum is Enum, repr(Perm), Perm)
counts = {}
for c in [Color.RED, Color.GREEN, Color.RED]:
    counts[c] = counts.get(c, 0) + 1
print(counts, {Color.RED, Color.RED, Color.GREEN} == {Color.GREEN, Color.RED}, sorted(Color, key=lambda c: c.value, reverse=True))
acc = Perm(0)
for p in [Perm.R, Perm.X]:
    acc |= p
print(repr(acc), acc == Perm.R | Perm.X, acc is Perm.R | Perm.X, [p.name for p in acc], Perm.W not in acc)
print(max(Level), min(Level).name, Level.HIGH > 1, sum(Level), [int(l) for l in Level], Level(2) is Level.HIGH)
print(Color.RED.__class__.__name__, type(Level.LOW), Color["GREEN"].value, Color.RED._name_, getattr(Color, "GREEN"))
print(type(Color), type(Perm), type(Color) is enum.EnumType, enum.EnumMeta is enum.EnumType, isinstance(Color, enum.EnumMeta), isinstance(Color.RED, enum.EnumType), isinstance(int, enum.EnumType))
