def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
zs = [1+2j, 1.5-2j, 2j, -2j, complex(-0.0, 1), 0j, complex(1e20, -1e-7), complex(float("inf"), float("nan")), 3.14159+2.71828j, -1-1j, 1234567.891+0.5j]
for z in zs:
    for spec in ["", "20", "<20", "^21", "*>18", "+", " ", "-", ".2", ".3f", "+.2f", "e", ".2E", "g", "G", ".3g", "n", "f", "F", ",.2f", "_f", "#g", "#.0f", ">30.1e", "x^25", "0", "010.2f", "=20", "%", "d", ".1%"]:
        t(lambda: format(z, spec))
t(lambda: f"{3+4j:.2f} {1j!r:>8} {complex(1, -1):^12}")
t(lambda: "{:+.1f}".format(0.5 - 0.25j))
t(lambda: "%s %r" % (1+1j, 2j))
