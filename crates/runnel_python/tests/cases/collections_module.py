from collections import Counter, defaultdict, OrderedDict, deque, namedtuple
import collections

words = "the cat and the dog and the bird".split()
c = Counter(words)
print(c)
print(c["the"], c["zebra"], "zebra" in c, len(c))
print(c.most_common(2), c.most_common())
c["zebra"] += 2
c.update(["cat", "cat"])
c.update({"dog": 5})
print(c)
c.subtract(["the", "the", "the", "the"])
print(c, c.total())
print(sorted(c.elements()))
print(Counter("mississippi"), Counter(a=3, b=1), Counter({"x": 2}), Counter())
a, b = Counter(a=3, b=1, c=0), Counter(a=1, b=2, d=4)
print(a + b, a - b, a | b, a & b)
print(dict(c) == c, sorted(c.items()), list(c.keys())[:3], sum(c.values()))
print(Counter(words) == Counter(reversed(words)))
cc = c.copy()
cc["new"] = 1
print("new" in c, "new" in cc, cc)
print(Counter(x % 3 for x in range(10)).most_common(1))

d = defaultdict(list)
for w in words:
    d[len(w)].append(w)
print(d)
print(d[3], d.get(9), 9 in d, dict(d))
dd = defaultdict(int)
for ch in "hello world":
    dd[ch] += 1
print(dd, sorted(dd.items(), key=lambda kv: -kv[1])[:3])
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["b"] += 1
print(nested["a"]["b"], len(nested))
print(defaultdict(set, {"k": {1}}), defaultdict(None))
try:
    defaultdict(None)["missing"]
except KeyError as e:
    print("KeyError", e)

od = OrderedDict()
od["b"] = 2
od["a"] = 1
od["c"] = 3
print(od, list(od))
od.move_to_end("b")
print(od)
od.move_to_end("c", last=False)
print(od, od.popitem(), od.popitem(last=False), od)
print(OrderedDict([("x", 1), ("y", 2)]), OrderedDict())

q = deque([1, 2, 3])
q.append(4)
q.appendleft(0)
print(q, len(q), q[0], q[-1], 2 in q)
print(q.pop(), q.popleft(), q)
q.rotate(1)
print(q)
q.rotate(-2)
print(q)
q.extend([7, 8])
q.extendleft([9, 10])
print(q, list(q), q.count(7), q.index(8))
w = deque(maxlen=3)
for i in range(6):
    w.append(i)
print(w, w.maxlen, list(w), sum(w))
empty = deque()
print(bool(empty), bool(q), deque("abc"), deque([1, 2]) == deque([1, 2]))
bfs = deque([1])
seen = []
while bfs:
    n = bfs.popleft()
    seen.append(n)
    if n < 8:
        bfs.extend([n * 2, n * 2 + 1])
print(seen)
try:
    deque().pop()
except IndexError as e:
    print("IndexError", e)

Point = namedtuple("Point", ["x", "y"])
p = Point(1, y=2)
print(p, p.x, p.y, p[0], p[1], Point._fields, p._fields)
x, y = p
print(x, y, list(p), len(p), p._asdict(), p._replace(x=10))
print(p == Point(1, 2), p == Point(2, 1), hash(p) == hash((1, 2)))
Emp = namedtuple("Emp", "name, age dept", defaults=["none"])
e = Emp("ann", 30)
print(e, e.dept, Emp("bob", 40, "it"))
counts = {Point(0, 0): 1}
counts[Point(0, 0)] += 1
print(counts)
for bad in [lambda: Point(1), lambda: Point(1, 2, 3), lambda: namedtuple("T", ["a", "a"]), lambda: namedtuple("T", ["_a"]), lambda: Emp()]:
    try:
        bad()
    except (TypeError, ValueError) as ex:
        print(type(ex).__name__, ex)
pts = [Point(2, 1), Point(1, 5), Point(1, 2)]
print(sorted(pts), max(pts), Point(1, 2) < Point(1, 3), Point(1, 2) == (1, 2), (1, 2) == Point(1, 2), Point(3, 4) > (3, 3))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {"b": 2, "a": 1}, OrderedDict(a=1) == OrderedDict(a=1))
