# batch: 1
# batches: 3
# transform and transformWith with one- and two-argument functions (the two-argument
# forms get the batch time), transformWith with a three-argument function, foreachRDD
# with (rdd) and with (time, rdd), and the partitions each result has.
def tagged(t, rdd):
    return rdd.map(lambda x: (str(t), x))


def both(t, a, b):
    return a.union(b).map(lambda x: (type(t).__name__, x))


def show(rdd):
    print("one-arg", rdd.glom().collect())


def show_t(t, rdd):
    print("two-arg", t, rdd.count(), rdd.getNumPartitions())


nums = ssc.queueStream(createQUEUERDD([[[1, 2], [3]], [[4, 5, 6]], [[7], [8], [9]]]))
evens = nums.filter(lambda x: x % 2 == 0)
nums.transform(lambda rdd: rdd.map(lambda x: x * 10)).pprint()
nums.transform(tagged).pprint()
nuevoDStream = nums.transformWith(lambda a, b: a.subtract(b), evens)
nuevoDStream.pprint()
nums.transformWith(both, evens).glom().pprint()
nums.transformWith(lambda a, b: a.cartesian(b).coalesce(1), evens).pprint(3)
nums.foreachRDD(show)
evens.foreachRDD(show_t)
