# batch: 1
# batches: 2
# Actions in foreachRDD on float and int data: stats() and its fields, histogram with
# buckets and with a bucket count, lookup, countByKey, countByValue, collectAsMap,
# sortBy with numPartitions, keyBy, glom, top/takeOrdered with keys, first, isEmpty.
def show(t, rdd):
    s = rdd.stats()
    print(t, s, s.count(), s.mean(), s.sum(), s.min(), s.max(), round(s.variance(), 9), round(s.sampleStdev(), 9))
    print("hist", rdd.histogram(4), rdd.histogram([0.0, 2.5, 5, 100.5]))
    pairs = rdd.keyBy(lambda x: int(x) % 3)
    print("lookup", pairs.lookup(0), "countByKey", sorted(pairs.countByKey().items()))
    print("countByValue", sorted(rdd.map(round).countByValue().items()), "asMap", sorted(pairs.collectAsMap().items()))
    print("sortBy", rdd.sortBy(lambda x: (int(x) % 2, x), ascending=False, numPartitions=3).glom().collect())
    print("top", rdd.top(3, key=lambda x: -x), rdd.takeOrdered(3, key=abs), rdd.first(), rdd.isEmpty())
    print("glom", rdd.glom().map(len).collect(), rdd.mapPartitionsWithIndex(lambda i, it: [(i, sum(it))]).collect())
    print("reduce", round(rdd.reduce(lambda a, b: a + b), 9), rdd.map(lambda x: x * x).sum(), rdd.count())


data = [[[1.5, -2.0, 3.25], [4, 5.5]], [[0.5, 100.0, 7, 7.0], [2.5]]]
nums = ssc.queueStream(createQUEUERDD(data))
nums.foreachRDD(show)
