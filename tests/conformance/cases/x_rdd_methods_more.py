# batch: 1
# batches: 2
# The RDD methods users call inside foreachRDD and transform, beyond the slides'.
def show(t, rdd):
    print(t)
    pairs = rdd.map(lambda x: (x % 3, x))
    print("zip", rdd.zip(rdd.map(lambda x: x * 10)).collect())
    print("zipWithIndex", rdd.zipWithIndex().collect())
    print("zipWithUniqueId", rdd.zipWithUniqueId().collect())
    print("subtract", rdd.subtract(sc.parallelize([2, 3, 9])).glom().collect())
    print("intersection", rdd.intersection(sc.parallelize([1, 3, 5, 7, 9])).glom().collect())
    print("subtractByKey", pairs.subtractByKey(sc.parallelize([(0, None)])).glom().collect())
    print("aggregate", rdd.aggregate((0, 0), lambda acc, x: (acc[0] + x, acc[1] + 1),
                                     lambda a, b: (a[0] + b[0], a[1] + b[1])))
    print("aggregateByKey", pairs.aggregateByKey(0, lambda a, x: a + x, lambda a, b: a + b).glom().collect())
    print("foldByKey", pairs.foldByKey(0, lambda a, b: a + b).glom().collect())
    print("treeReduce", rdd.treeReduce(lambda a, b: a + b),
          "treeAggregate", rdd.treeAggregate(0, lambda a, x: a + x, lambda a, b: a + b, depth=3))
    print("mean", rdd.mean(), "sum", rdd.sum(), "variance", rdd.variance(), "stdev", rdd.stdev())
    print("sampleStdev", rdd.sampleStdev(), "sampleVariance", rdd.sampleVariance())
    print("stats", rdd.stats(), rdd.stats().count(), rdd.stats().mean())
    print("histogram", rdd.histogram(3), rdd.histogram([0, 5, 10]), rdd.histogram([0, 4, 8, 12]))
    print("lookup", pairs.lookup(1), pairs.lookup(7))
    print("sortBy", rdd.sortBy(lambda x: -x).glom().collect(), rdd.sortBy(lambda x: x % 4, False, 3).glom().collect())
    print("coalesce", rdd.coalesce(1).glom().collect(), rdd.coalesce(5).getNumPartitions())
    print("keyBy", rdd.keyBy(lambda x: x % 2).collect())
    print("countByKey", sorted(pairs.countByKey().items()), "collectAsMap", pairs.collectAsMap())
    print("name", rdd.name(), rdd.setName("nums").name())
    print("max/min", rdd.max(), rdd.min(key=lambda x: -x), "top", rdd.top(2), "takeOrdered", rdd.takeOrdered(2, key=lambda x: -x))
    print("fold", rdd.fold(0, lambda a, b: a + b), "distinct", sorted(rdd.distinct().collect()))
    print("cartesian", sc.parallelize([1, 2], 2).cartesian(sc.parallelize("ab", 1)).glom().collect())
    print("groupBy", sorted((k, sorted(v)) for k, v in rdd.groupBy(lambda x: x % 2).collect()))
    print("flatMap", rdd.flatMap(lambda x: [x] * (x % 2)).collect(), "pipe-less", rdd.isEmpty())

nums = ssc.queueStream(createQUEUERDD([[[1, 2, 3], [4, 5, 6, 7]], [[8], [9, 10]]]))
nums.foreachRDD(show)
