# math.log/log2/log10 of ints beyond the float range (CPython's loghelper: log(x) +
# log(2) * e from _PyLong_Frexp), ints that round up to the next power of two, and the
# errors, as CPython 3.11.
import math
import random

r = random.Random(9)
big = [10 ** k for k in range(300, 420, 7)] + [2 ** k - 1 for k in (1023, 1024, 1025, 2000)]
big += [2 ** k + 1 for k in (1024, 3000)] + [r.getrandbits(k) | 1 << (k - 1) for k in (1030, 1100, 4000, 9999)]
big += [3 ** 700, 7 ** 1000 - 1, 2 ** 1100 - 2 ** 1040]
print([math.log(n) for n in big])
print([math.log2(n) for n in big])
print([math.log10(n) for n in big])
print([math.log(n, 10) for n in big[:6]], [math.log(7.5, n) for n in big[:6]], math.log(10 ** 400, 10 ** 401))
print(math.log(2 ** 1023 * 3), math.log(True), math.log(8, 2), math.log(100, 10), math.log(0.5, 0.25))
print(math.log(math.inf), math.log(math.nan), math.log10(1e-320), math.log2(5e-324), math.log(math.inf, math.inf))
checks = [
    ("math.log(-(10 ** 400))", lambda: math.log(-(10 ** 400))),
    ("math.log(0)", lambda: math.log(0)),
    ("math.log2(-1)", lambda: math.log2(-1)),
    ("math.log10(0.0)", lambda: math.log10(0.0)),
    ("math.log(-math.inf)", lambda: math.log(-math.inf)),
    ("math.log(1.0, 1)", lambda: math.log(1.0, 1)),
    ("math.log(2.0, 0.0)", lambda: math.log(2.0, 0.0)),
    ("math.log('a')", lambda: math.log('a')),
    ("math.sqrt(10 ** 400)", lambda: math.sqrt(10 ** 400)),
    ("math.log1p(10 ** 400)", lambda: math.log1p(10 ** 400)),
]
for text, thunk in checks:
    try:
        print(text, thunk())
    except Exception as e:
        print(text, type(e).__name__, e)
