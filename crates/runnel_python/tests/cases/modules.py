import math
import operator as op
from operator import add, itemgetter
from math import sqrt, pi
import datetime
from datetime import datetime as dt
print(math.sqrt(16), math.floor(2.7), math.ceil(2.1), math.log(math.e), math.log10(1000), math.exp(0))
print(math.pow(2, 3), math.fabs(-3), round(math.pi, 4), math.isnan(math.nan), math.isinf(math.inf), math.log(8, 2))
print(sqrt(2), pi, add(2, 3), op.mul(4, 5), op.sub(1, 2), op.truediv(1, 4), op.floordiv(7, 2), op.mod(7, 3))
print(op.neg(3), op.not_(0), op.eq(1, 1), op.lt(1, 2), op.gt(1, 2), op.pow(2, 5))
print(itemgetter(1)([5, 6, 7]), itemgetter(0, 2)("abc"), sorted([(1, "b"), (0, "a")], key=itemgetter(1)))
d = dt(2024, 3, 5, 14, 7, 9)
print(d, repr(d), d.year, d.month, d.day, d.hour, d.minute, d.second, d.microsecond)
print(d.strftime("%Y-%m-%d %H:%M:%S"), d.strftime("%d/%m/%y %A %B"), isinstance(d, dt))
print(datetime.datetime(2020, 1, 1))
print(float("-Inf"), float(" 3.5 "), float("1e3"), int("  42 "), int("-7"), int(3.9), int("ff", 16), int(True))
print(round(2.5), round(3.5), round(2.675, 2), round(-1.5), round(1234, -2), round(0.125, 2), round(7.0, 1))
print(abs(-3), abs(-2.5), divmod(7, 2), divmod(-7, 2), pow(2, 10), pow(3, 4, 5), hash(1), hash("a") == hash("a"))
print(format(3.14159, ".2f"), format(42, "08b"), format("x", "^5"), format(1234.5, ",.1f"), format(0.25, "%"))
print(str(True), bool(""), bool([0]), list("abc"), tuple([1, 2]), set([1, 1]), float(2), str(None))
