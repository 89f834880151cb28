d = {"a": 1, "b": 2}
d["c"] = 3
print(d, len(d), d["a"], d.get("z"), d.get("z", 0), "a" in d, "z" not in d)
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.keys(), d.values(), d.items())
for k, v in d.items():
    print(k, v)
d.update({"d": 4}, e=5)
print(d, d.pop("a"), d.pop("zz", None), d.setdefault("b", 100), d.setdefault("f", 6))
del d["b"]
print(d, d.copy())
counts = {}
for w in "el gato y el perro y el pez".split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print({k: v * 2 for k, v in [("x", 1), ("y", 2)]}, dict([("a", 1)]), dict(a=1, b=2), dict(zip("ab", [1, 2])))
s = {1, 2, 3}
s.add(4)
s.discard(10)
s.remove(1)
print(s, len(s), 2 in s)
print(sorted(s | {9}), s & {2, 3}, s - {2}, sorted(s ^ {3, 7}))
print(s.union([5]), s.intersection({2}), s.difference({4}), sorted(s.symmetric_difference({4, 8})))
print({1, 2}.issubset({1, 2, 3}), {1, 2, 3}.issuperset({1}), set(), frozenset([1, 2]))
print({x % 3 for x in range(10)}, set("aab") == {"a", "b"}, {1: 2} == {1: 2})
e = set()
e.update([1, 2], (3,))
print(e, e.pop(), e)
print(d == {"c": 3, "d": 4, "e": 5, "f": 6}, {(1, 2): "tupla"}[(1, 2)])
