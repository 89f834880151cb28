# Builtins and small module gaps found by course-style programs: zip(strict=True),
# ascii(), range attributes and methods, builtin __name__, globals().get/setdefault,
# string.octdigits/printable, namedtuple._make/_field_defaults, datetime.fromisoformat
# and isoformat(sep, timespec).
import string
import functools
import json
from collections import namedtuple
from datetime import datetime

print(list(zip("ab", [1, 2], strict=True)), list(zip(strict=True)))
for args in [("ab", [1]), ([1], "ab"), ("ab", "ab", "a"), ("a", "ab", "ab")]:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print("ValueError", e)
print(ascii("é ☃ 😀 x"), ascii(["ñ", 1]), ascii("plain"))
r = range(2, 20, 3)
print(r.start, r.stop, r.step, r.index(8), r.count(8), r.count(9), range(5).index(0), range(10, 0, -2).index(4))
try:
    r.index(9)
except ValueError as e:
    print("ValueError", e)
print(print.__name__, len.__name__, functools.reduce.__name__, json.dumps.__name__, sorted.__name__)
x = 1
print(globals().get("x"), globals().get("nope", "d"), globals().setdefault("y", 5), y, globals().setdefault("x", 9))
print(string.octdigits, repr(string.printable))
P = namedtuple("P", "a b c", defaults=[0, 1])
print(P._make([1, 2, 3]), P._make(range(3)), P._field_defaults, namedtuple("Q", "u")._field_defaults)
try:
    P._make([1])
except TypeError as e:
    print("TypeError", e)
for s in ["2024-03-04T05:06:07", "2024-03-04", "2024-03-04 05:06", "2024-03-04T05:06:07.123",
          "2024-03-04T05:06:07.123456", "2024-03-04T05", "2024-13-01", "x"]:
    try:
        d = datetime.fromisoformat(s)
        print(repr(d), d.isoformat(), d.isoformat(" "), d.isoformat(timespec="minutes"),
              d.isoformat(timespec="milliseconds"), d.isoformat(sep="_", timespec="hours"))
    except ValueError as e:
        print("ValueError", e)
