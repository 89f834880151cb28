# Every math function that CPython wraps in math_1/math_2 or decides by hand (pow, fmod,
# remainder, atan2, ldexp, frexp, modf, nextafter, ulp) on signed zeros, infinities, nan,
# subnormals, huge and domain-edge values: the result or the exception, as CPython 3.11.
import math

sp = [0.0, -0.0, 1.0, -1.0, 0.5, -2.0, 5e-324, 1e-300, 1e300, -1e300, 1.7976931348623157e308,
      math.inf, -math.inf, math.nan, 3, 10 ** 20, True, 710.0, -745.5, 2.5]


def show(f, *args):
    try:
        return repr(f(*args))
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        return type(e).__name__[:2]


one = ["sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh",
       "exp", "exp2", "expm1", "log", "log2", "log10", "log1p", "sqrt", "fabs", "degrees", "radians",
       "frexp", "modf", "ulp"]
for name in one:
    print(name, *[show(getattr(math, name), x) for x in sp])
for name in ["atan2", "pow", "fmod", "remainder", "copysign", "log", "nextafter", "hypot"]:
    print(name)
    for x in sp:
        print(" ", *[show(getattr(math, name), x, y) for y in sp])
print("ldexp")
for x in [1.0, -1.5, 5e-324, 1e300, 0.75, -0.0, math.inf, math.nan]:
    print(" ", *[show(math.ldexp, x, n) for n in [0, 1, -1, 1023, 1024, -1074, -1075, -1080, 2000, -2000, 10 ** 30, -10 ** 30, True]])
print(show(math.ldexp, 1.0, 2.0), show(math.frexp, 2.2250738585072014e-308), show(math.frexp, -3e-320))
print(math.remainder(5.0, 2.0), math.remainder(7.0, 2.0), math.remainder(-5.0, 2.0), math.remainder(4.5, 3.0), math.remainder(1e300, 3.0))
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.ulp(1.0), math.ulp(1e300), math.ulp(5e-324))
for xs in ([math.inf, 1.0], [math.inf, -math.inf], [math.nan, 1.0], [math.nan, math.inf, -math.inf], [1e308, 1e308],
           [math.inf, 1e308, 1e308], [-math.inf, -math.inf, 2.0], [0.1] * 10, [1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]):
    print(show(math.fsum, xs), end=" ")
print()
print(0.0 ** -math.inf, (-0.0) ** -math.inf, 0 ** -math.inf, 0.5 ** -math.inf, (-1.0) ** math.inf, math.nan ** 0, 1.0 ** math.nan)
