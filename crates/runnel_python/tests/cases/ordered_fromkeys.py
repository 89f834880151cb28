from collections import OrderedDict, Counter
d = OrderedDict.fromkeys("abca")
print(d, type(d).__name__, OrderedDict.fromkeys([1, 2], 0))
d.move_to_end("a")
print(list(d))
try:
    Counter.fromkeys("ab")
except NotImplementedError as e:
    print("NotImplementedError:", e)
print(dict.fromkeys("ab", []))
