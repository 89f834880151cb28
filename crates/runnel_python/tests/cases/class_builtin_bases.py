# Classes deriving from built-in types: __new__ making the value, the type's operators,
# methods and conversions on it.
import json


class P(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]

    def norm1(self):
        return abs(self[0]) + abs(self[1])


p = P(1, -2)
print(p, repr(p), p.x, len(p), isinstance(p, tuple), type(p).__name__, p.norm1())
a, b = p
print(a, b, list(p), p + (3,), p[1:], p.count(1), p.index(-2), 1 in p, p == (1, -2), hash(p) == hash((1, -2)))
print(sorted([P(3, 1), P(1, 2), P(2, 0)]), max(P(1, 1), P(0, 5)), {p: "v"}[(1, -2)], json.dumps(p))


class Pos(int):
    def __new__(cls, v):
        if v < 0:
            raise ValueError("negative")
        return super().__new__(cls, v)


n = Pos(5)
print(n + 1, 1 + n, n * 2, n // 2, -n, repr(n), str(n), int(n), float(n), n == 5, n < 7, isinstance(n, int))
print(f"{n:03d}", "%d items" % n, sum([Pos(1), Pos(2)]), sorted([Pos(3), Pos(1)]), hex(int(n)))
try:
    Pos(-1)
except ValueError as e:
    print("ValueError", e)


class Up(str):
    def __new__(cls, s):
        return str.__new__(cls, s.upper())

    def shout(self):
        return self + "!"


u = Up("abc")
print(u, repr(u), u + "d", "x" + u, len(u), u.lower(), u.shout(), u == "ABC", u[1], u.startswith("A"), isinstance(u, str))


class Celsius(float):
    def fahrenheit(self):
        return self * 9 / 5 + 32


c = Celsius(21.5)
print(c, c.fahrenheit(), c + 1, round(c), c > 20, repr(c))


class Registry(dict):
    def __init__(self, name):
        super().__init__()
        self.name = name

    def register(self, k, v):
        self[k] = v
        return self


r = Registry("things").register("a", 1).register("b", 2)
print(r, r.name, len(r), r["a"], "b" in r, sorted(r.keys()), list(r.items()), r.get("z", 0), isinstance(r, dict))
del r["a"]
print(r, json.dumps(r))


class Stack(list):
    def push(self, v):
        self.append(v)

    def peek(self):
        return self[-1]


s = Stack([1, 2])
s.push(3)
print(s, s.peek(), len(s), s.pop(), s, sum(s), s[::-1], s + [9], bool(Stack()), bool(s))


class Tagged(tuple):
    pass


t = Tagged([1, 2, 3])
print(t, len(t), t[0], type(t).__name__)
