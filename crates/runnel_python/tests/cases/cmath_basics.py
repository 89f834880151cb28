# cmath as a student uses it: roots of a quadratic, polar form, constants, errors.
import cmath
from cmath import sqrt, phase, polar, rect, pi

print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)
a, b, c = 1, 2, 5
d = cmath.sqrt(b * b - 4 * a * c)
print((-b + d) / (2 * a), (-b - d) / (2 * a))
print(sqrt(-1), sqrt(4), sqrt(2j), sqrt(-0.0), sqrt(complex(-0.0, -0.0)), sqrt(True))
print(cmath.sqrt(10**30), cmath.exp(1j * pi), cmath.exp(0), cmath.exp(complex(1, 1)))
print(cmath.log(-1), cmath.log(100, 10), cmath.log(8, 2), cmath.log(1j, 1j), cmath.log10(1000))
print(cmath.log(1 + 1j, 2 + 3j), cmath.log(0j, 2))
print(phase(-1), phase(complex(-1.0, -0.0)), phase(1j), polar(1j), polar(-2), polar(3 + 4j))
print(rect(1, pi / 2), rect(2, 0), rect(-2, -0.0), rect(1.5, 1))
print(abs(3 + 4j), abs(complex(1e308, 1e308)), abs(-2j))
for f in (cmath.sin, cmath.cos, cmath.tan, cmath.sinh, cmath.cosh, cmath.tanh,
          cmath.asin, cmath.acos, cmath.atan, cmath.asinh, cmath.acosh, cmath.atanh):
    print(f.__name__, f(0.5 + 0.25j), f(-2), f(3j))
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1, 1.1), cmath.isclose(1, 1.1, rel_tol=0.2))
print(cmath.isclose(0, 1e-10, abs_tol=1e-9), cmath.isclose(cmath.inf, cmath.inf), cmath.isclose(cmath.nan, cmath.nan))
print(cmath.isnan(complex(1, cmath.nan)), cmath.isinf(cmath.infj), cmath.isfinite(1 + 2j), cmath.isfinite(cmath.infj))
print(type(cmath.sqrt(4)), type(cmath.phase(1)), type(cmath.polar(1)))

def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: cmath.sqrt("x"))
show(lambda: cmath.sqrt())
show(lambda: cmath.sqrt(1, 2))
show(lambda: cmath.sqrt(z=1))
show(lambda: cmath.sqrt(None))
show(lambda: cmath.sqrt(10**400))
show(lambda: cmath.log(1, 1))
show(lambda: cmath.log(0))
show(lambda: cmath.log(2, 0))
show(lambda: cmath.log())
show(lambda: cmath.log(1, 2, 3))
show(lambda: cmath.log(1, "a"))
show(lambda: cmath.exp(1000))
show(lambda: cmath.cosh(complex(800, 1)))
show(lambda: cmath.atanh(1))
show(lambda: cmath.polar(complex(1.7e308, 1.7e308)))
show(lambda: cmath.polar(1, 2))
show(lambda: cmath.phase())
show(lambda: cmath.phase(x=1))
show(lambda: cmath.rect(1))
show(lambda: cmath.rect(1, 2, 3))
show(lambda: cmath.rect(1j, 2))
show(lambda: cmath.rect(r=1, phi=2))
show(lambda: cmath.rect(1, cmath.inf))
show(lambda: cmath.isclose(1, 2, rel_tol=-1))
show(lambda: cmath.isclose(1))
show(lambda: cmath.isclose(1, 2, 3))
show(lambda: cmath.isclose(1, 2, foo=1))
show(lambda: cmath.isclose(a=1, b=1))
show(lambda: cmath.isclose(1, 2, rel_tol="x"))
show(lambda: cmath.isnan())
show(lambda: cmath.phase(complex(1e300, 1e-300)))
show(lambda: cmath.phase(complex(1, 1e-320)))
show(lambda: cmath.polar(complex(1e300, 1e-300)))
