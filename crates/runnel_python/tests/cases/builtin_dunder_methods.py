# Container dunder methods of built-in values read as attributes and called, as
# sort keys and filters use them, and through the type (dict.__getitem__(d, k)).
from collections import defaultdict, Counter

d = {"a": 3, "b": 1, "c": 2}
print(sorted(d, key=d.__getitem__), max(d, key=d.__getitem__), min(d, key=d.get))
seen = {"b", "c"}
print(list(filter(seen.__contains__, "abcd")), list(map("xyz".__getitem__, [2, 0])))
print(d.__contains__("a"), d.__len__(), [1, 2].__len__(), "abc".__contains__("bc"), (1, 2).__getitem__(-1))
d.__setitem__("z", 0)
d.__delitem__("a")
print(d, d.__repr__(), "x".__str__(), (5).__repr__(), (2.5).__str__(), True.__repr__())
it = d.__iter__()
print(next(it), list(it), list("ab".__iter__()), sorted({3, 1}.__iter__()))
xs = [5, 6, 7]
xs.__setitem__(0, 50)
xs.__delitem__(-1)
print(xs, xs.__getitem__(slice(0, 1)), frozenset({1}).__contains__(1), (7).__hash__(), "".__hash__() == hash(""))
dd = defaultdict(list)
dd.__getitem__("k").append(1)
print(dd, Counter("aab").__getitem__("z"), dict.__getitem__({"q": 1}, "q"), list.__len__([0]), str.__contains__("abc", "a"))


class D(dict):
    def __getitem__(self, k):
        return super().__getitem__(k) * 10


dsub = D(a=1)
print(dsub["a"], dict.__getitem__(dsub, "a"), dsub.__getitem__("a"), hasattr([], "__len__"), hasattr(3, "__len__"))
for bad in (lambda: (3).__len__(), lambda: "x".__setitem__(0, "y")):
    try:
        bad()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
