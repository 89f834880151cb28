# Dict views are live (they see later changes); a loop that changes its dict's or set's size
# raises CPython's RuntimeError; views as sets (^ keeps CPython's order).
d = {"a": 1, "b": 2, "c": 3}
for k in list(d):
    if d[k] > 1: del d[k]
print(d)
d = {"a": 1, "b": 2}
try:
    for k in d:
        if k == "a": del d[k]
except RuntimeError as e: print("RE", e)
print(d)
s = {1, 2, 3}
try:
    for x in s: s.add(x * 10)
except RuntimeError as e: print("RE", e)
d = {"a": 1}
try:
    for k, v in d.items(): d[k + "x"] = v
except RuntimeError as e: print("RE", e)
d = {"a": 1, "b": 2}
for k in d: d[k] = d[k] * 10
print(d)
v = d.values(); it = d.items(); ks = d.keys()
d["z"] = 0; del d["a"]
print(v, it, ks, len(v), list(reversed(ks)), "z" in ks, ("z", 0) in it, 0 in v, bool({}.keys()))
print(sorted(ks), max(v), sum(v), list(zip(ks, v)), ks == {"b", "z"}, ks - {"b"})
d = {"a": 1, "b": 2}
k = d.keys(); v = d.values(); it = d.items()
d["c"] = 3; print(k, v, it, len(k), "a" in k, 1 in v, ("a", 1) in it)
print(k & {"a", "z"}, k | {"z"}, k - {"a"}, k ^ {"a", "q"}, it & {("a", 1)}, k == {"a", "b", "c"}, k < {"a", "b", "c", "d"})
print(list(reversed(d)), list(reversed(d.items())), d | {"d": 4}, {**d})
d |= {"e": 5}; print(d, d.get("zz"), d.get("zz", 0), d.setdefault("f", []), d.pop("a"), d.pop("q", None), d.popitem())
try: d.pop("zz")
except KeyError as e: print("KE", e)
try:
    for kk in d: d["new"] = 1
except RuntimeError as e: print("RE", e)
print(dict.fromkeys("ab", 0), dict(zip("ab", [1, 2])), dict([("x", 1)], y=2), dict(a=1) == {"a": 1}, {1: 1} == {1.0: 1})
try: dict([1, 2])
except TypeError as e: print("TE", e)
try: dict([(1, 2, 3)])
except ValueError as e: print("VE", e)
try: {[1]: 2}
except TypeError as e: print("TE", e)
s = {3, 1, 2}; t = {2, 3, 4}
print(s | t, s & t, s - t, s ^ t, s <= t, s.issubset({1, 2, 3, 4}), s.isdisjoint({9}), s.union([5], (6,)), s.intersection("a"), frozenset(s) == s, {frozenset([1])})
s.add(5); s.discard(99); s.update([7, 8]); s -= {7}; print(s, len(s), sorted(s))
try: s.remove(99)
except KeyError as e: print("KE", e)
print(frozenset([1, 2]), set(), frozenset(), repr(set("a")), {1, 2} == frozenset({1, 2}), hash(frozenset()) == hash(frozenset()), type(frozenset([1]) | {2}))
try: {1} | [2]
except TypeError as e: print("TE", e)
try: s[0]
except TypeError as e: print("TE", e)
from collections import defaultdict, Counter, OrderedDict
dd = defaultdict(list); dd["x"].append(1); print(dd, dict(dd), dd["y"], len(dd))
c = Counter("abracadabra"); print(c, c.most_common(2), c["z"], c + Counter("aaz"), c - Counter("a" * 10), list(c.elements())[:6], c.total())
od = OrderedDict(a=1, b=2); od.move_to_end("a"); print(od, od.popitem(last=False), OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), {"a": 1, "b": 2} == {"b": 2, "a": 1})
x = 10
print([x for x in range(3)], x, [y for y in range(2)], {i: i * i for i in range(3)}, {c for c in "aab"})
try: print(y)
except NameError as e: print("NE", e)
class K:
    v = 5
    lst = [v * i for i in range(3)] if False else None
    try:
        other = [v for _ in range(2)]
    except NameError as e:
        err = str(e)
print(K.err)
print([(i, j) for i in range(3) for j in range(i)], [i for i in range(10) if i % 2 if i % 3], [[j for j in range(i)] for i in range(3)])
g = (i * i for i in range(3)); print(next(g), list(g), list(g))
fs = [lambda: i for i in range(3)]; print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]; print([f() for f in fs])
print(sum(x for x in range(5)), max((x for x in []), default=-1), any(x > 3 for x in range(5)), all([]))
