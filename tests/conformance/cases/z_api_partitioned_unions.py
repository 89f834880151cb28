# batch: 1
# batches: 2
# Unions of RDDs with the same and with different partitioners, reduceByKey over 3
# partitions, sortByKey descending with numPartitions and keyfunc, distinct(numPartitions),
# zipWithUniqueId over unequal partitions, lookup on partitioned and plain RDDs, and
# collectAsMap with duplicate keys.
def show(t, rdd):
    pairs = rdd.map(lambda x: (x % 5, x))
    a = pairs.partitionBy(2)
    b = pairs.mapValues(lambda v: -v).partitionBy(2)
    c = pairs.partitionBy(3)
    print("same", a.union(b).getNumPartitions(), a.union(b).glom().collect())
    print("diff", a.union(c).getNumPartitions(), a.union(pairs).getNumPartitions(), a.union(c).glom().collect())
    print("reduce3", pairs.reduceByKey(lambda x, y: x + y, numPartitions=3).glom().collect())
    print("sortByKey", pairs.sortByKey(ascending=False, numPartitions=3, keyfunc=lambda k: -k).glom().collect())
    print("distinct", rdd.map(lambda x: x % 4).distinct(numPartitions=3).glom().collect())
    print("uniqueId", rdd.zipWithUniqueId().glom().collect())
    print("lookup", a.lookup(3), c.lookup(1), pairs.lookup(0), a.lookup(42))
    print("asMap", pairs.collectAsMap(), sc.parallelize([(1, "a"), (1, "b"), (2, "c")], 2).collectAsMap())
    print("sortBy", rdd.sortBy(lambda x: -x, numPartitions=1).collect())
    print("mapValues keeps", a.mapValues(str).union(b).getNumPartitions(), a.map(lambda kv: kv).union(b).getNumPartitions())


nums = ssc.queueStream(createQUEUERDD([[[1, 2, 3, 4, 5], [6], [7, 8, 9, 10, 11, 12, 13]], [[20, 15], [], [10, 5, 0]]]))
nums.foreachRDD(show)
