# obj.__dict__ is the instance's namespace: writing to it sets attributes.
import json


class Record:
    def __init__(self, **kw):
        self.__dict__.update(kw)

    def __setattr__(self, k, v):
        self.__dict__[k] = v * 10 if isinstance(v, int) else v


r = Record(a=1, b="x")
r.c = 5
print(r.a, r.b, r.c, r.__dict__, vars(r))
r.__dict__["d"] = [1]
print(r.d, "d" in r.__dict__, "z" in r.__dict__, len(r.__dict__), sorted(r.__dict__))
del r.__dict__["a"]
print(hasattr(r, "a"), list(r.__dict__.keys()), list(r.__dict__.items()), r.__dict__.get("b"))
print(json.dumps(r.__dict__), json.dumps(vars(r), sort_keys=True), dict(r.__dict__), {**r.__dict__, "e": 2})
print(isinstance(r.__dict__, dict), r.__dict__.pop("b"), r.__dict__.setdefault("f", 7), r.f, r.__dict__)


def show(**kw):
    return sorted(kw.items())


print(show(**vars(r)), str(r.__dict__), repr(vars(r)), bool(r.__dict__))
r.__dict__.clear()
print(r.__dict__, bool(vars(r)))


class P:
    def __init__(self, x, y):
        self.x, self.y = x, y


p = P(1, 2)
for k, v in p.__dict__.items():
    print(k, v)
for k in p.__dict__:
    print("key", k)
try:
    p.__dict__["zz"]
except KeyError as e:
    print("KeyError", e)
