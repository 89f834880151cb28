# int()/float() of strings and their errors, round, divmod, pow with a modulus (negative
# exponents by the modular inverse), the errors of zero division and overflow.
tests = ["12", " 12 ", "-7", "+3", "1_000", "0x1f", "1.5", "", "abc", "1e3", "٣", "12a", "1__0", "_1", " ", "0b101", "007", "00"]
for s in tests:
    for fn in (int, float):
        try: print(fn.__name__, repr(s), repr(fn(s)))
        except ValueError as e: print(fn.__name__, repr(s), "VE", e)
for s, b in [("ff", 16), ("0xff", 16), ("0xff", 0), ("0o17", 0), ("z", 36), ("101", 2), ("12", 2), ("0b11", 0), ("010", 0), ("1_0", 0), ("ff", 37)]:
    try: print(s, b, int(s, b))
    except ValueError as e: print(s, b, "VE", e)
for v in [3.9, -3.9, float("inf"), float("nan"), "3.9", None, [1], 1e20, True]:
    try: print(repr(v), int(v))
    except (ValueError, TypeError, OverflowError) as e: print(repr(v), type(e).__name__, e)
for s in ["inf", "-Infinity", "nan", "NaN", "1e400", "-1e-400", "  2.5\n", "1_0.5", "0x10", ".5", "5.", "infinity", "+.e1"]:
    try: print(repr(s), float(s))
    except ValueError as e: print(repr(s), "VE", e)
for v in [None, [1], "x", 2]:
    try: print(float(v))
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
print(str(1.0), str(1e16), str(1e-5), str(0.1 + 0.2), repr(1e15), str(123456789012345678.0), str(-0.0), 1e22, 1.5e300 * 1e10)
print(int("  -0 "), int(True), float(True), str(True), bool("False"), bool(""), bool(0.0), bool([0]))
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234.5, -2), round(5, -1), round(15, -1), round(25, -1), round(1.5), type(round(1.5)), type(round(1.5, 0)), round(-0.5))
print(divmod(7, -2), divmod(-7, 2), divmod(7.5, 2), -7 // 2, -7 % 2, 7 % -2, -7.5 // 2, 5.0 % -3, pow(2, -1), pow(3, 4, 5), pow(-2, 3, 5), 2 ** -2, (-2) ** 2, -2 ** 2)
try: pow(2, 3, 0)
except ValueError as e: print("VE", e)
print(23)
try: 1 % 0
except ZeroDivisionError as e: print(e)
try: 1.0 / 0
except ZeroDivisionError as e: print(e)
try: 1 // 0.0
except ZeroDivisionError as e: print(e)
try: divmod(1, 0)
except ZeroDivisionError as e: print(e)
try: 0.0 ** -1
except ZeroDivisionError as e: print(e)
try: 10 ** 400 * 1.0
except OverflowError as e: print(e)
try: 2.0 ** 10000
except OverflowError as e: print(e)
print(10**20 / 3, 2**100 // 7, 1 / 3, 7 / 7, 10**400 // 10**399, float(10**300), (10**400) / (10**399))
print(int.from_bytes(b"\x01\x00", "big"), (255).to_bytes(2, "little"), (5).bit_length(), (-5).bit_length(), (10).bit_count() if hasattr(int, "bit_count") else "")
print(hex(255), oct(8), bin(5), hex(-255), bin(-5), chr(65), ord("A"), chr(0x1F600))
try: chr(-1)
except ValueError as e: print("VE", e)
try: ord("ab")
except TypeError as e: print("TE", e)
print(abs(-3), abs(-3.5), abs(True), max([1, 2], key=lambda x: -x), min("abc"), sum([0.1] * 10), sum([[1], [2]], []), sum(range(5), 10))
try: sum(["a", "b"], "")
except TypeError as e: print("TE", e)
print(int("9" * 50) + 1, str(-10**30), repr(10**19), 3 * "ab", [0] * 3, 2 * (1,))
print(1 == 1.0, 1 is 1.0 if False else "", 0.1 * 3 == 0.3, 1e308 * 10, -1e308 * 10, float("nan") == float("nan"))
print(float.is_integer(2.0), (2.5).as_integer_ratio(), (7).as_integer_ratio() if hasattr(int, "as_integer_ratio") else "", (0.1).hex() if False else "", int.__name__)
print(isinstance(True, int), type(True) is bool, True + True, True * 3.5, -True, ~True, ~5, 5 ^ 3, 5 & 3, 5 | 3, 1 << 70, -(1 << 70) >> 3, 7 >> 1)
try: 1 << -1
except ValueError as e: print("VE", e)
print(pow(38, -1, 97), pow(3, -2, 7), pow(5, -1, 1), pow(2, -3, -7), pow(-3, -1, 11))
for a, m in [(2, 4), (0, 5), (6, 9)]:
    try: print(pow(a, -1, m))
    except ValueError as e: print("VE", e)
print(f"{'é'!a} {'ab'!a} {['☃', 'x']!a}", "{!a}".format("é😀"), ascii("z"))
print(hasattr(int, "bit_count"), int.bit_count(7), (255).bit_count(), float.is_integer(2.5), int.bit_length(1024))
