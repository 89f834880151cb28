# batch: 1
# batches: 2
# SparkContext and RDD calls from foreachRDD: sc.range with a step, sc.union, emptyRDD,
# parallelize of a range over slices, distinct(numPartitions), union, groupWith,
# reduceByKeyLocally, repartitionAndSortWithinPartitions, sortByKey with keyfunc,
# cache/persist/unpersist/is_cached, id-free names, toLocalIterator, min/max with keys.
def show(t, rdd):
    print(t)
    print("range", sc.range(0, 20, 3, 2).glom().collect(), sc.range(5).collect())
    print("slices", sc.parallelize(range(10), 3).glom().collect(), sc.parallelize(range(0, 30, 7), 2).glom().collect())
    print("union", sc.union([rdd, sc.parallelize([100])]).glom().collect(), sc.emptyRDD().isEmpty(), sc.emptyRDD().collect())
    pairs = rdd.map(lambda x: (x % 3, x))
    print("distinct", rdd.map(lambda x: x % 4).distinct(2).glom().collect(), rdd.union(rdd).count())
    gw = pairs.groupWith(pairs.mapValues(lambda v: -v)).mapValues(lambda vs: [sorted(v) for v in vs])
    print("groupWith", sorted(gw.collect()))
    print("locally", sorted(pairs.reduceByKeyLocally(lambda a, b: a + b).items()))
    print("rsw", pairs.repartitionAndSortWithinPartitions(2, lambda k: k % 2, False).glom().collect())
    words = rdd.map(lambda x: ("Key%d" % x if x % 2 else "key%d" % x, x))
    print("keyfunc", words.sortByKey(True, 2, keyfunc=lambda k: k.lower()).collect())
    c = rdd.cache()
    print("cache", c.is_cached, c.persist().is_cached, c.unpersist().is_cached, c.getNumPartitions())
    print("iter", list(rdd.toLocalIterator()), rdd.max(key=lambda x: -x), rdd.min(key=lambda x: x % 5))
    print("values", pairs.values().sum(), pairs.keys().distinct().count(), pairs.mapValues(str).values().collect())


nums = ssc.queueStream(createQUEUERDD([[[1, 2, 3], [4, 5]], [[6, 7], [8, 9, 10, 11]]]))
nums.foreachRDD(show)
