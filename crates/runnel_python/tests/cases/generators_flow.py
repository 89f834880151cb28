def g1():
    n = 0
    while n < 6:
        n += 1
        if n == 2:
            continue
        if n == 5:
            break
        yield n
    else:
        yield "no"
    yield "done"
print(list(g1()))
def g2(rows):
    for row in rows:
        for x in row:
            if x < 0:
                break
        else:
            yield "clean"
            continue
        yield "dirty"
print(list(g2([[1, 2], [3, -1], []])))
def g3(xs):
    for x in xs:
        for y in range(3):
            if y == x:
                return
        yield x
print(list(g3([5, 7, 1, 9])))
def g4(v):
    if v > 10:
        yield "big"
    elif v > 5:
        yield "medium"
        yield "still medium"
    else:
        yield "small"
    yield "end"
print([list(g4(v)) for v in (1, 7, 20)])
def g5():
    total = 0
    for i in range(5):
        total += i
        if total > 3:
            yield total
print(list(g5()))
def g6():
    yield
    yield None
print(list(g6()))
def g7(n):
    i = 0
    while True:
        if i >= n:
            return
        yield i
        i += 1
print(list(g7(3)), list(g7(0)))
def pairs_of(gen):
    it = iter(gen)
    for a in it:
        for b in it:
            yield (a, b)
            break
print(list(pairs_of(range(7))))
