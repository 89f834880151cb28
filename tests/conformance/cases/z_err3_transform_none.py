# batch: 1
# batches: 4
# A transform function that returns nothing for an empty batch (a forgotten `return
# rdd`): PySpark hands the JVM no RDD, so that batch's pprint of it runs no job and
# prints nothing, not even its header; the other outputs print.
nums = ssc.queueStream(createQUEUERDD([[[1, 2]], [], [[3]], []]))


def double(rdd):
    if rdd.isEmpty():
        return
    return rdd.map(lambda x: x * 2)


doubled = nums.transform(double)
doubled.pprint()
nums.pprint()
doubled.foreachRDD(lambda t, rdd: print(t, "doubled", rdd.collect()))
