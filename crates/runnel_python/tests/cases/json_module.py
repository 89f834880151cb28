import json
from collections import Counter, OrderedDict, namedtuple

rec = {"name": "Zoë", "age": 30, "score": 0.1 + 0.2, "tags": ["a", "b"], "ok": True, "none": None,
       "nested": {"x": [1, 2.5, -3e-7, 1e22, 1e16, 123456789.0], "empty": {}, "list": []}, "t": (1, 2)}
print(json.dumps(rec))
print(json.dumps(rec, ensure_ascii=False))
print(json.dumps(rec, sort_keys=True))
print(json.dumps(rec, indent=2))
print(json.dumps(rec, indent=4, sort_keys=True, ensure_ascii=False))
print(json.dumps(rec, separators=(",", ":")))
print(json.dumps([1, [2, [3, {}]], []], indent=0))
print(json.dumps({"a": 1}, indent="\t"))
print(json.dumps("tab\there \"quoted\" back\\slash \n \x01 \x7f é 😀"))
print(json.dumps("é 😀", ensure_ascii=False))
print(json.dumps({1: "int", 2.5: "float", True: "bool", None: "null"}))
print(json.dumps([float("inf"), float("-inf"), float("nan")]))
print(json.dumps(Counter("hello")), json.dumps(OrderedDict(b=1, a=2)))
P = namedtuple("P", "x y")
print(json.dumps({"p": P(1, 2)}))
print(json.dumps({"c": {1, 2}} if False else {"when": "now"}, default=str))
print(json.dumps([{1, 2}], default=sorted))
print(json.dumps(3), json.dumps("s"), json.dumps(None), json.dumps(2.0), json.dumps(-0.0), json.dumps(1e-5))
print(json.dumps({"b": 1, "a": {"d": 2, "c": 3}}, sort_keys=True, indent=1))
for bad in [lambda: json.dumps({(1, 2): 3}), lambda: json.dumps({1, 2}), lambda: json.dumps([float("nan")], allow_nan=False),
            lambda: json.dumps({"b": 1, 2: 3}, sort_keys=True)]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(json.dumps({(1, 2): 3, "k": 4}, skipkeys=True))
circ = []
circ.append(circ)
try:
    json.dumps(circ)
except ValueError as e:
    print("ValueError", e)

doc = '{"a": [1, 2.5, -3, 1e3, true, false, null], "b": {"c": "d\\u00e9\\n\\ud83d\\ude00"}, "e": "", "f": -0.0, "g": 1E-2}'
v = json.loads(doc)
print(v, type(v["a"][1]).__name__, type(v["a"][3]).__name__)
print(json.loads("  [ ]  "), json.loads("{}"), json.loads('"x"'), json.loads("3"), json.loads("NaN"), json.loads("-Infinity"))
print(json.loads(json.dumps(rec)) == json.loads(json.dumps(rec, indent=2)))
print(json.loads('{"a": 1, "a": 2}'))
for bad in ["", "[1,]", "{'a': 1}", '{"a" 1}', "[1 2]", "tru", '"abc', "[1] x", '"a\\qb"', "\n\n  @"]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), "JSONDecodeError", e)
try:
    json.loads("{")
except ValueError as e:
    print("ValueError", e)
from datetime import datetime, timedelta
for bad in [datetime(2024, 1, 2), timedelta(1)]:
    try:
        json.dumps({"t": bad})
    except TypeError as e:
        print("TypeError", e)
print(json.dumps({"t": datetime(2024, 1, 2, 3, 4, 5)}, default=str))
