# contextlib: contextmanager generators (enter value, exceptions thrown in and swallowed
# or not, re-raised, a generator that does not yield or does not stop), suppress,
# closing, nullcontext, and nested with-statements mixing them.
import contextlib

log = []


@contextlib.contextmanager
def tagged(tag):
    log.append("<" + tag + ">")
    try:
        yield tag.upper()
    except ZeroDivisionError as e:
        log.append("swallowed " + str(e))
    finally:
        log.append("</" + tag + ">")


with tagged("a") as t:
    log.append(t)
with tagged("b"):
    1 / 0
try:
    with tagged("c"):
        raise KeyError("k")
except KeyError as e:
    log.append("outer " + repr(e))
print(log)


@contextlib.contextmanager
def no_yield():
    if False:
        yield


@contextlib.contextmanager
def two_yields():
    yield 1
    yield 2


for cm in (no_yield, two_yields):
    try:
        with cm():
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)


@contextlib.contextmanager
def reraise():
    try:
        yield
    except ValueError:
        raise TypeError("converted")


try:
    with reraise():
        raise ValueError("v")
except TypeError as e:
    print("TypeError:", e)

with contextlib.suppress(KeyError, IndexError):
    [][1]
print("after suppress")
try:
    with contextlib.suppress(KeyError):
        int("x")
except ValueError as e:
    print("ValueError:", e)


class Res:
    def close(self):
        print("closed")


with contextlib.closing(Res()) as r:
    print(type(r).__name__)
with contextlib.nullcontext(5) as n, contextlib.nullcontext() as m:
    print(n, m)
with tagged("x") as a, tagged("y") as b:
    print(a, b)
print(log[-4:])
