# copy.copy and copy.deepcopy of lists, dicts, shared and cyclic structures, instances, collections, functions.
import copy
a = [[1], [2]]
b = copy.deepcopy(a)
c = copy.copy(a)
b[0].append(9)
c[1].append(8)
print(a, b, c, c is a, c[0] is a[0], b[0] is a[0])
shared = [1]
d = {"x": shared, "y": shared, "t": (shared, 2)}
e = copy.deepcopy(d)
e["x"].append(2)
print(d, e, e["x"] is e["y"], e["t"][0] is e["x"])
cyc = [1]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[1] is cc, cc[0])


class P:
    def __init__(self, pts):
        self.pts = pts

    def __repr__(self):
        return "P(%r)" % (self.pts,)


p = P([1, 2])
q = copy.copy(p)
r = copy.deepcopy(p)
q.pts.append(3)
r.pts.append(4)
print(p, q, r, type(r).__name__, isinstance(r, P), q is p)
from collections import Counter, defaultdict
cnt = Counter("aab")
print(copy.copy(cnt), copy.deepcopy(cnt), copy.deepcopy(defaultdict(list, {"k": [1]})), copy.copy({1, 2}), copy.copy((1, [2])), copy.deepcopy("s"))
f = lambda x: x + 1
print(copy.deepcopy([f])[0](1), copy.copy(5), copy.deepcopy(2 ** 80))
