def noisy(v):
    print("computing", v)
    return v * 10
gen = (noisy(x) for x in range(3))
print("created")
for a, b in zip(gen, "ab"):
    print("got", a, b)
print(list(gen))
def f(xs, k):
    return sum(x * k for x in xs if x > 1)
print(f([1, 2, 3], 10))
m = [[1, 2], [3, 4]]
print([sum(v for v in row) for row in m], list(x + y for x in "ab" for y in "cd"))
def outer():
    base = 100
    return list(b + base for b in (1, 2))
print(outer())
print(sorted(w.lower() for w in "B a C".split()), max(len(w) for w in ["aa", "b"]), any(c.isdigit() for c in "a1"))
g2 = (i for i in range(3))
print(next(g2), list(g2), next(g2, "end"))
try:
    (x for x in 5)
except TypeError as e:
    print(e)
lazy_inf = (n * n for n in range(10**12))
print(next(lazy_inf), next(lazy_inf), next(lazy_inf))
print(list((lambda: i) () for i in range(2)), [list(c for c in w) for w in ["ab"]])
print(dict((k, len(k)) for k in ["x", "yy"]), set(x % 2 for x in range(5)), tuple(str(i) for i in (1, 2)))
