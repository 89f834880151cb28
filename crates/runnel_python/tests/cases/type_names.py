# type(x) prints CPython's class for built-in, module and iterator values; object().
import collections, itertools, functools, datetime, re, json, random, fractions, decimal, math, operator, string, heapq, statistics, time
from fractions import Fraction
from decimal import Decimal
objs = [1, 1.5, "s", b"b", bytearray(b"x"), None, True, [], (), {}, set(), frozenset(), range(3), slice(1), len, print, lambda: 0, iter([]), iter(()), iter(""), iter({}), iter(set()), iter(range(2)), {}.keys(), {}.values(), {}.items(), zip(), map(len, []), filter(None, []), enumerate([]), (x for x in []), NotImplemented, Ellipsis, type, object(), ValueError("x"), Fraction(1), Decimal(1), collections.Counter(), collections.deque(), collections.OrderedDict(), collections.defaultdict(int), datetime.date(2020, 1, 1), datetime.datetime(2020, 1, 1), datetime.timedelta(1), re.compile("a"), re.match("a", "a"), math, itertools.count(), itertools.chain(), json, property(lambda s: 1), staticmethod(len), int, collections.namedtuple("P", "x")(1), time.localtime(), random.Random(1), sorted, math.sqrt, operator.add, memoryview(b"") if False else 1]
for o in objs:
    print(type(o))
def f(): pass
class C:
    def m(self): pass
print(type(f), type(C), type(C()), type(C().m), type(C.m), type(type(C)), type(None).__name__, type(...).__name__)
print(len, f.__name__, f.__qualname__, C.m.__qualname__)
print(isinstance(1, (str, int)), isinstance([], collections.abc.Sequence), isinstance({}, collections.abc.Mapping), isinstance("a", collections.abc.Iterable), isinstance(1, collections.abc.Hashable), isinstance([], collections.abc.Hashable), issubclass(bool, int), isinstance(True, (float,)))
try: isinstance(1, "int")
except TypeError as e: print("TE", e)
print(type(1) == int, type(1) is int, int is not float, type("") in (str, bytes))
M = object()
print(M is M, M == M, M == object(), type(M), isinstance(M, object), {M: 1}[M])
try: object(1)
except TypeError as e: print(e)
print(type(None).__name__, type(...).__name__, type(iter([])).__name__, type({}.keys()) == type({1: 2}.keys()), isinstance({}.items(), type({}.items())))
