# batch: 1
# batches: 2
# zipWithIndex over empty partitions, subtract/subtractByKey/intersection with
# numPartitions, coalesce with shuffle, repartition's spread, randomSplit with a seed,
# keys/values of partitioned RDDs, flatMapValues and mapValues on a partitioned RDD.
def show(t, rdd):
    print("zwi", rdd.zipWithIndex().glom().collect())
    print("subtract", rdd.subtract(sc.parallelize([2, 5, 8]), 3).glom().collect())
    pairs = rdd.map(lambda x: (x % 4, x))
    print("subtractByKey", pairs.subtractByKey(sc.parallelize([(1, 0)]), numPartitions=1).glom().collect())
    print("intersection", rdd.intersection(sc.parallelize(range(0, 20, 2), 3)).glom().collect())
    print("coalesce", rdd.coalesce(2, shuffle=True).glom().collect(), rdd.coalesce(1, True).glom().collect())
    print("repartition", rdd.repartition(3).glom().collect())
    a, b = rdd.randomSplit([1, 2], seed=7)
    print("split", a.collect(), b.collect())
    p = pairs.partitionBy(3)
    print("kv", p.keys().glom().collect(), p.values().glom().collect(), p.flatMapValues(lambda v: [v, -v]).glom().collect())
    print("zip", rdd.zip(rdd.map(str)).collect())


nums = ssc.queueStream(createQUEUERDD([[[1, 2, 3], [], [4, 5, 6, 7], []], [[8, 9, 10, 11, 12, 13], [14]]]))
nums.foreachRDD(show)
