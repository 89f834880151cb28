# Ints of any size: promotion on overflow, repr, hash, arithmetic, conversions.
big = 2 ** 64
print(big, repr(big), type(big).__name__, isinstance(big, int), big - 1, -big)
print(2 ** 100, 3 ** 40, (-2) ** 63, 2 ** 63, 2 ** 62, 7 ** 77 % 1000)
m = 9223372036854775807
print(m + 1, m * m, -m - 2, m * -m, (m + 1) // 2, (m + 1) - 1 == m, type((m + 1) - 1).__name__)
print(big // 3, big % 7, -big // 7, -big % 7, big / 3, big / big, divmod(big, -5), divmod(-m - 1, -1))
print(1 << 100, (1 << 100) >> 99, -(1 << 80) >> 3, big & 0xFFFF_FFFF_FFFF_FFFF_F, big | 1, big ^ (big - 1), ~big)
print(big == 2.0 ** 64, big < 2.0 ** 64 + 1e5, big > 1e30, big == big + 0, big != big + 1, 10 ** 20 < 10 ** 21)
print(hash(big), hash(-big), hash(2 ** 61 - 1), hash(2 ** 61), hash(10 ** 30), hash(-(10 ** 30)), hash(big) == hash(float(big)))
print(float(big), float(10 ** 300), int(1e20), int(-1.5e19), int(2.5e300) == 25 * 10 ** 299, round(1e20))
print(int("123456789012345678901234567890"), int("-0x1_0000_0000_0000_0000", 16), int("1" * 30, 2), int(" 99999999999999999999 "))
print(str(10 ** 25), f"{10 ** 25}", "%s" % (10 ** 19), hex(big), oct(-big), bin(2 ** 65 + 1))
print(sum([m, m, m]), sum(range(10 ** 6)) * 10 ** 12, max(big, 1), min(-big, 5), sorted([big, 1, -big, 2.5]))
print(abs(-big), abs(-m - 1), pow(3, 200, 10 ** 9 + 7), pow(big, 2, 1000), big ** 2, big ** 0, (-1) ** big)
print({big: "a", 2 ** 64: "b"}, big in {2 ** 64}, len({2 ** 70, 2 ** 70 + 0}), [big][0] + 1)
print(123456789 ** 5, 99999999999 * 99999999999, -(2 ** 63) - 1, 0xFFFFFFFFFFFFFFFFFF)
acc = 1
for i in range(1, 30):
    acc *= i
print(acc, acc // (2 ** 60), acc % 1000003)
x = 18446744073709551616
x += 1
x -= 2 ** 64
print(x, type(x).__name__, x == 1, bool(big), big * 0, big - big)
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError", e)
try:
    big / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    big % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    10 ** 400 / 1
except OverflowError as e:
    print("OverflowError", e)
try:
    1 << -1
except ValueError as e:
    print("ValueError", e)
try:
    [1][big]
except IndexError as e:
    print("IndexError", e)
