# json.JSONEncoder / JSONDecoder subclasses, cls=, dump/load through io.StringIO.
import json
import io
from datetime import date, datetime
from decimal import Decimal

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

class MyEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {"x": o.x, "y": o.y}
        if isinstance(o, (date, datetime)):
            return o.isoformat()
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)

data = {"p": Point(1, 2), "when": date(2024, 5, 17), "tags": {"b", "a"}, "n": [1.5, None, True]}
print(json.dumps(data, cls=MyEncoder))
print(json.dumps(data, cls=MyEncoder, indent=2, sort_keys=True))
print(MyEncoder(indent=2).encode([Point(0, 0)]))
print(MyEncoder(separators=(",", ":")).encode({"a": [1, 2]}))
print("".join(MyEncoder().iterencode({"k": Point(3, 4)})))
enc = MyEncoder(sort_keys=True)
print(enc.encode({"b": 1, "a": 2}), enc.sort_keys, enc.indent, enc.item_separator, enc.key_separator)
print(isinstance(enc, json.JSONEncoder), MyEncoder.__mro__[1], json.JSONEncoder, MyEncoder.__module__)
try:
    json.dumps({"d": Decimal("1.5")}, cls=MyEncoder)
except TypeError as e:
    print("TypeError:", e)
try:
    json.JSONEncoder().encode(object)
except TypeError as e:
    print("TypeError:", e)

class DecimalEncoder(json.JSONEncoder):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("indent", 1)
        super().__init__(*args, **kwargs)

    def default(self, o):
        if isinstance(o, Decimal):
            return float(o)
        return json.JSONEncoder.default(self, o)

print(json.dumps({"price": Decimal("9.99")}, cls=DecimalEncoder))
print(json.dumps([Point(1, 1)], default=lambda o: o.__dict__))

plain = json.JSONEncoder(ensure_ascii=False, allow_nan=True)
print(plain.encode({"name": "Zoë", "v": float("inf")}), plain.encode("é"), json.JSONEncoder().encode("é"))

buf = io.StringIO()
json.dump({"a": [1, 2, {"b": None}]}, buf, indent=1)
print(buf.getvalue())
buf = io.StringIO()
json.dump(data, buf, cls=MyEncoder, sort_keys=True)
buf.seek(0)
print(json.load(buf))
print(json.load(io.StringIO('{"x": 1.25, "y": [2, 3]}'), parse_float=str))

class PointDecoder(json.JSONDecoder):
    def __init__(self, **kwargs):
        super().__init__(object_hook=self.hook, **kwargs)

    def hook(self, d):
        if set(d) == {"x", "y"}:
            return ("Point", d["x"], d["y"])
        return d

print(json.loads('[{"x": 1, "y": 2}, {"z": 3}]', cls=PointDecoder))
print(PointDecoder().decode('{"x": 5, "y": 6}'))
dec = json.JSONDecoder(parse_int=lambda s: int(s) * 10, object_pairs_hook=list)
print(dec.decode('{"a": 1, "b": [2, 3.5]}'), dec.strict, dec.parse_float, dec.object_hook)
print(json.JSONDecoder().raw_decode('[1, 2] tail'), json.JSONDecoder().raw_decode('xx{"a": 1}yy', 2))
for bad in [lambda: json.JSONDecoder().decode("[1] x"), lambda: json.JSONDecoder().raw_decode(" 1"),
            lambda: json.JSONDecoder(foo=1), lambda: json.JSONEncoder(foo=1), lambda: json.JSONEncoder(1)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
