# batch: 1
# batches: 4
# checkpoint: yes
# snapshot: refused
# updateStateByKey with a __slots__ class as state: a per-sensor running min/max/mean
# with __slots__, __repr__ using %-formatting, a classmethod constructor, and the state
# removed when a reading is negative. The objects stay in tasks: PySpark's driver cannot
# unpickle a __slots__ instance that a task pickled (cloudpickle revives the class in the
# task without its slots, so a new attribute is accepted there, where Runnel refuses it).
class Stats:
    __slots__ = ("n", "lo", "hi", "total")

    def __init__(self, n=0, lo=None, hi=None, total=0.0):
        self.n, self.lo, self.hi, self.total = n, lo, hi, total

    @classmethod
    def of(cls, values):
        return cls().add(values)

    def add(self, values):
        for v in values:
            self.n += 1
            self.total += v
            self.lo = v if self.lo is None else min(self.lo, v)
            self.hi = v if self.hi is None else max(self.hi, v)
        return self

    @property
    def mean(self):
        return self.total / self.n if self.n else float("nan")

    def __repr__(self):
        return "Stats(n=%d, lo=%s, hi=%s, mean=%.3f)" % (self.n, self.lo, self.hi, self.mean)


def update(new, old):
    if any(v < 0 for v in new):
        return None
    if old is None:
        return Stats.of(new)
    return old.add(new)


data = [[[("s1", 20.5), ("s2", 18)], [("s1", 22.25)]],
        [[("s2", 19.0), ("s3", 30)]],
        [[("s1", -1)], [("s3", 31.5), ("s3", 29)]],
        [[("s2", 17.75)]]]
readings = ssc.queueStream(createQUEUERDD(data))
state = readings.updateStateByKey(update)
nuevoDStream = state.mapValues(repr)
nuevoDStream.transform(lambda rdd: rdd.sortByKey()).pprint()
state.map(lambda kv: (kv[0], round(kv[1].mean, 2), kv[1].hi - kv[1].lo, type(kv[1]).__slots__[:2])).transform(lambda r: r.sortBy(lambda kv: kv[1])).pprint()
