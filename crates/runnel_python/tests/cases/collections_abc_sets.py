# collections.abc Set/MutableSet mixins (comparisons, & | - ^ through cls(iterable),
# isdisjoint, remove/pop/clear/|=/-=), Mapping.__eq__, and the unhashability they bring.
from collections.abc import Set, MutableSet, Mapping, Hashable


class Bits(Set):
    def __init__(self, items=()):
        self._items = sorted(set(items))

    def __contains__(self, x):
        return x in self._items

    def __iter__(self):
        return iter(self._items)

    def __len__(self):
        return len(self._items)

    def __repr__(self):
        return f"Bits({self._items})"


a, b = Bits([1, 2, 3]), Bits([2, 3, 4])
print(a & b, a | b, a - b, a ^ b, a & [3, 9], a.isdisjoint([7, 8]), a.isdisjoint(b))
print(a <= Bits([1, 2, 3, 4]), a < a, a <= a, a == Bits([3, 2, 1]), a != b, a >= Bits([1]), a > Bits([1]), a == {1, 2, 3})
print(isinstance(a, Set), isinstance(a, Hashable), Bits.__hash__, isinstance(a, MutableSet), sorted(a | {9}))


class Tags(MutableSet):
    def __init__(self, items=()):
        self.data = []
        for x in items:
            self.add(x)

    def __contains__(self, x):
        return x.lower() in self.data

    def __iter__(self):
        return iter(self.data)

    def __len__(self):
        return len(self.data)

    def add(self, x):
        if x.lower() not in self.data:
            self.data.append(x.lower())

    def discard(self, x):
        if x.lower() in self.data:
            self.data.remove(x.lower())


t = Tags(["Spark", "python", "SPARK"])
t |= ["Rust", "rust"]
print(list(t), len(t), "PYTHON" in t)
t -= ["python"]
t.remove("spark")
print(list(t), t.pop(), list(t))
try:
    t.remove("nope")
except KeyError as e:
    print("KeyError", e)
t.clear()
print(len(t), list(Tags("abcA")))
try:
    t.pop()
except KeyError as e:
    print("KeyError", repr(e))


class Row(Mapping):
    def __init__(self, **kw):
        self._d = kw

    def __getitem__(self, k):
        return self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


print(Row(a=1) == Row(a=1), Row(a=1) == {"a": 1}, Row(a=1) == Row(a=2), Row() == [], isinstance(Row(), Hashable))
try:
    hash(Row())
except TypeError as e:
    print("TypeError", e)
