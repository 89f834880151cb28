# batch: 1
# batches: 3
def describe(time, rdd):
    print("%s: n=%d parts=%d empty=%s" % (time, rdd.count(), rdd.getNumPartitions(), rdd.isEmpty()))
    if not rdd.isEmpty():
        print("  first:", rdd.first(), "take2:", rdd.take(2))
        print("  sorted:", sorted(rdd.collect()), "max:", rdd.max(), "sum:", rdd.sum())
        print("  byValue:", sorted(rdd.countByValue().items()))

data = [[[3, 1, 3], [2]], [[5], [5, 4, 1]]]
inputStream = ssc.queueStream(createQUEUERDD(data))
inputStream.foreachRDD(describe)
