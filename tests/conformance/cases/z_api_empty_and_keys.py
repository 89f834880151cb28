# batch: 1
# batches: 3
# Actions on a non-empty RDD, on a zero-partition RDD and on one empty partition: first
# and reduce on empty (PySpark's ValueError texts), max/min with key, mean of empty,
# take/takeOrdered/top with keys, groupBy with numPartitions, keyBy, cartesian.
def attempt(what, f):
    try:
        print(what, f())
    except ValueError as e:
        print(what, "ValueError:", e)


def show(t, rdd):
    print(t, rdd.getNumPartitions(), rdd.isEmpty(), rdd.count())
    attempt("first", rdd.first)
    attempt("reduce", lambda: rdd.reduce(lambda a, b: a + b))
    attempt("max", lambda: (rdd.max(key=len), rdd.min(key=lambda w: (len(w), w))))
    attempt("mean", lambda: rdd.map(len).mean())
    attempt("stats", lambda: rdd.map(len).stats())
    attempt("treeReduce", lambda: rdd.treeReduce(lambda a, b: a + b))
    attempt("countByValue", lambda: rdd.countByValue())
    attempt("countByKey", lambda: rdd.keyBy(len).countByKey())
    print("take", rdd.take(2), rdd.takeOrdered(3, key=lambda w: w[::-1]))
    attempt("top", lambda: (rdd.top(2, key=len), rdd.top(2)))
    print("groupBy", rdd.groupBy(lambda w: w[0], numPartitions=3).mapValues(list).glom().collect())
    print("keyBy", rdd.keyBy(len).collect(), rdd.sum() if rdd.isEmpty() else None)
    print("cartesian", rdd.cartesian(sc.parallelize([0, 1], 2)).glom().collect())


words = ssc.queueStream(createQUEUERDD([[["b", "apple", "cherry"], ["fig", "kiwi", "banana"]], [], [[]]]))
words.foreachRDD(show)
