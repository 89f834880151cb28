# batch: 1
# batches: 2
# A class with only __lt__ (and __eq__ from object identity), ordered by sorted, max, min,
# heapq, RDD.top/takeOrdered/max/min/sortBy and with key= functions; Python falls back to
# the reflected __lt__ for > and the records travel between tasks and the driver.
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))
        self.text = text

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return "v" + self.text


data = [[["1.2.10", "1.2.9", "0.9"], ["2.0", "1.10.0", "1.2"]],
        [["3.1.4", "3.1.4"], ["0.0.1", "10.0"]]]
versions = ssc.queueStream(createQUEUERDD(data)).map(Version)


def report(rdd):
    xs = rdd.collect()
    print(sorted(xs), max(xs), min(xs), sorted(xs, reverse=True)[:2])
    print(rdd.top(2), rdd.takeOrdered(3), rdd.max(), rdd.min())
    print(rdd.takeOrdered(2, key=lambda v: -len(v.parts)), rdd.top(2, key=lambda v: v.text))
    print(max(xs, key=lambda v: v.parts[-1]), sorted(xs, key=lambda v: (len(v.text), v)))
    try:
        print(xs[0] <= xs[1])
    except TypeError as e:
        print("TypeError:", e)
    print(xs[0] > xs[1], xs[1] > xs[0], xs[0] == Version(xs[0].text))


versions.foreachRDD(report)
nuevoDStream = versions.transform(lambda rdd: rdd.sortBy(lambda v: v))
nuevoDStream.pprint()
versions.map(lambda v: (v.parts[0], v)).reduceByKey(max).transform(lambda r: r.sortByKey()).pprint()
