# collections types and ABCs as programs use them: type checks in generic helpers,
# flattening with Iterable, Counter/defaultdict type dispatch, ChainMap config layering.
from collections import Counter, defaultdict, OrderedDict, ChainMap, deque
from collections.abc import Iterable, Mapping, Sequence, Callable


def flatten(x):
    if isinstance(x, Iterable) and not isinstance(x, (str, bytes)):
        for y in x:
            yield from flatten(y)
    else:
        yield x


print(list(flatten([1, [2, (3, {4: "a"})], "xy", range(2), deque([5])])))


def describe(v):
    if isinstance(v, Counter):
        return "counter:" + ",".join(f"{k}={n}" for k, n in v.most_common())
    if isinstance(v, defaultdict):
        return f"defaultdict({v.default_factory.__name__})"
    if isinstance(v, OrderedDict):
        return "ordered:" + ",".join(v)
    if isinstance(v, Mapping):
        return "mapping:" + str(len(v))
    if isinstance(v, Sequence):
        return "sequence:" + str(len(v))
    if isinstance(v, Callable):
        return "callable"
    return type(v).__name__


for v in [Counter("hello"), defaultdict(list), OrderedDict(a=1, b=2), {"x": 1}, [1, 2], "abc", len, 3.5, ChainMap({})]:
    print(describe(v))
defaults = {"theme": "light", "lang": "en", "size": 10}
user = {"theme": "dark"}
cli = {"size": 12}
cfg = ChainMap(cli, user, defaults)
print(cfg["theme"], cfg["lang"], cfg["size"], dict(cfg), len(cfg), sorted(cfg.items()))
local = cfg.new_child()
local["lang"] = "fr"
print(local["lang"], cfg["lang"], local.maps[0], repr(local.parents) == repr(cfg))
c = Counter(words := "a b a c b a".split())
print(type(c).__name__, c == Counter({"a": 3, "b": 2, "c": 1}), c + Counter(a=1), c - Counter(a=5), [c] == [Counter("aaabbc")])
print(isinstance(c, dict), issubclass(type(c), dict), type(c) is Counter, Counter.__name__, defaultdict.__name__)
dd = defaultdict(Counter)
for w in words:
    dd[len(w)][w] += 1
print(dict(dd), type(dd[1]) is Counter, {k: v == Counter(a=3, b=2, c=1, d=0) for k, v in dd.items()})
