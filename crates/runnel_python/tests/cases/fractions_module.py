from fractions import Fraction
import fractions

a = Fraction(3, 4)
b = Fraction("1/3")
print(a, b, repr(a), repr(b), a + b, a - b, a * b, a / b, a // b, a % b, a ** 2, a ** -2, b ** 0)
print(a + 1, 1 + a, a - 2, 2 - a, a * 3, 3 * a, a / 3, 3 / a, 7 // a, 7 % a, 2 ** Fraction(2), Fraction(4) ** Fraction(1, 2))
print(a + 0.5, 0.5 + a, a * 2.0, a / 0.25, a == 0.75, a < 1, a > 0.7, a <= Fraction(6, 8), b != a)
print(Fraction(6, -8), Fraction(-6, 8), Fraction(0, 5), Fraction(10, 5), Fraction(), Fraction(7))
print(Fraction(0.1), Fraction(0.5), Fraction(-2.75), Fraction(1e20), Fraction(5e-324).denominator.bit_length())
print(Fraction("3.1415"), Fraction(" -1.5e3 "), Fraction("2e-2"), Fraction("+7"), Fraction("1_000/3"), Fraction(".5"), Fraction("5."))
print(Fraction(Fraction(1, 2), Fraction(1, 3)), Fraction(a), Fraction(3, Fraction(1, 2)))
print(a.numerator, a.denominator, a.as_integer_ratio(), Fraction(-7, 3).as_integer_ratio())
print(float(a), int(Fraction(-7, 2)), int(Fraction(7, 2)), float(Fraction(1, 3)), float(Fraction(10**30, 3)))
print(Fraction(3.141592653589793).limit_denominator(1000), Fraction(3.141592653589793).limit_denominator(10), Fraction(1, 3).limit_denominator(), Fraction(0.1).limit_denominator())
print(abs(Fraction(-3, 4)), -a, +a, bool(Fraction(0)), bool(a))
print(hash(Fraction(2, 1)) == hash(2), hash(Fraction(1, 2)) == hash(0.5), hash(Fraction(1, 3)), hash(Fraction(-1, 3)), hash(Fraction(10**20, 7)))
d = {Fraction(1, 2): "half", 2: "two"}
print(d[0.5], d[Fraction(4, 2)], Fraction(1, 2) in {0.5}, len({Fraction(1), 1, 1.0}))
print(sorted([Fraction(1, 2), 0.3, 1, Fraction(1, 3)]), max(Fraction(1, 7), Fraction(1, 6)), sum([Fraction(1, 3)] * 3))
print(Fraction.from_float(0.25), Fraction.from_float(3), isinstance(a, Fraction), isinstance(0.5, Fraction))
print(Fraction(1, 3) + Fraction(1, 6) == Fraction(1, 2), Fraction(1, 3) * 3 == 1, Fraction(1, 2) == 0.5)
print(f"{a}", str(Fraction(5, 1)), [Fraction(1, 2)], (Fraction(2, 3),))
vals = [3, 4, 4, 5]
avg = Fraction(sum(vals), len(vals))
print("avg", avg, float(avg), round(float(avg), 2))
print(Fraction(10**30 + 1, 10**15), Fraction(2**70, 2**68))
print(a < float("inf"), a > float("-inf"), a == float("nan"), a < float("nan"))

def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)

err(lambda: Fraction(1, 0))
err(lambda: a / 0)
err(lambda: a / Fraction(0))
err(lambda: a // 0)
err(lambda: a % Fraction(0))
err(lambda: Fraction(5, 6) / Fraction(0, 1))
err(lambda: Fraction(0) ** -1)
err(lambda: Fraction("abc"))
err(lambda: Fraction("1/0"))
err(lambda: Fraction("1.5/2"))
err(lambda: Fraction(""))
err(lambda: Fraction([1]))
err(lambda: Fraction(1.5, 2))
err(lambda: Fraction(float("nan")))
err(lambda: Fraction(float("inf")))
err(lambda: a.limit_denominator(0))
err(lambda: Fraction.from_float("x"))
err(lambda: a + "x")
err(lambda: a < "x")
