# Float math prints CPython's digits: glibc's results, bit for bit (runnel_core::fmath),
# on every target (www-tests/float-math.test.js runs it in the wasm engine). The
# trigonometric functions are in float_trig.py (natively only: see fmath/trig.rs).
import math
import random

xs = [i / 8 for i in range(-40, 41)] + [0.1, 0.3, 2.5, 10.0, 100.0, 1e-5, 123.456, 700.0]
for name in ["exp", "exp2", "expm1", "sinh", "cosh", "tanh"]:
    f = getattr(math, name)
    print(name, [f(x) for x in xs])
pos = [x for x in xs if x > 0]
for name in ["log", "log2", "log10", "log1p", "sqrt"]:
    f = getattr(math, name)
    print(name, [f(x) for x in pos])
print("asinh", [math.asinh(x) for x in xs])
print("acosh", [math.acosh(x) for x in xs if x >= 1], "atanh", [math.atanh(x) for x in xs if -1 < x < 1])
print("log base", [math.log(x, 3) for x in pos[:20]], math.log(1000, 10), math.log(8, 2))
print("pow", [(x / 10) ** (y / 4) for x in range(1, 30, 3) for y in range(-8, 9, 3)])
print("sqrt-ish", [x ** 0.5 for x in range(20)], [math.pow(x, 1 / 3) for x in range(1, 20)])
print("neg base", [(-1.5) ** k for k in range(-5, 6)], (-2.0) ** 3, 2.0 ** -1074)
print(math.exp(1.0), math.e ** 2, 10 ** 0.5, math.pi ** math.e)
checks = [
    ("math.exp(1000)", lambda: math.exp(1000)),
    ("2.0 ** 5000", lambda: 2.0 ** 5000),
    ("math.pow(10.0, 400)", lambda: math.pow(10.0, 400)),
    ("math.sinh(1000)", lambda: math.sinh(1000)),
    ("math.cosh(-800)", lambda: math.cosh(-800)),
    ("math.expm1(710)", lambda: math.expm1(710)),
    ("math.log(0.0)", lambda: math.log(0.0)),
    ("math.pow(-8.0, 1 / 3)", lambda: math.pow(-8.0, 1 / 3)),
    ("0.0 ** -1", lambda: 0.0 ** -1),
]
for text, thunk in checks:
    try:
        print(text, thunk())
    except Exception as e:
        print(text, type(e).__name__, e)
print(math.exp2(1024.5 - 1), math.exp(-800), 10.0 ** -400)
r = random.Random(7)
print([r.expovariate(2) for _ in range(3)])
print([r.lognormvariate(0, 1) for _ in range(3)], [r.normalvariate(5, 2) for _ in range(3)])
print([r.gammavariate(2.5, 1) for _ in range(3)], [r.betavariate(2, 3) for _ in range(3)])
print([r.paretovariate(3) for _ in range(3)], [r.weibullvariate(1, 2) for _ in range(3)])
print(math.gamma(4.5), math.lgamma(10.3), math.erf(0.7))
