x = "global"
r = [x for x in range(3)]
print(r, x)
pairs = [(i, j) for i in range(3) for j in range(i)]
print(pairs)
print({w: len(w) for w in ["uno", "dos", "tres"]})
print({c for c in "mississippi"} == set("misp"))
print(sum(x * x for x in range(4)), max(len(w) for w in ["a", "bbb"]), list(x for x in "ab"))
def f(n):
    return [[i * j for j in range(n)] for i in range(n)]
print(f(3))
def g(items):
    k = 10
    return [i + k for i in items if i > 1]
print(g([1, 2, 3]))
funcs = [lambda: i for i in range(3)]
print([h() for h in funcs])
words = "la casa de la pradera".split()
print(sorted({w: words.count(w) for w in words}.items()))
print([(w, 1) for w in "a b a".split(" ")])
