def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
import json
for s in ['1e400', '-0', '-0.0', '1E5', '0.1', '12345678901234567890', '1.0', '[1, 2.50, "x"]', '{"a": null, "b": true}', '"\\u00e9\\ud83d\\ude00"', 'NaN', '-Infinity', '  [ ]  ', '{"a":1,"a":2}']:
    t(lambda: json.loads(s))
for s in ['[1,]', '{"a" 1}', '', '[1] x', '{"a":1', "{'a': 1}", '"abc', 'tru', '[1,\n 2,\n ]', '01', '{"a": 1,}', '"\\x"', '\n\n  @']:
    t(lambda: json.loads(s))
t(lambda: json.dumps({"b": [1, 2.0, None], "a": {"c": True}}, sort_keys=True, indent=2))
t(lambda: json.dumps([1, {"x": "é"}], ensure_ascii=False))
t(lambda: json.dumps("é😀\n\t\"\\"))
t(lambda: json.dumps([float("nan"), float("inf"), -float("inf"), 1e16, 1.5e-7, 0.1 + 0.2]))
t(lambda: json.dumps([float("nan")], allow_nan=False))
t(lambda: json.dumps({1: "a", 2.5: "b", True: "c", None: "d"}))
t(lambda: json.dumps({(1, 2): "a"}))
t(lambda: json.dumps({"a": 1}, separators=(",", ":")))
t(lambda: json.dumps([1, [2, [3]]], indent="\t"))
t(lambda: json.dumps([], indent=2))
t(lambda: json.dumps({}, indent=2))
t(lambda: json.dumps({"s": {1, 2}}))
t(lambda: json.dumps({"s": {1, 2}}, default=sorted))
t(lambda: json.dumps(2**70))
t(lambda: json.dumps((1, 2)))
t(lambda: json.loads('{"a": 1.5}', parse_float=str))
t(lambda: json.loads('[1, 2]', parse_int=float))
t(lambda: json.loads('{"a": [1]}', object_hook=lambda d: sorted(d.items())))
t(lambda: json.loads('{"b":1, "a":2}', object_pairs_hook=lambda p: p))
t(lambda: json.JSONDecodeError.__mro__[1].__name__)
try:
    json.loads('{"a": }')
except json.JSONDecodeError as e:
    print(e.msg, e.lineno, e.colno, e.pos)
