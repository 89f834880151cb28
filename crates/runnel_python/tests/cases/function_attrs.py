# Function attributes (wrapper.calls), functools.wraps as update_wrapper, __doc__,
# __qualname__, __defaults__, positional-only parameters given by keyword.
def counted(fn):
    def wrapper(*a, **k):
        wrapper.calls += 1
        return fn(*a, **k)
    wrapper.calls = 0
    return wrapper
@counted
def add(a, b): return a + b
add(1, 2); add(3, 4)
print(add.calls, add.__name__)
import functools
def logged(fn):
    @functools.wraps(fn)
    def inner(*a):
        return fn(*a)
    return inner
@logged
def mul(a, b):
    "multiply"
    return a * b
print(mul(2, 3), mul.__name__, mul.__doc__, mul.__wrapped__(4, 5))
def outer():
    x = 0
    def inc():
        nonlocal x
        x += 1
        return x
    return inc
i = outer(); i(); print(i(), i.__qualname__)
def kw(a, b=2, *args, c, d=4, **kw): return a, b, args, c, d, kw
print(kw(1, c=3), kw(1, 2, 3, c=5, e=6))
try: kw(1)
except TypeError as e: print("TE", e)
try: kw(1, 2, c=3, a=9)
except TypeError as e: print("TE", e)
def pos(a, b, /, c): return a, b, c
print(pos(1, 2, c=3))
try: pos(1, b=2, c=3)
except TypeError as e: print("TE", e)
try: add.__wrapped__
except AttributeError as e: print("AE", e)
def no(): pass
try: no(1)
except TypeError as e: print("TE", e)
try: (lambda x: x)()
except TypeError as e: print("TE", e)
def dflt(x=[]):
    x.append(1); return x
dflt(); print(dflt(), dflt.__defaults__)
f = lambda x, y=2: x * y
print(f(3), f.__name__, (lambda: 0).__qualname__)
g = 10
def setg():
    global g
    g += 1
setg(); print(g)
def readg():
    print(g)
    g = 5
try: readg()
except UnboundLocalError as e: print("ULE", e)
def gen():
    total = yield 1
    print("got", total)
    yield total * 2
gg = gen(); print(next(gg), gg.send(21))
def fn_attrs(): pass
fn_attrs.tag = "x"; print(fn_attrs.tag, getattr(fn_attrs, "missing", None), hasattr(fn_attrs, "tag"))
print(callable(fn_attrs), fn_attrs.__class__.__name__)
def f(*a, **k): return a, k
try: f(**{"x": 1}, x=2)
except TypeError as e: print(e)
def g(x, y=0): return x
try: g(**{"x": 1}, **{"x": 2})
except TypeError as e: print(e)
try: g(1, x=2)
except TypeError as e: print(e)
class C:
    def m(self, **kw): return kw
try: C().m(**{"a": 1}, a=3)
except TypeError as e: print(e)
print(f(**{"a": 1}, b=2), g(**{"x": 5}))
