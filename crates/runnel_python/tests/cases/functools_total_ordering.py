# functools.total_ordering from each root, with subclasses, sorting and NotImplemented;
# lru_cache's cache_info() is a named tuple.
import functools


def make(root):
    class K:
        def __init__(self, v):
            self.v = v

        def __eq__(self, o):
            return isinstance(o, K) and self.v == o.v

        def __repr__(self):
            return "K(%r)" % self.v

    def cmp(self, o):
        if not isinstance(o, K):
            return NotImplemented
        return {"__lt__": self.v < o.v, "__le__": self.v <= o.v,
                "__gt__": self.v > o.v, "__ge__": self.v >= o.v}[root]

    setattr(K, root, cmp)
    return functools.total_ordering(K)


for root in ["__lt__", "__le__", "__gt__", "__ge__"]:
    K = make(root)
    a, b, c = K(1), K(2), K(1)
    print(root, [a < b, a <= b, a > b, a >= b, b < a, b <= a, b > a, b >= a, a <= c, a >= c, a < c, a > c])
    print(sorted([K(3), K(1), K(2)]), max(K(3), K(5)), min([K(4), K(2)]))
    try:
        a < 3
    except TypeError as e:
        print("TypeError", e)


@functools.total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))


class Tagged(Version):
    pass


vs = [Version("1.10"), Tagged("1.2"), Version("1.2.1"), Tagged("0.9")]
print(sorted(vs), sorted(vs, reverse=True), Version("2.0") >= Tagged("1.9"), Tagged("1.0") <= Version("1.0"))
print(Version("1.0") > Version("1.0"), Version("1.0") >= Version("1.0"), hasattr(Version, "__ge__"))
try:
    @functools.total_ordering
    class NoOrder:
        pass
except ValueError as e:
    print("ValueError", e)


@functools.lru_cache(maxsize=32)
def square(n):
    return n * n


print([square(i % 3) for i in range(6)])
info = square.cache_info()
print(info, info.hits, info.misses, info.maxsize, info.currsize, info[0], tuple(info), info._fields)
