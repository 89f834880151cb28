# A caught KeyError's args hold the missing key itself (str(e) is its repr).
from collections import OrderedDict
d = {"a": 1}
keys = ["zzz", 3, (1, "x"), None, 2.5, "it's", 'say "hi"', frozenset(), "ñ"]
for k in keys:
    try:
        d[k]
    except KeyError as e:
        print(type(e).__name__, "|", e, "|", repr(e), "|", e.args, "|", e.args[0] == k, type(e.args[0]).__name__)
for f in (lambda: d.pop("nope"), lambda: {1}.remove(2), lambda: OrderedDict().pop("q"), lambda: d.__getitem__(7), lambda: dict.__getitem__(d, 8)):
    try:
        f()
    except KeyError as e:
        print(repr(e), e.args, str(e))
try:
    del d["gone"]
except KeyError as e:
    print(e.args, e)
try:
    {}.popitem()
except KeyError as e:
    print(e.args, repr(e))
try:
    raise KeyError("hand", 2)
except KeyError as e:
    print(e.args, e, repr(e))
try:
    try:
        d["x"]
    except KeyError as e:
        raise ValueError("wrapped") from e
except ValueError as e:
    print(e, repr(e.__cause__), e.__cause__.args)
