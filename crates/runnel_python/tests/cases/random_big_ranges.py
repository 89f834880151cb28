# randrange/randint/seed/getrandbits with ints beyond 64 bits, and seeds of bytes, as CPython draws them.
import random
r = random.Random(5)
print([r.randrange(10 ** 20) for _ in range(3)], r.randint(-(2 ** 70), 2 ** 70), r.randrange(2 ** 64, 2 ** 65, 7))
print(r.randrange(10 ** 30, -(10 ** 30), -3), r.randrange(2 ** 63 - 5, 2 ** 63 + 5))
print(r.randint(1, 6), r.randrange(0, 2 ** 62 * 3), r.random())
random.seed(2 ** 100)
print(random.randrange(3 ** 50), random.getrandbits(100))
try:
    r.randrange(10 ** 20, 10 ** 20)
except ValueError as e:
    print("ValueError", e)
random.seed(b"bytes seed")
print(random.random(), random.randrange(10 ** 25))
random.seed(bytearray(b"ab"))
print(random.random())
