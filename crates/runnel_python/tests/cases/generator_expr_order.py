# A `yield` inside an expression: lazily, in CPython's evaluation order.
log = []


def note(x):
    log.append(x)
    return x


def g_and():
    log.append("start")
    x = note(1) and (yield "a")
    log.append(("x", x))
    y = note(0) and (yield "never")
    log.append(("y", y))
    z = note(0) or (yield "b") or note("fallback")
    log.append(("z", z))
    return "done"


gen = g_and()
print(log)
print(next(gen), log)
print(gen.send(5), log)
try:
    gen.send(None)
except StopIteration as e:
    print("stop", e.value, log)


def g_ifexp(flag):
    v = (yield "yes") if flag else note("no")
    log.append(("v", v))
    w = note("left") if (yield "test") else (yield "else")
    log.append(("w", w))


log.clear()
for flag in (True, False):
    gen = g_ifexp(flag)
    print(flag, next(gen), log)
    try:
        print(gen.send(0), log)
        print(gen.send(""), log)
        print(gen.send(None), log)
    except StopIteration:
        print("end", log)
    log.clear()


def g_call():
    r = note("f")((note("a"), (yield "first"), note("b"), (yield "second")))
    log.append(("r", r))
    print(note("p"), (yield "third"), note("q"))
    d = {note("k1"): (yield "dv"), note("k2"): note("v2")}
    log.append(d)
    s = note([1, 2])[(yield "index")]
    log.append(s)
    t = note(10) - (yield "minus") * note(2)
    log.append(t)


note = note
log.clear()


def f_of(name):
    return lambda t: (name, t)


def note(x):
    log.append(x)
    return f_of(x) if x == "f" else x


gen = g_call()
print(next(gen), log)
for sent in ("S1", "S2", "S3", "DV", 1, 3):
    try:
        print(gen.send(sent), log)
    except StopIteration:
        print("end", log)


def lazy_or(items):
    for i in items:
        got = (i > 2 and (yield i * 10)) or (yield -i)
        print("got", i, got)


print(list(lazy_or([1, 3, 4])))
g = lazy_or(range(5))
print(next(g), next(g), g.send("x"))


def counter():
    total = 0
    while True:
        step = (yield total) or 1
        total += step


c = counter()
print(next(c), c.send(5), next(c), c.send(10), next(c))


def chained(seq):
    for x in seq:
        yield x if x % 2 else -x
        print("after", x)
        y = [(yield "list"), note("mid")]
        print(y)


log.clear()
gen = chained([1, 2])
print(next(gen))
print(next(gen))
print(gen.send("L"), log)


def router(events):
    for ev in events:
        match ev:
            case ("add", n) if n > 0:
                got = yield f"add {n}"
                print("sent back", got)
            case ("skip", _):
                print("skipping")
                continue
            case {"stop": True}:
                print("stopping")
                break
            case _:
                yield f"other {ev!r}"
        print("after", ev)


r = router([("add", 2), ("add", -1), ("skip", 0), ("add", 5), {"stop": True}, ("add", 9)])
print(next(r))
print(r.send("A"))
print(next(r))
print(list(r))
