# The format mini-language over ints, big ints, bools, floats, None, str and __format__;
# printf-style, str.format and f-string conversions (!a escapes as ascii()).
vals = [0, 1, -1, 42, 255, -255, 123456789, 2**70, -2**70, True, False]
specs = ["", "d", "5d", "<5d", "^7d", ">+6d", "+d", " d", "-d", "05d", "x", "X", "#x", "#X", "o", "#o", "b", "#b", "#010b", ",", "_", "_x", "_b", ",d", "010,", "e", "E", ".2e", "f", ".3f", "g", "G", "%", ".1%", "n", "c", "=+8d", "*^9,", "0=8d"]
for v in vals:
    row = []
    for s in specs:
        try: row.append(format(v, s))
        except (ValueError, OverflowError, TypeError) as e: row.append("E:" + str(e))
    print(v, row)
fl = [0.0, -0.0, 1.5, -2.25, 3.14159265, 1e16, 1.23e-7, 123456.789, float("inf"), float("-inf"), float("nan"), 2.5, 1e100]
fspecs = ["", "f", ".0f", ".2f", "10.3f", "<10.2f", "^12.1e", "+.3g", "g", ".10g", "G", "e", "E", "%", ".0%", "#.0f", "#g", "n", ",.2f", "_.3f", "012.3f", "+012.2f", "=+12.2f", "x", "d", ".3", "r", "z.1f", "#.3g", ".0e", "#.0e", "10", "<10", "5.1"]
for v in fl:
    row = []
    for s in fspecs:
        try: row.append(format(v, s))
        except (ValueError, TypeError) as e: row.append("E:" + str(e))
    print(v, row)
for s in ["", "10", "<10", "^10", ">10", "*^11", ".2", "10.3", "s", "d", "=10", "+", "05"]:
    try: print(repr(format("héllo", s)))
    except ValueError as e: print("E", e)
print(format(None, ""), f"{None!r:>8}", f"{None}")
try: format(None, "d")
except TypeError as e: print("TE", e)
try: format(None, ">5")
except TypeError as e: print("TE", e)
class Money:
    def __init__(self, v): self.v = v
    def __format__(self, spec):
        if spec == "": return str(self.v)
        return f"${self.v:{spec}}"
print(f"{Money(3.5):.2f} {Money(2)} {Money(10):>6}", format(Money(1), "x"))
class Plain: pass
try: f"{Plain():>10}"
except TypeError as e: print("TE", e)
print("%5.2f|%-6d|%x|%o|%e|%g|%s|%r|%c|%%|%+d|%05.1f|%#x|%i" % (3.14159, 42, 255, 8, 12345.678, 0.00001234, "s", "r", 65, 7, 2.25, 255, 3))
print("%(a)s-%(b)05d" % {"a": "x", "b": 42})
print("{0}{1}{0}".format("a", "b"), "{:>{w}}".format("r", w=5), "{x[0]}{y.real}".format(x=[9], y=3), "{!r:^9}".format("q"))
print(f"{3.0:g} {1e-5:g} {123456789.0:g} {0.0001:.3} {1.0:.0} {12:.3}" if False else f"{3.0:g} {1e-5:g} {123456789.0:g} {0.0001:.3} {1.0} {100.0:.3}")
print(f"{1234567.891:,.2f} {-0.5:.0f} {1.5:.0f} {2.5:.0f} {0.125:.2f} {1e22:f} {1/3:.20f}")
print(f"{12345:e} {10**30:e} {10**30:.3g} {2**64:,} {-(10**25):_}")
print("{:,}".format(1234.5), "{:_}".format(1234567.125), "{:%}".format(0.5), "{:.2%}".format(1/3))
try: print("{:,x}".format(255))
except ValueError as e: print("VE", e)
try: print("{:=s}".format("a"))
except ValueError as e: print("VE", e)
try: print("{:c}".format(-1))
except (ValueError, OverflowError) as e: print(type(e).__name__, e)
try: print("{:.2d}".format(5))
except ValueError as e: print("VE", e)
try: print("{:#s}".format("x"))
except ValueError as e: print("VE", e)
print(f"{'abc'!a} {'é'!a} {'é'!r} {5!s:>3}")
print(f"{3.5:=^10.2f}|{-3:^+6}|{'x':-<4}")
print(format(True, ""), format(True, "d"), format(True, ">5"), format(True, "f"), f"{True!s:>6}", format(False, "x"))
print(format(1.0, "n"), format(1234567, "n"), format(12.5, "n"))
