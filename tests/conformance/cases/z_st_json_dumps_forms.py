# batch: 1
# batches: 2
# json.dumps of records in every form a report needs: indent=2 and indent="\t", separators
# for compact output, sort_keys with nested dicts, ensure_ascii on and off with accents,
# ñ and emoji, float text (0.1+0.2, 1e16, 1e-7, -0.0, 5.0, inf and nan as Infinity/NaN,
# allow_nan=False's error), tuples as lists, non-string keys (int, float, bool, None),
# big ints, and json.loads of floats, big ints and parse_float/object_pairs_hook.
import json
from collections import OrderedDict

data = [[[{"ciudad": "Logroño", "temp": 0.1 + 0.2, "ok": True, "tags": ("a", "ñ")},
          {"ciudad": "Ávila", "temp": -0.0, "extra": None, "n": 10**20}],
         [{"z": {"b": 1, "a": [1.0, 1e16, 1e-7, 5e-324]}, "a": "😀", 1: "int key", 2.5: "float key"}]],
        [[{True: "t", None: "n", "x": float("inf"), "y": float("nan"), "lista": []}]]]
recs = ssc.queueStream(createQUEUERDD(data))
nuevoDStream = recs.map(lambda d: json.dumps(d, sort_keys=all(isinstance(k, str) for k in d)))
nuevoDStream.pprint()
recs.map(lambda d: json.dumps(d, ensure_ascii=False, separators=(",", ":"))).pprint()


def bonito(rdd):
    for d in rdd.collect():
        print(json.dumps(d, indent=2, ensure_ascii=False, default=str))
        print(json.dumps(d, indent="\t"))
        try:
            json.dumps(d, allow_nan=False)
        except ValueError as e:
            print("ValueError:", e)
        s = json.dumps(d)
        back = json.loads(s)
        print(back == d, sorted(map(str, back)), type(back.get("temp", 0)).__name__)
    print(json.loads('[1.5, 12345678901234567890123, 1E400, -1e-400, "\\u00f1\\ud83d\\ude00"]'))
    print(json.loads('{"b": 1, "a": 2, "b": 3}', object_pairs_hook=OrderedDict), json.loads('[0.1, 2]', parse_float=lambda s: "F" + s, parse_int=lambda s: int(s) * 10))


recs.foreachRDD(bonito)
