# json with ints beyond 64 bits, both ways.
import json

big = [2 ** 64, -(2 ** 70), 10 ** 30 + 1, 2 ** 63 - 1, -(2 ** 63)]
text = json.dumps(big)
print(text)
print(json.loads(text) == big, json.loads(text))
print(json.dumps({10 ** 20: "key", "v": 3 ** 50}, sort_keys=False))
print(json.dumps({"n": 2 ** 100}, indent=2))
print(json.loads('{"a": 123456789012345678901234567890, "b": -1}'))
