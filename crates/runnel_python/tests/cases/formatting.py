vals = [0, 1, -1, 42, 3.14159, -2.5, 1234567.891, 0.000123, 100.0, True]
for spec in ["", ">8", "<8", "^8", "+", "08.3f", ".2f", ".0f", ".3e", ".3g", "g", ",", "_", ".1%", "*^10"]:
    row = []
    for v in vals:
        try:
            row.append(format(v, spec))
        except (ValueError, TypeError) as e:
            row.append("E:" + str(e))
    print(repr(spec), row)
for spec in ["d", "5d", "x", "X", "#x", "o", "b", "#b", "c", "n"]:
    print(spec, [format(v, spec) for v in [0, 7, 255, 65]])
for s in ["abc", "", "ñu"]:
    print([format(s, spec) for spec in ["", "5", ">5", "^6", ".2", "-<4"]])
print("%s|%r|%d|%i|%f|%.1f|%e|%g|%x|%o|%c|%%" % ("a", "a", 3, 4, 1.5, 2.25, 12345.6789, 0.00001234, 255, 8, 65))
print("%5d|%-5d|%05d|%+d|% d|%5.2f|%-8.3f|%+.1e" % (42, 42, 42, 42, 42, 3.14159, 2.5, 1234.5))
print("%(name)s has %(n)d" % {"name": "Ana", "n": 3})
print("%s" % [1, 2], "%s" % (("tupla",),), "%.3s" % "abcdef", "%10s|" % "x", "%-10s|" % "x")
x = 7.0
print(f"{x}", f"{x:.2f}", f"{x!r:>6}", f"{'s'!s:5}|", f"{10:{'>'}{5}}", f"{x:{'.'}{2}f}")
width = 6
print(f"{'n':{width}}|", f"{3.14159:{width}.{2}f}|", f"{[1, 2]!s}", f"{{}}", f"{x:g}", f"{1e-7:g}")
print("{0:>{1}}".format("r", 4), "{:{}}".format("w", 3), "{0!r:^9}".format("q"), "{a[0]} {b[k]}".format(a=[1], b={"k": 2}))
print(str(1.0), str(-0.5), str(1/3), str(123.456), repr(0.1), str(100.0), str(1e5))
print(round(1.23456, 3), round(-0.5), round(0.5), round(1.5), round(2.5, 0), round(1e-3, 2))
print(int(-3.9), int("0x1f", 16), int("0b101", 0), int("1_000"), float("1_0.5"), float("-.5"), float("+1E2"))
