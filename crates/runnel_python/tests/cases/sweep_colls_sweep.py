def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
import collections, itertools, functools, heapq, bisect, statistics, operator
C = collections.Counter("abracadabra")
print(C, C.most_common(2), C["z"], (C + collections.Counter("aaz")), C - collections.Counter("aaaaaa"), C & collections.Counter("ab"), C | collections.Counter("zzz"), +C, -collections.Counter({"a": -2}))
print(sorted(C.elements())[:5], C.total(), list(C.keys())[:3])
C.subtract("aaa"); print(C)
dd = collections.defaultdict(list); dd["x"].append(1); print(dd, dict(dd), dd.default_factory)
dq = collections.deque([1, 2, 3], maxlen=4); dq.appendleft(0); dq.append(4); dq.rotate(2); print(dq, dq.maxlen, dq.index(4))
P = collections.namedtuple("P", "x y", defaults=[0]); p = P(1); print(p, p._asdict(), p._replace(y=5), P._fields, P._make([3, 4]))
od = collections.OrderedDict(a=1, b=2); od.move_to_end("a"); print(od, od.popitem(last=False))
cm = collections.ChainMap({"a": 1}, {"a": 2, "b": 3}); print(cm["a"], cm["b"], len(cm), sorted(cm))
print(list(itertools.accumulate([1, 2, 3, 4], operator.mul, initial=1)), list(itertools.groupby("aabbbc")) and [(k, len(list(g))) for k, g in itertools.groupby("aabbbc")])
print(list(itertools.permutations("abc", 2))[:4], list(itertools.combinations_with_replacement("ab", 2)), list(itertools.product("ab", repeat=2)), list(itertools.islice(itertools.count(5, 2), 3)))
print(list(itertools.zip_longest("ab", "xyz", fillvalue="-")), list(itertools.starmap(pow, [(2, 3)])), list(itertools.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(itertools.dropwhile(lambda x: x < 3, [1, 2, 5, 1])), list(itertools.compress("abc", [1, 0, 1])), list(itertools.pairwise("abcd")), list(itertools.chain.from_iterable(["ab", "c"])), list(itertools.filterfalse(None, [0, 1, 2])), list(itertools.tee("ab", 2)[1]), list(itertools.repeat("x", 2)), list(itertools.cycle("ab"))[:0] if False else "cyc")
print(functools.reduce(lambda a, b: a * b, [1, 2, 3, 4]), functools.reduce(operator.add, [], 0), functools.partial(int, base=2)("101"))
t(lambda: functools.reduce(operator.add, []))
@functools.lru_cache(maxsize=2)
def sq(n):
    return n * n
print([sq(i) for i in [1, 2, 1, 3, 1]], sq.cache_info())
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
h = [5, 1, 4]; heapq.heapify(h); heapq.heappush(h, 0); print(h, heapq.heappop(h), heapq.nlargest(2, [3, 9, 1, 7]), heapq.nsmallest(2, [3, 9, 1], key=lambda x: -x), heapq.heappushpop(h, 10), heapq.heapreplace(h, -1), h, list(heapq.merge([1, 4], [2, 3])))
a = [1, 2, 2, 4]; print(bisect.bisect_left(a, 2), bisect.bisect_right(a, 2), bisect.bisect(a, 3, lo=1), bisect.bisect_left(a, 3, key=None)); bisect.insort(a, 3); print(a)
print(statistics.mean([1, 2, 3, 4]), statistics.median([3, 1, 2, 4]), statistics.median_low([1, 2, 3, 4]), statistics.median_high([1, 2, 3, 4]), statistics.mode("aabbb"), statistics.multimode("aabb"), statistics.stdev([1, 2, 3, 4]), statistics.pstdev([1, 2, 3, 4]), statistics.variance([1.5, 2.5, 2.5]), statistics.pvariance([1, 2]), statistics.fmean([1, 2, 4]), statistics.geometric_mean([1, 2, 4]), statistics.median_grouped([1, 2, 2, 3]))
t(lambda: statistics.mean([]))
t(lambda: statistics.stdev([1]))
t(lambda: statistics.mode([]))
print(operator.itemgetter(1, 0)("ab"), operator.attrgetter("real")(3), operator.methodcaller("split", ",")("a,b"), operator.neg(3), operator.truediv(1, 4), operator.floordiv(-7, 2), operator.contains([1], 1), operator.concat("a", "b"), operator.index(5), operator.is_not(1, None), operator.getitem({"a": 1}, "a"), operator.countOf([1, 1, 2], 1), operator.indexOf("abc", "c"))
