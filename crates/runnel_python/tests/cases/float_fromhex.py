# float.fromhex: CPython's reading of hex floats, rounding ties to even, subnormals,
# overflow and the invalid strings; and the round trip of x.hex() on seeded floats.
import random

texts = ["0x1.8p+0", "0x1.999999999999ap-4", "-0x1p-1074", " 0X1.8P+1 ", "inf", "-Infinity",
         "0x.8", "0x1.", "1", "ff", "0x1p1023", "0x1.fffffffffffffp+1023", "0x1p-1075",
         "0x3p-1076", "0x1.00000000000008p0", "0x1.00000000000018p0", "0x1.000000000000080001p0",
         "0x0.0000000000001p-1022", "0x1p-1022", "0x0.fffffffffffff8p-1022", "+0x10p-4",
         "0x1p+0000000000000000000000010", "0x1p-99999999999999999999", "-0x0p0"]
for t in texts:
    print(repr(t), repr(float.fromhex(t)))
for bad in ["", "0x", "0xp1", "1.2.3", "0x1p", "0x1q", "0x1p+-1", "nanx", "0x 1"]:
    try:
        float.fromhex(bad)
    except ValueError as e:
        print(repr(bad), "ValueError", e)
for big in ["0x1p1024", "0x2p1023", "0x1.fffffffffffff8p1023", "-0x1p99999999999999999999"]:
    try:
        float.fromhex(big)
    except OverflowError as e:
        print(repr(big), "OverflowError", e)
r = random.Random(11)
xs = [r.uniform(-1e9, 1e9) for _ in range(30)] + [r.random() * 2.0 ** r.randint(-1074, 1023) for _ in range(30)]
print(all(float.fromhex(x.hex()) == x for x in xs), len(xs))
print(float.fromhex("nan") != float.fromhex("nan"))
