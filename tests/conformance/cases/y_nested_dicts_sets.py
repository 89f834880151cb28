# batch: 1
# batches: 2
# Nested defaultdicts built in mapPartitions, dict merging with | and **, setdefault,
# dict/set comprehensions, frozensets as reduceByKey keys, set algebra and sorted reprs.
from collections import defaultdict


def index(lines):
    idx = defaultdict(lambda: defaultdict(int))
    for line in lines:
        for w in line.split():
            idx[w[0]][w] += 1
    return [(k, dict(v)) for k, v in sorted(idx.items())]


data = [[["sol sal sol", "mar"], ["mar mal sol"]], [["uno dos", "dos tres"], ["uno"]]]
lines = ssc.queueStream(createQUEUERDD(data))
lines.mapPartitions(index).pprint()
lines.map(lambda l: (frozenset(l.split()), 1)).reduceByKey(lambda a, b: a + b).map(
    lambda kv: (sorted(kv[0]), kv[1])).transform(lambda rdd: rdd.sortBy(lambda kv: kv[0])).pprint()
letters = lines.map(lambda l: set(l.replace(" ", "")))
letters.reduce(lambda a, b: a | b).map(sorted).pprint()
letters.reduce(lambda a, b: a & b).map(lambda s: (sorted(s), len(s))).pprint()
lines.map(lambda l: {w: len(w) for w in l.split()}).reduce(lambda a, b: a | b).map(lambda d: sorted(d.items())).pprint()
lines.map(lambda l: {**{"n": len(l)}, **{w: i for i, w in enumerate(l.split())}}).pprint()


def grow(l):
    d = {}
    for w in l.split():
        d.setdefault(len(w), []).append(w)
    return (d, d.get(9, "none"), sorted({len(w) for w in l.split()}), {1, 2} ^ {2, 3}, {1, 2} - {2}, {1} <= {1, 2})


lines.map(grow).pprint()
