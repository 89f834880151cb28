# json.loads with object_hook, object_pairs_hook, parse_float, parse_int, parse_constant
# and strict=False, and an unknown keyword.
import json
from collections import OrderedDict
from decimal import Decimal

doc = '{"b": 1, "a": {"x": 2.50, "y": [1, 1.5e3, -0]}, "b": 3, "n": NaN, "i": -Infinity}'
print(json.loads(doc))
print(json.loads(doc, object_pairs_hook=OrderedDict))
print(json.loads(doc, object_pairs_hook=lambda pairs: pairs))
print(json.loads(doc, object_hook=lambda d: sorted(d)))
print(json.loads(doc, object_hook=lambda d: "H", object_pairs_hook=lambda p: "P"))
print(json.loads(doc, parse_float=lambda s: "F" + s, parse_int=lambda s: int(s) * 10))
print(json.loads(doc, parse_float=Decimal, parse_constant=lambda c: "C" + c))
print(json.loads("[1, 1.5, -0, 1e5, 2E-2]", parse_int=float, parse_float=str))
print(json.loads('{}', object_hook=lambda d: ("empty", d)), json.loads('[]', object_hook=len))
print(json.loads('"a\tb"', strict=False), json.loads('{"k": "x\ny"}', strict=False))
try:
    json.loads('"a\tb"')
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e)


class Punto:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Punto({self.x}, {self.y})"


def como_punto(d):
    return Punto(d["x"], d["y"]) if set(d) == {"x", "y"} else d


print(json.loads('[{"x": 1, "y": 2}, {"x": 3, "z": 4}, {"p": {"x": 0, "y": -1}}]', object_hook=como_punto))
try:
    json.loads("1", bogus=1)
except TypeError as e:
    print("TypeError:", e)
