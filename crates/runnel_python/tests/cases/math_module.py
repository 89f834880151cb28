import math

print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100]), math.fsum([]), math.fsum(range(5)))
print(math.fsum([0.1, 0.2, 0.3]), math.fsum([1, 1e-16, 1e-16]), math.fsum([float("inf"), 1]))
print(math.asin(0.5), math.acos(0.5), math.atan2(1, -1), math.sinh(1), math.cosh(1), math.tanh(0.5))
print(math.asinh(1), math.acosh(2), math.atanh(0.5), math.degrees(math.pi), math.radians(180), math.hypot(3, 4), math.hypot(1, 2, 2))
print(math.expm1(1e-10), math.log1p(1e-10), math.copysign(3, -0.0), math.fmod(-7, 3), math.remainder(7, 2), math.remainder(5, 2))
print(math.modf(3.75), math.modf(-2.5), math.frexp(8.0), math.frexp(-0.3), math.frexp(0.0), math.ldexp(0.75, 4))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(0.0, 1e-12, abs_tol=1e-9), math.dist((0, 0), (3, 4)))
print(math.factorial(0), math.factorial(20), math.factorial(30), math.comb(10, 3), math.comb(60, 30), math.perm(5, 2), math.perm(4))
print(math.isqrt(10), math.isqrt(10**20), math.lcm(4, 6), math.lcm(), math.prod([1, 2, 3, 4]), math.prod([0.5, 4], start=2), math.prod([]))
print(math.gcd(12, 18), math.floor(-2.5), math.ceil(2.1), math.trunc(-2.7), math.sqrt(2), math.log(8, 2), math.exp(1))
for bad in [lambda: math.asin(2), lambda: math.factorial(-1), lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.fmod(1, 0), lambda: math.factorial(2.5)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(math.gcd(), math.gcd(0), math.gcd(-12), math.gcd(2 ** 70, 6 * 2 ** 40), math.gcd(12, 18, -30), math.gcd(-2 ** 63, 0), math.gcd(True, 4))
for bad in [lambda: math.gcd(1.5), lambda: math.gcd("a", 2)]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
class Count(int):
    pass
class R(float):
    pass
print(math.gcd(Count(12), 8), math.lcm(Count(4), 6), math.factorial(Count(5)), math.comb(Count(5), 2), math.perm(Count(5), 2), math.isqrt(Count(17)))
print(math.ldexp(R(1.5), Count(3)), math.hypot(Count(3), R(4.0)), math.log(Count(8), Count(2)), math.frexp(R(3.0)))
try:
    math.gcd(R(1.0))
except TypeError as e:
    print(e)
