# math.hypot and math.dist are CPython's own vector_norm, not libm's hypot: the last bit
# of 2, 3 and more coordinates, huge and subnormal ones, ints, and the errors.
import math
import random

r = random.Random(3)
print([math.hypot(r.uniform(-10, 10), r.uniform(-10, 10)) for _ in range(40)])
print([math.hypot(*[r.uniform(-100, 100) for _ in range(k)]) for k in range(9) for _ in range(6)])
print([math.hypot(r.uniform(-1, 1) * 10.0 ** r.randint(-320, 300), r.uniform(-1, 1) * 10.0 ** r.randint(-320, 300)) for _ in range(30)])
print([math.hypot(*[r.uniform(-1e-310, 1e-310) for _ in range(3)]) for _ in range(20)])
print([math.dist([r.randint(-50, 50) for _ in range(k)], [r.uniform(-5, 5) for _ in range(k)]) for k in range(1, 7) for _ in range(5)])
print(math.hypot(), math.hypot(-3), math.hypot(3, 4), math.hypot(True, 2), math.hypot(1e308, 1e308))
print(math.hypot(math.inf, math.nan), math.hypot(math.nan, 1.0), math.hypot(-math.inf), math.hypot(0.0, -0.0))
print(math.hypot(5e-324, 5e-324), math.hypot(2.0 ** -1070, 3.0 * 2.0 ** -1070), math.hypot(10 ** 20, 1))
print(math.dist((1, 2), (4, 6)), math.dist(iter([1.5]), (-2,)), math.dist({1: 0, 2: 0}, [0, 0]), math.dist([], []))
checks = [
    ("math.hypot('a')", lambda: math.hypot('a')),
    ("math.hypot(10 ** 400)", lambda: math.hypot(10 ** 400)),
    ("math.hypot(x=1)", lambda: math.hypot(x=1)),
    ("math.dist((1, 2), (3,))", lambda: math.dist((1, 2), (3,))),
    ("math.dist(1, 2)", lambda: math.dist(1, 2)),
    ("math.dist([1], [2], [3])", lambda: math.dist([1], [2], [3])),
    ("math.dist(p=[1], q=[2])", lambda: math.dist(p=[1], q=[2])),
    ("math.dist(['a'], [1])", lambda: math.dist(['a'], [1])),
]
for text, thunk in checks:
    try:
        print(text, thunk())
    except Exception as e:
        print(text, type(e).__name__, e)
