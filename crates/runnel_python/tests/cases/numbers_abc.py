# numbers: the numeric tower as isinstance/issubclass targets, as a PySpark function
# validating its records uses it.
import numbers
from numbers import Number, Integral, Real
from fractions import Fraction
from decimal import Decimal

values = [1, True, 2.5, 1j, Fraction(1, 3), Decimal("1.5"), 10**30, "7", None, [1]]
for v in values:
    print(repr(v), [isinstance(v, c) for c in (numbers.Number, numbers.Complex, numbers.Real,
                                                 numbers.Rational, numbers.Integral)])
print(issubclass(int, Integral), issubclass(float, Integral), issubclass(bool, Number), issubclass(float, Real))
print(numbers.Number, Integral, issubclass(Integral, Real), issubclass(Real, Integral))

def clean(record):
    return [x for x in record if isinstance(x, Number) and not isinstance(x, bool)]

print(clean([3, "a", 2.5, None, False, Fraction(1, 2)]))

class Celsius(Number):
    def __init__(self, v):
        self.v = v

print(isinstance(Celsius(3), Number), isinstance(Celsius(3), Real))
try:
    class Half(Real):
        pass
    Half()
except TypeError as e:
    print("TypeError:", str(e).split(" with")[0])
