# batch: 1
# batches: 3
# aggregate and treeAggregate with non-commutative functions and non-zero zeros (the zero
# is used once per partition and once more on the driver), fold with non-zero zeros,
# aggregateByKey/foldByKey zeros per key and partition, reduce/treeReduce with a
# non-commutative function, over 9, 3 and zero partitions.
def show(t, rdd):
    print("parts", rdd.getNumPartitions(), rdd.glom().collect())
    print("aggregate", rdd.aggregate("<", lambda acc, x: acc + str(x), lambda a, b: a + "|" + b))
    print("fold", rdd.fold(10, lambda a, b: a + b), rdd.fold(1, lambda a, b: a * b))
    print("fold-str", rdd.map(str).fold("z", lambda a, b: a + b))
    print("tree2", rdd.treeAggregate("<", lambda acc, x: acc + str(x), lambda a, b: a + "|" + b, depth=2))
    print("tree3", rdd.treeAggregate(100, lambda a, x: a + x, lambda a, b: a + b, 3))
    pairs = rdd.map(lambda x: (x % 2, x))
    print("aggByKey", pairs.aggregateByKey(5, lambda a, x: a + x, lambda a, b: a * 1000 + b).collect())
    print("foldByKey", pairs.foldByKey(1, lambda a, b: a + b).collect())
    print("aggByKey-list", pairs.aggregateByKey([], lambda a, x: a + [x], lambda a, b: a + b, 1).collect())
    if rdd.isEmpty():
        print("empty", rdd.sum(), rdd.count(), rdd.treeAggregate(7, max, max))
    else:
        print("reduce", rdd.reduce(lambda a, b: a - b), rdd.treeReduce(lambda a, b: a - b),
              rdd.treeReduce(lambda a, b: a - b, 3), rdd.treeReduce(lambda a, b: a - b, depth=1))


nums = ssc.queueStream(createQUEUERDD([[[1, 2], [3], [4], [5, 6], [7], [8], [], [9, 10], [11]],
                                        [[8], [], [9]], []]))
nums.foreachRDD(show)
