d = {"a": 1, "b": 2, "c": 3}
e = {"b": 20, "c": 30, "d": 40}
print(sorted(d.keys() & {"a", "c", "z"}))
print(sorted(d.keys() | {"z"}))
print(sorted(d.keys() - {"a"}))
print(sorted(d.keys() ^ {"a", "z"}))
print(sorted(d.keys() & e.keys()), sorted(d.keys() - e.keys()))
print(sorted(d.keys() & ["c", "x"]), sorted(["c", "x"] - d.keys()))
print(sorted({"a", "q"} | d.keys()), type(d.keys() & set()).__name__)
print(d.keys() <= {"a", "b", "c"}, d.keys() < {"a", "b", "c"}, d.keys() < {"a", "b", "c", "d"})
print(d.keys() >= {"a"}, d.keys() > {"a", "b", "c"}, d.keys() == {"c", "b", "a"})
print(d.keys() == e.keys(), d.keys() != {"a"}, {"a", "b"} <= d.keys())
print(d.keys() == ["a", "b", "c"], d.keys().isdisjoint({"x"}), d.keys().isdisjoint(["a"]))
print(sorted(d.items() & {("a", 1), ("b", 3)}))
print(sorted(d.items() - {("a", 1)}), d.items() >= {("c", 3)})
print(sorted(d.items() | e.items()))
counts = {"x": 1, "y": 2}
common = counts.keys() & {"y", "z"}
for k in sorted(common):
    print(k, counts[k])
print(d.values() == d.values())
d.values() & {1}
