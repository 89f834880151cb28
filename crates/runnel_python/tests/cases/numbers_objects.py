# pow with a negative exponent and a modulus (the modular inverse), with big ints and
# negative moduli; divmod of timedeltas and of a class's __divmod__/__rdivmod__.
from datetime import timedelta

M = 10**9 + 7
print(pow(25, -1, M), pow(7, -1, M), pow(3, -2, 7), pow(-3, -1, 7), pow(2**70, -1, 10**30 + 1), pow(3, -1, -7))
print(pow(5, -3, 1), pow(5, -3, -1), pow(12345678901234567890, -1, 2**89 - 1), pow(2, 10, -1000))
for bad in [(2, -1, 4), (0, -1, 5), (10**20, -2, 10**10)]:
    try:
        pow(*bad)
    except ValueError as e:
        print("ValueError:", e)
print(divmod(timedelta(seconds=202.5), timedelta(seconds=50)), divmod(timedelta(days=-1), timedelta(hours=5)))
print(timedelta(seconds=7) % timedelta(seconds=2), timedelta(hours=3) // timedelta(minutes=50))


class A:
    def __divmod__(self, o):
        return ("dm", o)

    def __rdivmod__(self, o):
        return ("rdm", o)


class B:
    def __divmod__(self, o):
        return NotImplemented


print(divmod(A(), 3), divmod(3, A()), type(divmod(B(), A())[1]).__name__)
try:
    divmod(B(), 3)
except TypeError as e:
    print("TypeError:", e)
