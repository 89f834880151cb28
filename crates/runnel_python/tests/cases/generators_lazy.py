def naturals():
    n = 0
    while True:
        yield n
        n += 1
g = naturals()
print(next(g), next(g), next(g))
for v in naturals():
    if v > 3:
        break
    print("nat", v)
def evens(limit):
    for i in range(limit):
        if i % 2:
            continue
        if i > 6:
            break
        yield i
    else:
        yield "no break"
    yield "after"
print(list(evens(20)), list(evens(5)))
def nested():
    for a in "xy":
        for b in range(2):
            yield a + str(b)
        yield a + "!"
print(list(nested()))
def countdown(n):
    while n > 0:
        yield n
        n -= 1
    else:
        yield "liftoff"
print(list(countdown(3)))
def early(n):
    for i in range(n):
        if i == 2:
            return
        yield i
print(list(early(10)))
def tree(n):
    if n == 0:
        yield "leaf"
    else:
        for x in tree(n - 1):
            yield x + "<"
print(list(tree(3)))
def counter():
    count = 0
    def bump():
        nonlocal count
        count += 1
        return count
    while count < 3:
        yield bump()
print(list(counter()))
def with_try():
    try:
        yield 1
        yield 2
    finally:
        print("finally (eager fallback)")
print(list(with_try()))
def interleave(tag):
    print("start", tag)
    yield 1
    print("middle", tag)
    yield 2
    print("end", tag)
for a, b in zip(interleave("A"), interleave("B")):
    print(a, b)
def fails():
    yield 1
    raise ValueError("inside generator")
h = fails()
print(next(h))
try:
    next(h)
except ValueError as e:
    print("caught", e)
print(next(h, "exhausted"))
def lines():
    for line in ["a b", "c"]:
        for w in line.split():
            yield (w, 1)
print(dict(lines()), sum(1 for _ in lines()))
