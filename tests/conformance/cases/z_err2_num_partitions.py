# batch: 1
# batches: 2
# Wrong numPartitions given to the shuffles of a DStream: 0 and -1 (the JVM makes a
# shuffle of no partitions, so nothing runs and the batch is empty), and the same on an
# RDD in foreachRDD, caught.
data = [[[("a", 1), ("b", 2)], [("a", 3)]], [[("c", 1)]]]
pairs = ssc.queueStream(createQUEUERDD(data))
pairs.reduceByKey(lambda a, b: a + b, 0).pprint()
pairs.groupByKey(-1).mapValues(list).pprint()
nuevoDStream = pairs.reduceByKey(lambda a, b: a + b, 1)
nuevoDStream.pprint()


def attempt(what, f):
    try:
        print(what, "ok", f())
    except Exception as e:
        print(what, type(e).__name__, e)


def show(rdd):
    attempt("reduceByKey 0", lambda: rdd.reduceByKey(lambda a, b: a + b, 0).collect())
    attempt("reduceByKey 0 parts", lambda: rdd.reduceByKey(lambda a, b: a + b, 0).getNumPartitions())
    attempt("groupByKey -1", lambda: rdd.groupByKey(-1).collect())
    attempt("partitionBy 0", lambda: rdd.partitionBy(0).glom().collect())
    attempt("sortByKey 0", lambda: rdd.sortByKey(numPartitions=0).collect())


pairs.foreachRDD(show)
