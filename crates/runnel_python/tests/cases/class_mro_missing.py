# Exceptions deriving from a program's exception and a built-in one (caught by either),
# __mro__ of classes, and dict subclasses with __missing__ (d[k], d[k] += 1, not get).
class AppError(Exception):
    pass


class BadValue(AppError, ValueError):
    pass


class Missing(AppError, KeyError):
    pass


for cls in (BadValue, Missing):
    try:
        raise cls("x")
    except (ValueError, LookupError) as e:
        print("caught", type(e).__name__, isinstance(e, AppError), isinstance(e, ValueError), isinstance(e, KeyError))
print(BadValue.__mro__)
print(Missing.__mro__, issubclass(BadValue, ValueError), issubclass(Missing, LookupError))


class M1:
    def hi(self):
        return "m1"


class M2:
    def hi(self):
        return "m2"

    def yo(self):
        return "yo"


class C(M1, M2):
    pass


class T(tuple):
    pass


print(C().hi(), C().yo(), C.__mro__, T.__mro__, M1.__mro__)


class Histogram(dict):
    def __missing__(self, key):
        return 0

    def add(self, key, n=1):
        self[key] += n
        return self


h = Histogram()
h.add("a").add("b", 3).add("a")
print(h, h["zz"], h.get("zz"), "zz" in h, len(h), dict.__getitem__(h, "q") if False else None)


class Default(dict):
    def __init__(self, factory):
        super().__init__()
        self.factory = factory

    def __missing__(self, key):
        self[key] = v = self.factory()
        return v


d = Default(list)
d["x"].append(1)
d["x"].append(2)
d["y"]
print(d, sorted(d))
try:
    Histogram.__missing__  # defined
    {}["nope"]
except KeyError as e:
    print("KeyError", e)
