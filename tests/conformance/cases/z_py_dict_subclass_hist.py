# batch: 1
# batches: 2
# A histogram class deriving from dict with __missing__ (a student's own defaultdict),
# extra methods and a __repr__ through super().__repr__(), merged across partitions with
# mapPartitions + reduce, and a list subclass with an append override and slicing;
# isinstance against dict/list, json.dumps and len of the subclasses.
import json


class Histogram(dict):
    def __missing__(self, key):
        return 0

    def add(self, key, n=1):
        self[key] += n
        return self

    def merge(self, other):
        out = Histogram(self)
        for k, v in other.items():
            out.add(k, v)
        return out

    def top(self, n):
        return sorted(self.items(), key=lambda kv: (-kv[1], kv[0]))[:n]

    def __repr__(self):
        return "Histogram(" + super().__repr__() + ")"


class Bounded(list):
    def __init__(self, limit, items=()):
        super().__init__()
        self.limit = limit
        for x in items:
            self.append(x)

    def append(self, x):
        if len(self) < self.limit:
            super().append(x)


def per_partition(words):
    h = Histogram()
    for w in words:
        h.add(w[0])
    return [h]


data = [[["apple", "avocado", "banana"], ["blueberry", "cherry", "apricot"]],
        [["date", "dragonfruit"], ["elder"]]]
words = ssc.queueStream(createQUEUERDD(data))
hists = words.mapPartitions(per_partition)
hists.pprint()
nuevoDStream = hists.reduce(lambda a, b: a.merge(b))
nuevoDStream.pprint()
nuevoDStream.map(lambda h: (h.top(2), h["zzz"], "zzz" in h, len(h), isinstance(h, dict), json.dumps(h, sort_keys=True), dict(h) == h, h.get("q", -1))).pprint()
words.map(lambda w: Bounded(3, w)).map(lambda b: (b, len(b), b[1:], isinstance(b, list), b + ["!"], type(b).__name__, sorted(b, reverse=True))).pprint()
