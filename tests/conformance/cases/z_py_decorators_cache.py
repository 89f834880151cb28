# batch: 1
# batches: 2
# driver state: the driver's own lru_cache (fib) fills batch by batch.
# Decorators with functools.wraps (counting calls, keeping __name__ and __doc__),
# decorators with arguments, functools.lru_cache on a recursive function made inside the
# map function (Spark cannot pickle a global one for its tasks), a global cached function
# on the driver with cache_info, and a class-based decorator with __call__.
import functools


def logged(prefix):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            result = fn(*args, **kwargs)
            return f"{prefix}{fn.__name__}{args}={result}"
        return wrapper
    return deco


class Counted:
    def __init__(self, fn):
        functools.update_wrapper(self, fn)
        self.fn = fn
        self.calls = 0

    def __call__(self, *args):
        self.calls += 1
        return self.fn(*args)


@functools.lru_cache(maxsize=None)
def fib(n):
    """Fibonacci, cached."""
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def fib_task(n):
    @functools.lru_cache(maxsize=32)
    def f(k):
        return k if k < 2 else f(k - 1) + f(k - 2)
    for k in range(n):  # warmed from the bottom: the recursion stays shallow
        f(k)
    return (n, f(n), f.cache_info(), f(n // 2), f.cache_info().hits)


@logged(">> ")
def square(x, *, plus=0):
    """Square plus something."""
    return x * x + plus


@Counted
def double(x):
    return 2 * x


data = [[[10, 20], [90, 1]], [[150, 7, 7]]]
nums = ssc.queueStream(createQUEUERDD(data))
nums.map(fib_task).pprint()
nums.map(lambda n: square(n % 7, plus=1)).pprint()
nuevoDStream = nums.map(double)
nuevoDStream.pprint()


def driver(rdd):
    xs = rdd.collect()
    print(square.__name__, square.__doc__, fib.__name__, fib.__doc__, double.__name__)
    for k in range(max(xs)):
        fib(k)
    print([fib(x) % 1000 for x in xs], fib.cache_info())
    print(double.calls, hasattr(square, "__wrapped__"), square.__wrapped__(3), double.__wrapped__(4))


nums.foreachRDD(driver)
