# match statements: literal, capture, wildcard, sequence, mapping, class, guard, or.
class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


class Circle:
    def __init__(self, r):
        self.r = r


def describe(v):
    match v:
        case 0 | 1:
            return "bit"
        case True:
            return "never: True == 1"
        case None:
            return "none"
        case "hello" | "hi" as word:
            return f"greeting {word}"
        case int(n) if n < 0:
            return f"negative {n}"
        case int() | float():
            return f"number {v}"
        case []:
            return "empty list"
        case [x]:
            return f"one {x}"
        case [first, *rest] if len(rest) > 2:
            return f"long {first} {rest}"
        case (a, b):
            return f"pair {a} {b}"
        case [a, *_, z]:
            return f"ends {a} {z}"
        case {"type": "user", "name": str(name), **others}:
            return f"user {name} {others}"
        case {"x": x, "y": y}:
            return f"xy {x} {y}"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis {y}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return f"point {v.x},{v.y}"
        case Circle(r=r):
            return f"circle {r}"
        case str() as s:
            return f"string {s!r}"
        case _:
            return f"other {type(v).__name__}"


for v in [0, 1, None, "hi", "hello", -5, 7, 2.5, [], [9], [1, 2, 3, 4], (1, 2), [1, 2, 3],
          {"type": "user", "name": "ann", "age": 3}, {"x": 1, "y": 2, "z": 3},
          Point(0, 0), Point(0, 4), Point(3, 3), Point(1, 2), Circle(2), "text", {1, 2}]:
    print(describe(v))


def walrus(data):
    out = []
    if (n := len(data)) > 2:
        out.append(n)
    while (item := data.pop()) != 0:
        out.append(item)
    return out, [y for x in range(4) if (y := x * x) > 2], n


print(walrus([0, 5, 6, 7]))

count = 0


def bump():
    global count
    count += 1


def make_acc():
    total = 0

    def add(x):
        nonlocal total
        total += x
        return total
    return add


bump()
bump()
acc = make_acc()
acc(3)
print(count, acc(4))


def kw(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)


def only_kw(*, key, default=None):
    return key, default


print(kw(1, c=3), kw(1, 2, 3, 4, c=5, e=6), only_kw(key="k"))
args = [1, 2]
opts = {"c": 9, "z": 0}
print(kw(*args, *[7], **opts, d=1), kw(0, *(), c=1, **{}))
print(*[1, 2, 3], sep="-")
first, *middle, last = range(5)
print(first, middle, last, [*"ab", *range(2)], {**opts, "w": 1})
try:
    only_kw("positional")
except TypeError as e:
    print("TypeError", e)
try:
    kw(1)
except TypeError as e:
    print("TypeError", e)
try:
    assert 1 + 1 == 3, "math is broken"
except AssertionError as e:
    print("AssertionError", e, repr(e))
try:
    assert [], ["not", "empty"]
except AssertionError as e:
    print("AssertionError", e)
try:
    assert False
except AssertionError as e:
    print("AssertionError", repr(e))
match (1, [2, 3]):
    case (1, [2, x]):
        print("nested", x)
match {"a": 1}:
    case {"b": _}:
        print("no")
    case {}:
        print("any mapping")
assert count == 2, "count"
assert count == 3, f"count is {count}"
