# A seeded differential: every cmath function on inputs of every size (unit, moderate,
# huge, tiny, subnormal, near 1 and near the branch cuts), printed exactly.
import cmath
import random

rng = random.Random(20261129)

def part():
    kind = rng.randrange(7)
    sign = rng.choice((-1.0, 1.0))
    if kind == 0:
        return sign * rng.random()
    if kind == 1:
        return sign * rng.uniform(0, 20)
    if kind == 2:
        return sign * 10.0 ** rng.uniform(-320, 308)
    if kind == 3:
        return sign * rng.uniform(0.7, 1.75)
    if kind == 4:
        return sign * 2.0 ** rng.uniform(-1074, -1000)
    if kind == 5:
        return sign * 10.0 ** rng.uniform(150, 308)
    return 0.0 * sign

def call(f, *args):
    try:
        return repr(f(*args))
    except (ValueError, OverflowError) as e:
        return type(e).__name__

names = ["sqrt", "exp", "log", "log10", "sin", "cos", "tan", "sinh", "cosh", "tanh",
         "asin", "acos", "atan", "asinh", "acosh", "atanh"]
for i in range(150):
    z = complex(part(), part())
    out = [call(getattr(cmath, name), z) for name in names]
    print(repr(z), call(cmath.phase, z), call(cmath.polar, z), *out)
for i in range(60):
    r, phi = part(), rng.uniform(-10, 10)
    z, w = complex(part(), part()), complex(rng.uniform(-5, 5), rng.uniform(-5, 5))
    print(call(cmath.rect, r, phi), call(cmath.log, z, w), cmath.isclose(z, z * (1 + 1e-10)), abs(z))
