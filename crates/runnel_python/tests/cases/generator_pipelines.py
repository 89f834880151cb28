# Course-style generators: parsing with continue out of a try, batching, infinite sources, a coroutine.
def parse(lines):
    for line in lines:
        parts = line.split(",")
        if len(parts) != 2:
            continue
        try:
            yield parts[0], int(parts[1])
        except ValueError:
            print("bad", line)
            continue
print(list(parse(["a,1", "b", "c,x", "d,4"])))

def batched(it, n):
    batch = []
    for x in it:
        batch.append(x)
        if len(batch) == n:
            yield batch
            batch = []
    if batch:
        yield batch
print(list(batched(range(7), 3)))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import itertools
print(list(itertools.islice(fib(), 10)), list(itertools.takewhile(lambda x: x < 30, fib())))
g = fib()
print([next(g) for _ in range(5)], sum(itertools.islice(g, 3)))
print(list(zip(fib(), "abc")), dict(zip("xyz", fib())))
def coroutine():
    total = 0
    try:
        while True:
            value = yield total
            if value is None:
                continue
            total += value
    finally:
        print("coroutine closed with", total)
c = coroutine()
next(c)
for v in (5, None, 7):
    print(c.send(v))
c.close()
print(sum(itertools.takewhile(lambda x: x < 2000, (x for x in fib() if x % 2 == 0))))
