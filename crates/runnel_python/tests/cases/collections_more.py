# Counter's unary + and -, defaultdict.default_factory, functools.partial's func/args/keywords.
from collections import Counter, defaultdict
import functools

c = Counter(a=2, b=-1, c=0)
print(+c, -c, +Counter(), -Counter(x=-3, y=4), (+c)["zz"])
print(defaultdict(list).default_factory, defaultdict(int).default_factory, defaultdict().default_factory)
d = defaultdict(lambda: "?")
print(d.default_factory(), d["k"], dict(d))
f = functools.partial(print, 1, sep="-")
print(f.func is print, f.args, f.keywords, functools.partial(int).keywords)
f(2, 3)
print(-5, +5, -2.5, +True, -(2 ** 70))
