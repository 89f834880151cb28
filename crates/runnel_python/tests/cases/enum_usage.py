# enums as programs use them: own __str__, classmethods, str mixins in json, auto(), IntEnum
# arithmetic and format, __members__, Flag membership.
from enum import Enum, IntEnum, Flag, auto
import enum


class Weekday(Enum):
    MONDAY = 1
    TUESDAY = 2
    WEDNESDAY = 3

    @classmethod
    def from_name(cls, s):
        return cls[s.upper()]

    def is_weekend(self):
        return False

    def __str__(self):
        return self.name.title()


print(Weekday.from_name("monday"), repr(Weekday.TUESDAY), f"{Weekday.MONDAY}", [str(d) for d in Weekday])
print(Weekday.MONDAY.is_weekend(), Weekday(3), Weekday["TUESDAY"].value, Weekday.MONDAY in list(Weekday))


class Status(str, Enum):
    OK = "ok"
    FAIL = "fail"


import json
print(json.dumps({"s": Status.OK}), json.dumps([Status.FAIL]), Status.OK == "ok", Status("ok"), f"{Status.OK.value}")


class Color(Enum):
    RED = auto()
    GREEN = auto()


d = {Color.RED: 1}
d[Color.GREEN] = 2
print(d, sorted(d, key=lambda c: c.name), Color.RED.name.lower(), Color.RED < Color.GREEN if False else "-")
try:
    Color.RED < Color.GREEN
except TypeError as e:
    print(e)
try:
    Color("x")
except ValueError as e:
    print(e)
try:
    Color["x"]
except KeyError as e:
    print("KeyError", e)


class P(IntEnum):
    A = 1
    B = 2


print(P.A + P.B, P.A * 3, [p for p in P if p > 1], P(1) == 1, hash(P.A) == hash(1), {1: "x"}[P.A], str(P.B), f"{P.B:>3}")
print(list(Color.__members__.items()), Color.__members__["RED"])
print(isinstance(Color.RED, Color), Color.RED.__class__, Color, enum.Enum)


class Perm(Flag):
    R = 4
    W = 2
    X = 1


mode = Perm.R | Perm.W
print(mode, repr(mode), Perm.W in mode, [p.name for p in Perm if p in mode], mode.value, Perm(6))
