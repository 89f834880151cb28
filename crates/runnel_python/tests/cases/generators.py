def countdown(n):
    print("start")
    while n > 0:
        yield n
        n -= 1
    print("end")
g = countdown(3)
print("created")
for v in g:
    print(v)
print(list(countdown(0)))
def pairs(words):
    for w in words:
        yield (w, 1)
print(dict(pairs(["a", "b"])), sorted(pairs("ba")))
def flat(rows):
    for row in rows:
        for x in row:
            if x is None:
                continue
            yield x * 2
print(list(flat([[1, None], [2, 3]])), max(flat([[5], [7]])), sum(flat([])))
squares = (x * x for x in range(5))
print(next(squares), next(squares), list(squares), list(squares))
it = iter([1, 2, 3])
print(next(it), list(it), next(it, "done"))
def first_word(lines):
    for line in lines:
        for w in line.split():
            return w
print(first_word(["", "hola mundo"]), first_word([]))
print(dict.fromkeys("abc", 0), dict.fromkeys([1, 2]))
print(list(zip(countdown(2), "xy")))
e = enumerate(pairs("ab"))
print(next(e), list(e))
print(sorted(x for x in {3, 1, 2}), tuple(i for i in range(3)), set(c for c in "aab") == {"a", "b"})
