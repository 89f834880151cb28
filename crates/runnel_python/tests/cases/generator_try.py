# A generator whose yield sits inside try/except/finally runs lazily, interleaving with
# its consumer, as CPython's does.
def g():
    try:
        for i in range(3):
            print("yield", i)
            yield i
    finally:
        print("finally")

it = g()
print(next(it))
print("between")
print(next(it))
for x in it:
    print("got", x)

def h():
    try:
        yield 1
        raise ValueError("x")
    except ValueError as e:
        print("caught", e)
        yield 2
    yield 3
print(list(h()))

def numbers(lines):
    for line in lines:
        try:
            yield int(line)
        except ValueError:
            print("skipping", repr(line))
            continue_flag = True
print(sum(numbers(["1", "x", "3", "", "5"])))

def endless():
    n = 0
    try:
        while True:
            n += 1
            yield n
    except KeyboardInterrupt:
        print("not here")
endless_gen = endless()
print([next(endless_gen) for _ in range(5)])

def early(xs):
    try:
        for x in xs:
            if x < 0:
                return
            yield x
    finally:
        print("cleanup")
print(list(early([1, 2, -1, 4])))

def nested():
    try:
        try:
            yield "a"
            raise KeyError("k")
        finally:
            print("inner finally")
    except KeyError as e:
        print("outer caught", repr(e))
        yield "b"
    else:
        yield "never"
    yield "c"
print(list(nested()))

def uncaught():
    try:
        yield 1
        1 / 0
    except ValueError:
        yield "wrong"
    finally:
        print("finally before the error")
u = uncaught()
print(next(u))
try:
    next(u)
except ZeroDivisionError as err:
    print("ZeroDivisionError", err)
print(list(u))

def elses():
    try:
        yield 1
    except Exception:
        yield "no"
    else:
        yield "else"
    finally:
        yield "fin"
print(list(elses()))

def reraise():
    try:
        yield 1
        raise TypeError("t")
    except TypeError:
        yield 2
        raise
try:
    for v in reraise():
        print("v", v)
except TypeError as e:
    print("re-raised", e)

def loop_in_try():
    try:
        for i in range(4):
            if i == 2:
                continue
            yield i
    except Exception:
        pass
print(list(loop_in_try()))

def with_break():
    for i in range(5):
        try:
            if i == 3:
                break
            yield i
        finally:
            print("f", i)
print(list(with_break()))
import itertools
def counter():
    i = 0
    try:
        while True:
            yield i
            i += 1
    except GeneratorExit:
        raise
print(list(itertools.islice(counter(), 4)))
