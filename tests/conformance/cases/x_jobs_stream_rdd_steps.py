# batch: 1
# batches: 2
# Steps on a batch's RDD in foreachRDD: take pulls records through them lazily, while
# the batch's own (JVM) RDD computes each partition it scans whole; a cached step, a
# union; a transform's result handed to pprint is a JVM RDD too, and a chain over the
# transformed stream runs the transform's steps again.
acc = sc.accumulator(0)


def f(x):
    acc.add(1)
    return x


def g(x):
    acc.add(100)
    return x * 10


def show(t, rdd):
    print(t, "acc", acc.value)
    print(rdd.map(g).take(2), acc.value)
    print(rdd.map(g).filter(lambda x: x > 30).first(), acc.value)
    m = rdd.map(g).cache()
    print(m.count(), acc.value, m.take(1), acc.value)
    print(rdd.union(m).count(), acc.value)


data = [[[1, 2, 3], [4, 5]], [[6], [7, 8, 9]]]
nums = ssc.queueStream(createQUEUERDD(data))
nums.map(f).foreachRDD(show)
tr = nums.transform(lambda rdd: rdd.map(f))
tr.pprint(2)
tr.map(f).foreachRDD(lambda t, rdd: print(t, "chained", rdd.count(), acc.value))
