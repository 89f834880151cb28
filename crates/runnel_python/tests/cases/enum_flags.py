# enum.Flag and IntFlag: |, &, ^, ~, in, iteration, reprs and strs as 3.11 prints them.
from enum import Flag, IntFlag, auto


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W


class Color(Flag):
    RED = 1
    GREEN = 2
    BLUE = 4


rw = Perm.R | Perm.W
print(repr(Perm.R), Perm.R, rw, repr(rw), rw is Perm.RW, Perm.R.value, rw.value)
print(repr(Perm.R | Perm.X), str(Perm.R | Perm.X), (Perm.R | Perm.X).name)
print(Perm.R in rw, Perm.X in rw, rw & Perm.W, repr(rw & Perm.X), bool(rw & Perm.X), bool(Perm.R))
print(repr(~Perm.R), repr(~rw), repr(Perm.R ^ rw), repr(Perm(0)), repr(Perm(7)), Perm(3))
print(list(Perm), len(Perm), list(rw), len(rw), list(Perm(0)))
print([m.name for m in Perm], list(Perm.__members__))
print(Color.RED | Color.BLUE == Color(5), hash(Color.RED) == hash(Color.RED), {Color.RED | Color.GREEN: 1})
for bad in [lambda: Color(8), lambda: Perm.R | 1, lambda: Perm.R < Perm.W]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)


class Mode(IntFlag):
    READ = 4
    WRITE = 2
    EXEC = 1


m = Mode.READ | Mode.WRITE
print(repr(m), m, str(m), f"{m}", m == 6, m + 1, repr(m | 8), repr(Mode.READ | 1), int(m))
print(Mode.READ in m, Mode.EXEC in m, repr(~Mode.READ), repr(m & 2), isinstance(m, int), list(m))
print(repr(Mode(0)), repr(Mode(7)), repr(Mode(5) ^ Mode.READ), sorted([Mode.READ, Mode.EXEC]))


class Opt(Flag):
    NONE = 0
    A = auto()
    B = auto()
    ALL = A | B


print(repr(Opt.NONE), repr(Opt.A | Opt.B), repr(~Opt.A), list(Opt), repr(Opt(0)), bool(Opt.NONE))
print([repr(o) for o in Opt.ALL], repr(~Opt.ALL), Opt.A | Opt.NONE is Opt.A)
