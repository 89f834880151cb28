from decimal import Decimal, getcontext, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_UP, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_DOWN, ROUND_05UP
import decimal

print(getcontext().prec, getcontext().rounding)
a, b = Decimal("10.25"), Decimal("3")
print(a, b, repr(a), a + b, a - b, a * b, a / b, a // b, a % b, -a, +a, abs(-a))
print(Decimal("0.1") + Decimal("0.2"), Decimal("0.1") + Decimal("0.2") == Decimal("0.3"), 0.1 + 0.2 == 0.3)
print(Decimal(1) / Decimal(7), Decimal(2) / Decimal(3), Decimal(1) / Decimal(8), Decimal(100) / Decimal(4), Decimal("1.00") / Decimal("0.5"))
print(Decimal("-7") // Decimal("2"), Decimal("-7") % Decimal("2"), Decimal("7.5") % Decimal("2"), Decimal(7) // 2)
print(a + 1, 2 * a, 1 - a, 10 / Decimal(4), a == Decimal("10.250"), a > 10, a < 10.5, a == 10.25, Decimal("0.1") == 0.1)
print(Decimal(0.1), Decimal(2.5), Decimal(-0.0), Decimal(1e20), Decimal(10**30), Decimal(-5), Decimal(), Decimal(Decimal("1.5")))
for s in ["1", "1.0", "-0", "0.000001", "0.0000001", "123E+5", "1.23e-10", "1_000.5", " 42 ", "+.5", "5.", "1E3", "0E-7", "12345678901234567890.123"]:
    print(repr(s), Decimal(s), repr(Decimal(s)))
price = Decimal("19.995")
for mode in [ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_UP, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_DOWN, ROUND_05UP]:
    print(mode, price.quantize(Decimal("0.01"), rounding=mode), (-price).quantize(Decimal("0.01"), mode), Decimal("2.5").quantize(Decimal("1"), rounding=mode))
print(Decimal("1.2345").quantize(Decimal("0.001")), Decimal("7").quantize(Decimal("0.00")), Decimal("123.456").quantize(Decimal("1E1")))
print(Decimal("1.500").normalize(), Decimal("100").normalize(), Decimal("0.00").normalize(), Decimal("-1.20").normalize())
print(int(Decimal("-3.99")), float(Decimal("2.5")), int(Decimal("1E3")), float(Decimal(1) / 3))
print(hash(Decimal(2)) == hash(2), hash(Decimal("0.5")) == hash(0.5), hash(Decimal("1.10")) == hash(Decimal("1.1")), hash(Decimal("0.1")))
print({Decimal("1.0"): "x"}[1], sorted([Decimal("2.5"), 1, Decimal("-1"), 2]), sum([Decimal("0.1")] * 10), max(Decimal("1.01"), Decimal("1.1")))
print(f"{Decimal('3.14159'):.2f}", f"{Decimal('2.675'):.2f}", f"{Decimal('1.5'):>8}", format(Decimal("1e-3"), "f"), f"{Decimal('12'):.3f}", f"{Decimal('-0.5'):.0f}")
print(Decimal("1.23").as_integer_ratio(), Decimal("0").is_zero(), Decimal("-1").is_signed(), bool(Decimal("0.0")))
getcontext().prec = 6
print(Decimal(1) / Decimal(7), Decimal("123456789") + 0, Decimal("1.2345678") * 1, getcontext().prec)
getcontext().rounding = ROUND_DOWN
print(Decimal(2) / Decimal(3), getcontext().rounding)
getcontext().prec = 28
getcontext().rounding = ROUND_HALF_EVEN
total = sum(Decimal(p) for p in ["19.99", "5.01", "0.10"])
print(total, total / 3, (total / 3).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))

def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)

err(lambda: Decimal("abc"))
err(lambda: Decimal("1.2.3"))
err(lambda: Decimal(1) / Decimal(0))
err(lambda: Decimal(0) / Decimal(0))
err(lambda: Decimal(1) // Decimal(0))
err(lambda: Decimal("1.5") + 1.5)
err(lambda: Decimal([1]))
err(lambda: Decimal("1e30").quantize(Decimal("0.01")))
err(lambda: Decimal("1").quantize(Decimal("1"), rounding="nope"))
try:
    Decimal(5) / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError caught", e)
try:
    Decimal("x")
except decimal.InvalidOperation:
    print("InvalidOperation caught")
except ArithmeticError:
    print("ArithmeticError")

# Division by zero: x / 0 and x // 0 divide by zero, x % 0 is invalid, 0 / 0 undefined.
import operator
for a, b in [(1, 0), (0, 0), (-3, 0)]:
    for name, op in (("/", operator.truediv), ("//", operator.floordiv), ("%", operator.mod)):
        try:
            op(Decimal(a), Decimal(b))
        except Exception as e:
            print(a, name, b, type(e).__name__, e)
