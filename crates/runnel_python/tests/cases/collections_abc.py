# collections.abc: isinstance of built-ins, duck-typed classes (__subclasshook__ of the
# one-method ABCs), subclassing with abstract methods and mixins, register().
from collections.abc import (Iterable, Iterator, Mapping, MutableMapping, Sequence, MutableSequence,
                             Hashable, Callable, Sized, Container, Set, Generator, Collection, Reversible)
import collections.abc
from collections import Counter, OrderedDict, defaultdict, deque, namedtuple
from abc import ABC, abstractmethod

P = namedtuple("P", "x y")
values = [1, 2.5, "s", [1], (1,), {1: 2}, {1}, frozenset(), None, range(3), iter([1]), (x for x in []),
          len, Counter(), deque(), P(1, 2), {}.keys(), {}.values(), {}.items(), b"x", lambda: 0, object]
for abc in [Iterable, Iterator, Mapping, MutableMapping, Sequence, MutableSequence, Hashable, Callable,
            Sized, Container, Set, Generator, Collection, Reversible]:
    print(abc.__name__.ljust(16), "".join("1" if isinstance(v, abc) else "." for v in values))
print(issubclass(list, Sequence), issubclass(dict, Mapping), issubclass(tuple, MutableSequence), issubclass(str, Hashable))
print(issubclass(Sequence, Iterable), issubclass(Mapping, Sequence), issubclass(int, Hashable), Iterable, collections.abc.Sized)


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


class OnlyLen:
    def __len__(self):
        return 3


class Unhash:
    def __eq__(self, other):
        return True


c = Countdown(3)
print(isinstance(c, Iterator), isinstance(c, Iterable), isinstance(c, Sized), isinstance(OnlyLen(), Sized),
      isinstance(OnlyLen(), Iterable), isinstance(Unhash(), Hashable), isinstance(c, Hashable), issubclass(Countdown, Iterator))


class Bag(Mapping):
    def __init__(self, **kw):
        self._d = dict(kw)

    def __getitem__(self, k):
        return self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


b = Bag(a=1, b=2)
print(len(b), b["a"], b.get("z", 0), b.get("b"), "a" in b, "z" in b, list(b.keys()), list(b.items()), list(b.values()))
print(isinstance(b, Mapping), isinstance(b, MutableMapping), isinstance(b, Collection), dict(b), sorted(b))


class Store(MutableMapping):
    def __init__(self):
        self.data = {}

    def __getitem__(self, k):
        return self.data[k.lower()]

    def __setitem__(self, k, v):
        self.data[k.lower()] = v

    def __delitem__(self, k):
        del self.data[k.lower()]

    def __iter__(self):
        return iter(self.data)

    def __len__(self):
        return len(self.data)


s = Store()
s["A"] = 1
s.update({"B": 2}, )
print(s.setdefault("c", 3), s.setdefault("C", 9), s.pop("a"), s.pop("zz", "none"), sorted(s.items()), len(s))
s.clear()
print(len(s), isinstance(s, Mapping))


class Half(Mapping):
    def __getitem__(self, k):
        return k


for cls in [Half]:
    try:
        cls()
    except TypeError as e:
        print("TypeError", e)


class Squares(Sequence):
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if not 0 <= i < self.n:
            raise IndexError(i)
        return i * i

    def __len__(self):
        return self.n


q = Squares(5)
print(list(q), 9 in q, 10 in q, q.index(16), q.count(4), list(reversed(q)), isinstance(q, Sequence), isinstance(q, Reversible))


class Evens(Iterator):
    def __init__(self):
        self.i = 0

    def __next__(self):
        self.i += 2
        if self.i > 6:
            raise StopIteration
        return self.i


print(list(Evens()), iter(Evens()).__class__.__name__)


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...


Shape.register(tuple)
Shape.register(OnlyLen)
Iterable.register(OnlyLen)
print(isinstance(OnlyLen(), Shape), isinstance(OnlyLen(), Iterable), issubclass(OnlyLen, Shape), isinstance(c, Shape))
