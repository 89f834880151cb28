# Every cmath function on every pair of special parts (C99 Annex G's tables as CPython
# has them), with the errors CPython raises.
import cmath

inf, nan = float("inf"), float("nan")
parts = [-inf, -2.5, -0.0, 0.0, 2.5, inf, nan]
names = ["sqrt", "exp", "log", "log10", "sin", "cos", "tan", "sinh", "cosh", "tanh",
         "asin", "acos", "atan", "asinh", "acosh", "atanh"]
for name in names:
    f = getattr(cmath, name)
    row = []
    for re in parts:
        for im in parts:
            try:
                row.append(repr(f(complex(re, im))))
            except (ValueError, OverflowError) as e:
                row.append(type(e).__name__)
    print(name, " ".join(row))
for r in parts:
    row = []
    for phi in parts:
        try:
            row.append(repr(cmath.rect(r, phi)))
        except ValueError as e:
            row.append(str(e))
    print("rect", " ".join(row))
for re in parts:
    print("phase/polar", [cmath.phase(complex(re, im)) for im in parts],
          [cmath.polar(complex(re, im)) for im in parts])
