# batch: 1
# batches: 2
# JSON events fed as text: json.loads of nested records, bad records caught as
# json.JSONDecodeError (msg, pos), dumps with default= for sets and a class, sort_keys,
# indent, separators, ensure_ascii=False with accents and emoji, and floats round-tripped.
import json


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


def encode(o):
    if isinstance(o, set):
        return sorted(o)
    if isinstance(o, Point):
        return {"x": o.x, "y": o.y}
    raise TypeError(f"cannot encode {type(o).__name__}")


def parse(text):
    try:
        ev = json.loads(text)
    except json.JSONDecodeError as e:
        return ("bad", e.msg, e.pos, e.lineno)
    if not isinstance(ev, dict):
        return ("not an object", type(ev).__name__, json.dumps(ev))
    tags = set(ev.get("tags", []))
    ev["tags"] = tags
    ev["where"] = Point(*ev.pop("xy", [0, 0]))
    return ("ok", json.dumps(ev, default=encode, sort_keys=True))


def pretty(text):
    ev = json.loads(text)
    return json.dumps(ev, indent=2, ensure_ascii=False) if isinstance(ev, dict) else json.dumps(ev, separators=(",", ":"))


data = [[['{"user": "Zoë", "tags": ["b", "a", "b"], "xy": [1.5, -2]}', '{"n": 1e3, "f": 0.1, "big": 12345678901234567890}'],
         ['{"bad": ', '[1, 2.50, null, true, "ñ", {"k": []}]']],
        [['{"user": "李", "emoji": "🙂", "nested": {"a": {"b": [1, {"c": false}]}}}', '"just a string"']]]
events = ssc.queueStream(createQUEUERDD(data))
nuevoDStream = events.map(parse)
nuevoDStream.pprint()
events.filter(lambda t: not t.startswith('{"bad')).map(pretty).pprint()
events.filter(lambda t: "user" in t).map(lambda t: (json.loads(t)["user"], json.dumps(json.loads(t)["user"]), json.dumps({"u": json.loads(t)["user"]}, ensure_ascii=False))).pprint()


def fail(rdd):
    try:
        json.dumps({"p": Point(1, 2)})
    except TypeError as e:
        print("TypeError:", e)
    try:
        json.dumps({"s": {1}}, default=encode)
        json.dumps([Point], default=encode)
    except TypeError as e:
        print("TypeError:", e)
    print(json.dumps({(1, 2): 3} if False else {1: "a", 2.5: "b", None: "c", True: "d"}))


events.foreachRDD(fail)
