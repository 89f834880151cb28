def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
def f(a, b, c=3, *, d, e=5):
    return a
def g(*args, x):
    return x
def h(a, /, b):
    return a
class K:
    def m(self, x):
        return x
t(lambda: f(1))
t(lambda: f(1, 2))
t(lambda: f(1, 2, 3, 4, d=1))
t(lambda: f(1, 2, d=1, z=2))
t(lambda: f(1, 2, a=1, d=1))
t(lambda: g(1, 2))
t(lambda: h(a=1, b=2))
t(lambda: K().m())
t(lambda: K().m(1, 2))
t(lambda: K.m(1))
t(lambda: K(1))
t(lambda: len())
t(lambda: len([], []))
t(lambda: [].append())
t(lambda: {}.get())
t(lambda: sorted([1], key=1))
t(lambda: print(end=1))
t(lambda: range())
t(lambda: range(1.5))
t(lambda: [1, 2][1.0])
t(lambda: [1, 2]["a"])
t(lambda: "abc"[None])
t(lambda: {}.setdefault())
t(lambda: (1, 2) + [3])
t(lambda: [3] + (1,))
t(lambda: {1} + {2})
t(lambda: {"a": 1} + {"b": 2})
t(lambda: -"x")
t(lambda: ~1.5)
t(lambda: 1 < None)
t(lambda: "a" * 2.5)
t(lambda: [1, 2, 3][::0])
t(lambda: int("9" * 5000))
t(lambda: str(10 ** 5000)[:5])
t(lambda: float(10 ** 400))
t(lambda: 10 ** 400 / 1)
t(lambda: 2.0 ** 10000)
t(lambda: math_missing.x)
t(lambda: (x for x in []).send(1))
t(lambda: next(iter(range(0))))
t(lambda: dict(a=1).__getitem__("b"))
t(lambda: object().x)
t(lambda: setattr(object(), "x", 1))
t(lambda: zip(1))
t(lambda: map(len))
t(lambda: min(1, key=len))
t(lambda: frozenset([[1]]))
t(lambda: isinstance(1, (int, "x")))
t(lambda: issubclass(1, int))
