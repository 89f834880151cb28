# Complex numbers as CPython: literals, complex() of numbers and strings, a negative base
# to a fractional power, arithmetic (Smith's division, integral powers by squaring, the
# polar form), abs, hash, ==, repr, isinstance.
print((-8) ** (1/3), pow(-8, 1/3), (-2.5) ** 0.5, (-1) ** 0.5, (-27) ** (2/3))
print(complex(1, 2), abs(3+4j), 1j * 1j, (1+2j).real, (1+2j).imag, (1+2j).conjugate(), complex("1+2j"))
print((2+0j) ** 2, abs(1j), type(1j), 1j == 1j, (1+1j) / (1-1j), 2j, -1j, 0j, -0j, (-0.0 - 1j), 1.5 + 0j)
print(complex(), complex(2), complex(1.5, -2), complex("3j"), complex(" (1-2.5j) "), complex("-1e3+4e-2j"), complex("j"), complex("-j"))
print((1+2j) * 3, 3 * (1+2j), (1+2j) + 1.5, 1 - (1+2j), (1+2j) ** 2, (1+2j) ** -1, (1+2j) ** 0.5, 2 ** (1+1j), (3+4j) / 2)
print(hash(1+0j) == hash(1), hash(1.5+0j) == hash(1.5), {1j: "a"}[1j], 1 + 0j == 1, 2j != 2, bool(0j), bool(1j))
print(hash(1+2j), hash(-1.5-3j), complex(float("inf"), float("nan")), repr(complex(1e20, 1e-5)))
for bad in ["1+", "abc", "1+2", "1 + 2j", ""]:
    try: print(complex(bad))
    except ValueError as e: print("VE", e)
try: (1+2j) < (2+3j)
except TypeError as e: print("TE", e)
try: (1+1j) / 0
except ZeroDivisionError as e: print("ZE", e)
try: 0j ** -1
except ZeroDivisionError as e: print("ZE", e)
try: complex("1", 2)
except TypeError as e: print("TE", e)
z = 1+2j
print(str(z), f"{z}", f"{z!r:>10}", [z], (z,), {"k": z})
print(isinstance(z, complex))
