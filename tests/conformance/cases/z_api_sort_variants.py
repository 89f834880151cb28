# batch: 1
# batches: 3
# Sorting in transform and foreachRDD: sortByKey descending with the default partitions,
# with keyfunc on strings, sortBy with ties and numPartitions, takeOrdered/top of tuples
# with keys, sortByKey of one record and of an empty batch.
def show(t, rdd):
    print(rdd.sortByKey(False).glom().collect())
    print(rdd.sortByKey(True, 1, keyfunc=lambda k: k.lower()).collect())
    print(rdd.sortBy(lambda kv: kv[1], numPartitions=2).glom().collect())
    print(rdd.takeOrdered(2, key=lambda kv: (-kv[1], kv[0])), rdd.sortBy(lambda kv: kv[0], False, 3).keys().collect())
    if not rdd.isEmpty():
        print(rdd.top(2, key=lambda kv: kv[1]), rdd.top(3), rdd.max(), rdd.min(lambda kv: kv[1]))


data = [[[("b", 2), ("A", 1), ("c", 2)], [("a", 3), ("B", 2), ("d", 0)]], [[("solo", 1)]], []]
pairs = ssc.queueStream(createQUEUERDD(data))
pairs.foreachRDD(show)
nuevoDStream = pairs.transform(lambda rdd: rdd.sortByKey(ascending=False, numPartitions=3))
