# Attributes of functions: a counter kept on the function, __name__/__qualname__/
# __module__/__doc__/__defaults__/__kwdefaults__/__dict__, renaming, and
# functools.wraps/update_wrapper on functions and on a class-based decorator.
import functools


def f(a, b=2, *args, c=3, d, **kw):
    "doc of f"
    f.calls += 1
    return a + b


f.calls = 0
f(1, d=0)
f(1, 5, d=0) if False else f(2, d=1)
print(f.calls, f.__name__, f.__qualname__, f.__module__, f.__doc__, f.__defaults__, f.__kwdefaults__, f.__dict__)


def g():
    return 1


print(g.__doc__, g.__defaults__, g.__kwdefaults__, g.__dict__, (lambda x=1: x).__defaults__, (lambda: 0).__name__)
g.__name__ = "renamed"
g.tag = ["t"]
print(g.__name__, g.__qualname__, g.__dict__)
try:
    g.__name__ = 5
except TypeError as e:
    print("TypeError:", e)
try:
    g.missing
except AttributeError as e:
    print("AttributeError:", e)


def logged(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        return ("logged", fn(*a, **k))
    return wrapper


@logged
def square(x):
    """Square it."""
    return x * x


print(square(4), square.__name__, square.__doc__, square.__qualname__, square.__wrapped__(3), square.__dict__.keys())


class Counted:
    def __init__(self, fn):
        functools.update_wrapper(self, fn)
        self.calls = 0

    def __call__(self, *a):
        self.calls += 1
        return self.__wrapped__(*a)


@Counted
def double(x):
    "Twice."
    return 2 * x


print(double(2), double(5), double.calls, double.__name__, double.__doc__)


def outer():
    def inner():
        pass
    return inner


print(outer().__qualname__, outer.__qualname__)


@functools.lru_cache(maxsize=None)
def fib(n):
    "Fibonacci."
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(30), fib.__name__, fib.__doc__, fib.__wrapped__(5) if False else fib.cache_info())
