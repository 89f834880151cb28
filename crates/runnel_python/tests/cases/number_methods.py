# Attributes and methods of int, bool and float, small and big.
for n in [0, 1, 5, -5, 255, 2 ** 62, 2 ** 64, -(2 ** 90) - 1, 10 ** 30, True, False]:
    print(n, n.bit_length(), n.bit_count(), n.real, n.imag, n.numerator, n.denominator,
          n.conjugate(), n.as_integer_ratio(), type(n.real).__name__)
for x in [0.0, -0.0, 1.5, -0.1, 0.3, 1e300, 5e-324, 2.0 ** 60, 123.456]:
    print(x, x.real, x.imag, x.conjugate(), x.as_integer_ratio(), x.is_integer())
f = (7).bit_length
print(f(), (2 ** 70).bit_length(), sum(x.bit_length() for x in range(100)), callable((2 ** 70).bit_length))
bad = [lambda: (5).bit_length(1), lambda: float("nan").as_integer_ratio(), lambda: float("inf").as_integer_ratio(),
       lambda: (3).nope, lambda: (2 ** 80).nope()]
for b in bad:
    try:
        print(b())
    except Exception as e:
        print(type(e).__name__, e)
