import math

# A table over the domains of erf, erfc, gamma and lgamma (small, large, negative,
# near poles and integers, half-integers), compared digit for digit with CPython.
xs = [0.0, -0.0, 1e-300, 1e-25, 1e-10, 0.001, 0.1, 0.25, 0.5, 0.75, 0.84375, 0.9, 1.0,
      1.25, 1.5, 2.0, 2.5, 2.857, 3.0, 3.5, 4.2, 5.0, 5.5, 6.0, 6.7, 7.5, 10.0, 12.3,
      20.5, 22.0, 23.0, 24.0, 27.3, 50.5, 100.1, 139.9, 140.1, 171.5, 171.7, 199.9,
      -1e-25, -0.1, -0.5, -1.5, -2.5, -3.2, -7.9, -20.5, -100.3, -150.5, -199.5, -250.5]
for x in xs:
    row = [x]
    for f in (math.erf, math.erfc, math.gamma, math.lgamma):
        try:
            row.append(f(x))
        except (ValueError, OverflowError) as e:
            row.append(type(e).__name__ + ": " + str(e))
    print(*row)

# A denser sweep: every step of 0.37 from -30 to 30.
k = -30.0
while k < 30.0:
    out = [math.erf(k), math.erfc(k)]
    try:
        out.append(math.gamma(k))
    except (ValueError, OverflowError) as e:
        out.append(type(e).__name__)
    try:
        out.append(math.lgamma(k))
    except (ValueError, OverflowError) as e:
        out.append(type(e).__name__)
    print(repr(k), *out)
    k += 0.37

for bad in (0, -1, -2.0, float("-inf")):
    try:
        math.gamma(bad)
    except ValueError as e:
        print("gamma", bad, "ValueError", e)
for bad in (0, -3):
    try:
        math.lgamma(bad)
    except ValueError as e:
        print("lgamma", bad, "ValueError", e)
for big in (171.7, 1e300):
    try:
        math.gamma(big)
    except OverflowError as e:
        print("gamma", big, "OverflowError", e)
print(math.lgamma(1e300), math.lgamma(float("inf")), math.lgamma(float("-inf")))
print(math.gamma(float("inf")), math.isnan(math.gamma(float("nan"))), math.erf(float("inf")), math.erfc(float("-inf")))
print(math.gamma(5), math.gamma(True), math.erf(2), math.lgamma(10 ** 5))
try:
    math.erf("1")
except TypeError as e:
    print("TypeError", e)

# Seeded random points over each branch of erf and of the Lanczos sum.
import random
rng = random.Random(2024)
for lo, hi in ((-1.0, 1.0), (0.8, 1.3), (1.2, 3.0), (2.8, 7.0), (-7.0, -0.8), (0.0, 40.0), (-180.0, 180.0)):
    for _ in range(40):
        x = rng.uniform(lo, hi)
        row = [x, math.erf(x), math.erfc(x)]
        try:
            row.append(math.gamma(x))
        except (ValueError, OverflowError) as e:
            row.append(type(e).__name__)
        try:
            row.append(math.lgamma(x))
        except (ValueError, OverflowError) as e:
            row.append(type(e).__name__)
        print(*row)
