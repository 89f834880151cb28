# The collections classes as type objects: reprs of type(x), namedtuple types in __main__,
# issubclass(namedtuple type, tuple), isinstance against deque and ChainMap.
from collections import namedtuple, deque, OrderedDict, defaultdict, Counter, ChainMap
P = namedtuple("P", "x y")
p = P(1, 2)
print(type(p), P, isinstance(p, tuple), issubclass(P, tuple), type(p).__name__, type(p) is P)
print(type(deque()), deque, type(ChainMap()), ChainMap, issubclass(deque, object))
print(repr(OrderedDict), repr(defaultdict), Counter)
print(isinstance(deque(), deque), isinstance([], deque), isinstance(ChainMap(), ChainMap))
