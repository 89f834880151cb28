# == of containers that hold themselves raises RecursionError (CPython's "in comparison");
# items are compared by identity first; an __eq__'s exception propagates from any depth.
a = [1]; a.append(a)
b = [1]; b.append(b)
print(a, a == a, a in [a], [a].count(a), [0, a].index(a))
try:
    print(a == b)
except RecursionError as e:
    print("RE", e)
try:
    print(a != b)
except RecursionError as e:
    print("RE", e)
d = {}; d["self"] = d
e = {}; e["self"] = e
print(d, d == d)
try:
    print(d == e)
except RecursionError as e:
    print("RE", e)
from dataclasses import dataclass
@dataclass
class Node:
    val: int
    nxt: object = None
n1 = Node(1); n1.nxt = n1
n2 = Node(1); n2.nxt = n2
try:
    print(n1 == n2)
except RecursionError as e:
    print("RE", e)
class Boom:
    def __eq__(self, other):
        raise ValueError("boom")
    __hash__ = object.__hash__
tests = [("Boom() == 1", lambda: Boom() == 1), ("[Boom()] == [1]", lambda: [Boom()] == [1]),
         ("(1, Boom()) == (1, 2)", lambda: (1, Boom()) == (1, 2)), ("Boom() in [1, 2]", lambda: Boom() in [1, 2]),
         ("[1, Boom()].index(3)", lambda: [1, Boom()].index(3)), ("[Boom()].count(0)", lambda: [Boom()].count(0)),
         ("{'k': Boom()} == {'k': 1}", lambda: {'k': Boom()} == {'k': 1}), ("[Boom()] != [1]", lambda: [Boom()] != [1])]
for text, test in tests:
    try:
        print(text, test())
    except ValueError as e:
        print(text, "ValueError", e)
bm = Boom()
print([bm] == [bm], bm in [bm], (bm,).index(bm), [bm].count(bm))
class Never:
    def __eq__(self, other):
        return False
    __hash__ = object.__hash__
nv = Never()
print(nv == nv, [nv] == [nv], nv in [nv], {"k": nv} == {"k": nv})
deep = []
cur = deep
for _ in range(2000):
    cur.append([])
    cur = cur[0]
deep2 = []
cur = deep2
for _ in range(2000):
    cur.append([])
    cur = cur[0]
try:
    print(deep == deep2)
except RecursionError as e:
    print("RE", e)
