# Comparison, hashing and container dunders honoured by builtins and containers.
import functools


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __lt__(self, other):
        return (self.x, self.y) < (other.x, other.y)

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Point(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        return Point(self.x * k, self.y * k)

    def __rmul__(self, k):
        return self * k

    def __neg__(self):
        return Point(-self.x, -self.y)

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5


ps = [Point(3, 1), Point(1, 2), Point(1, 1)]
print(sorted(ps), max(ps), min(ps))
print(Point(1, 2) == Point(1, 2), Point(1, 2) != Point(1, 2), Point(1, 2) == (1, 2))
print(Point(1, 2) > Point(1, 1), Point(0, 9) < Point(1, 1))
print(hash(Point(1, 2)) == hash((1, 2)))
counts = {}
for p in [Point(1, 2), Point(1, 2), Point(0, 0)]:
    counts[p] = counts.get(p, 0) + 1
print(counts)
print({Point(1, 2), Point(1, 2), Point(2, 1)} == {Point(2, 1), Point(1, 2)})
print(Point(1, 2) in [Point(0, 0), Point(1, 2)], Point(5, 5) in {Point(5, 5)})
print(Point(1, 2) + Point(3, 4), Point(1, 2) - Point(3, 4), Point(1, 2) * 3, 2 * Point(1, 1), -Point(1, 2), abs(Point(3, 4)))
print(sorted(ps, reverse=True), sorted(ps, key=lambda p: p.y))
print([1, Point(0, 0)].index(Point(0, 0)), [Point(0, 0), Point(0, 0)].count(Point(0, 0)))


class Bag:
    def __init__(self, items):
        self.items = list(items)

    def __len__(self):
        return len(self.items)

    def __iter__(self):
        return iter(self.items)

    def __contains__(self, x):
        return x in self.items

    def __getitem__(self, i):
        return self.items[i]

    def __setitem__(self, i, v):
        self.items[i] = v

    def __call__(self, n):
        return self.items[:n]

    def __bool__(self):
        return bool(self.items)


b = Bag([3, 1, 2])
print(len(b), list(b), sorted(b), 2 in b, 9 in b, b[0], b[-1], b(2), bool(b), bool(Bag([])))
b[0] = 10
print([x * 2 for x in b], sum(b), max(b), tuple(b), b.items)
for i, x in enumerate(b):
    print(i, x)
if Bag([]):
    print("non-empty")
else:
    print("empty")


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


print(list(Countdown(4)), [x for x in Countdown(3)])


class Gen:
    def __iter__(self):
        yield 1
        yield 2


print(list(Gen()), functools.reduce(lambda a, b: a + b, [Point(1, 1), Point(2, 2), Point(3, 3)]) if hasattr(functools, "reduce") else Point(6, 6))


class Key:
    def __init__(self, k):
        self.k = k

    def __eq__(self, other):
        return isinstance(other, Key) and self.k == other.k


try:
    {Key(1): 1}
except TypeError as e:
    print("TypeError", e)


class Ident:
    pass


i1, i2 = Ident(), Ident()
print(i1 == i1, i1 == i2, i1 != i2, len({i1, i2, i1}), {i1: 1}[i1])
try:
    Ident() < Ident()
except TypeError as e:
    print("TypeError", e)
try:
    Point(1, 2) + 1
except AttributeError as e:
    print("AttributeError", e)
try:
    Ident() + 1
except TypeError as e:
    print("TypeError", e)
