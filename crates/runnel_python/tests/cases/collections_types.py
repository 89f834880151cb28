# The collections classes as types: type(), isinstance, issubclass, __name__, Counters
# compared as multisets inside containers, ChainMap.
from collections import Counter, OrderedDict, defaultdict, deque, namedtuple, ChainMap
import collections

c = Counter("abca")
print(type(c), type(c) is Counter, isinstance(c, Counter), isinstance(c, dict), isinstance({}, Counter))
print(type(OrderedDict()), type(defaultdict(int)).__name__, isinstance(defaultdict(list), defaultdict), isinstance(OrderedDict(), Counter))
print(issubclass(Counter, dict), issubclass(dict, Counter), issubclass(OrderedDict, OrderedDict), Counter.__name__, collections.Counter is Counter)
print(type(c) == dict, type({}) == dict, type(deque()), type(namedtuple("P", "x")(1)).__name__)
print([Counter(a=1)] == [Counter(a=1, b=0)], (Counter(a=1),) == (Counter(),), {"k": Counter(x=2)} == {"k": Counter(x=2, y=0)})
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) == {"a": 1, "b": 0}, [Counter(a=1)] == [{"a": 1, "b": 0}])
kinds = [type(x).__name__ for x in [Counter(), OrderedDict(), defaultdict(int), {}]]
print(kinds, Counter("xyz").most_common(1)[0][1], defaultdict(int, a=1)["b"])

base = {"color": "red", "user": "guest"}
over = {"user": "admin"}
cm = ChainMap(over, base)
print(cm["user"], cm["color"], len(cm), sorted(cm), "color" in cm, "x" in cm, cm.get("x", 0))
print(cm, dict(cm), list(cm.keys()), list(cm.items()), list(cm.values()))
cm["new"] = 1
del cm["user"]
print(over, base, cm.maps == [over, base], cm["user"])
child = cm.new_child({"z": 26})
print(child["z"], child.parents == cm, len(child.maps), child, ChainMap())
try:
    del cm["color"]
except KeyError as e:
    print("KeyError", e)
try:
    cm["missing"]
except KeyError as e:
    print("KeyError", e)
print(isinstance(cm, ChainMap), type(cm).__name__, cm.pop("new"), cm.pop("q", None), bool(ChainMap()), bool(cm))
