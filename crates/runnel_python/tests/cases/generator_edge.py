# Edge cases of generators as CPython runs them.
import sys

def traced():
    try:
        yield 1
        yield 2
    finally:
        print("traced finally")

# A generator stored in a list, dropped with the list.
holder = [traced()]
next(holder[0])
holder = None
print("after holder")

# A generator in a dict value replaced.
d = {"g": traced()}
next(d["g"])
d["g"] = 0
print("after dict")

# Generator closed by an exception in the consumer's loop body.
def consume_with_error():
    for x in traced():
        raise KeyError(x)
try:
    consume_with_error()
except KeyError as e:
    print("KeyError", e)

# Closing a running generator from inside itself.
def self_closer():
    yield me.close()
me = self_closer()
try:
    next(me)
except ValueError as e:
    print("ValueError", e)

# throw() into a generator that has not started.
def not_started():
    try:
        yield 1
    finally:
        print("never printed")
ns = not_started()
try:
    ns.throw(RuntimeError("early"))
except RuntimeError as e:
    print("RuntimeError", e)
print(list(ns))

# throw() with a class, handled, then the generator ends: StopIteration.
def ends_after_handling():
    try:
        yield 1
    except ValueError:
        print("handled ValueError")
e = ends_after_handling()
next(e)
try:
    e.throw(ValueError)
except StopIteration:
    print("StopIteration after throw")

# send() to a finished generator.
def short():
    yield 1
s = short()
next(s)
try:
    next(s)
except StopIteration:
    print("finished")
try:
    s.send(5)
except StopIteration:
    print("send to finished: StopIteration")

# yield inside finally during close: RuntimeError.
def yields_in_finally():
    try:
        yield 1
    finally:
        yield 2
y = yields_in_finally()
next(y)
try:
    y.close()
except RuntimeError as err:
    print("RuntimeError", err)

# Generator return value through yield from, nested three deep.
def leaf():
    x = yield "leaf"
    return x * 2
def middle():
    r = yield from leaf()
    return r + 1
def top():
    r = yield from middle()
    yield ("top got", r)
t = top()
print(next(t))
print(t.send(10))

# A while loop with else, a break out of try/finally inside.
def search(items, target):
    i = 0
    while i < len(items):
        try:
            if items[i] == target:
                break
            yield items[i]
        finally:
            i += 1
    else:
        yield "not found"
    yield "done"
print(list(search([1, 2, 3], 2)), list(search([1, 2], 9)))

# Exception from a generator's body has the generator's frame in the traceback line.
def bad():
    yield 1
    raise ValueError("bad value")
try:
    for v in bad():
        print("v", v)
except ValueError as err:
    print("caught", err)

# Generators as data pipelines (lazy, interleaved).
def numbers():
    for i in range(5):
        print("produce", i)
        yield i
def squares(xs):
    for x in xs:
        yield x * x
def take(n, xs):
    for x in xs:
        if n <= 0:
            return
        n -= 1
        yield x
print(list(take(2, squares(numbers()))))
print("end")
