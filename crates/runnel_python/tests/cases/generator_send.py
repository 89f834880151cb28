# Generators that use `yield` as a value run lazily and take send(), as CPython's.
def averager():
    total = 0
    count = 0
    average = None
    while True:
        value = yield average
        print("got", value)
        total += value
        count += 1
        average = total / count

avg = averager()
print(next(avg))
print(avg.send(10))
print(avg.send(30))
print(avg.send(5))

def echo():
    print("started")
    received = None
    while received != "stop":
        received = yield received
        print("echo", received)
    return "done"

e = echo()
print("created")
print(e.send(None))
print(e.send("a"))
try:
    e.send("stop")
except StopIteration as s:
    print("StopIteration", s)

try:
    echo().send(1)
except TypeError as err:
    print("TypeError", err)

def accumulate():
    total = 0
    while True:
        x = yield
        if x is None:
            break
        total += x
    print("total", total)
    yield total

acc = accumulate()
next(acc)
for v in [1, 2, 3]:
    acc.send(v)
print(acc.send(None))

def printer():
    while True:
        print("line:", (yield))

p = printer()
next(p)
p.send("one")
p.send("two")

def running_sum():
    s = 0
    while True:
        s += yield s

r = running_sum()
next(r)
print([r.send(i) for i in range(5)])

def inner():
    a = yield 1
    print("inner got", a)
    b = yield 2
    print("inner got", b)
    return a + b

def outer():
    result = yield from inner()
    print("inner returned", result)
    yield result * 10

o = outer()
print(next(o))
print(o.send(3))
print(o.send(4))

# break and continue out of a try around a yield
def lines(items):
    for item in items:
        try:
            if item == "skip":
                continue
            if item == "end":
                break
            yield item.upper()
        except ValueError:
            pass
        finally:
            print("finally", item)
    print("loop over")

gen = lines(["a", "skip", "b", "end", "c"])
print("first", next(gen))
for x in gen:
    print("rest", x)

def retry(values):
    for v in values:
        while True:
            try:
                yield int(v)
                break
            except ValueError:
                print("bad", v)
                v = "0"
print(list(retry(["1", "x", "3"])))

def searching(rows):
    for row in rows:
        try:
            for cell in row:
                if cell < 0:
                    raise ValueError(cell)
                yield cell
        except ValueError as err:
            print("negative", err)
            continue
print(list(searching([[1, 2], [3, -1, 4], [5]])))

# lazy: the consumer and the generator interleave
def producer():
    for i in range(3):
        x = yield i
        print("producer resumed with", x)

g = producer()
for v in g:
    print("consumer got", v)

def counter():
    count = 0
    while True:
        cmd = yield count
        if cmd == "reset":
            count = 0
        else:
            count += 1

c = counter()
print(next(c), next(c), next(c), c.send("reset"), next(c))

def with_default(limit):
    n = 0
    while n < limit:
        step = yield n
        n += step if step is not None else 1
print(list(with_default(4)))
w = with_default(10)
print(next(w), w.send(3), w.send(5), next(w))

def gen_return():
    yield 1
    return 42
gr = gen_return()
next(gr)
try:
    next(gr)
except StopIteration as s:
    print("value", s.args if hasattr(s, "args") else None)

def delegating():
    r = yield from gen_return()
    yield r
print(list(delegating()))
print(list(zip(producer(), "ab")))
