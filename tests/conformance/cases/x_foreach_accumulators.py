# batch: 1
# batches: 3
# rdd.foreach and rdd.foreachPartition inside foreachRDD, adding to accumulators that the
# driver reads after each action.
total = sc.accumulator(0)
parts = sc.accumulator(0)
squares = sc.accumulator(0.0)


def add(x):
    total.add(x)
    squares.add(x * x / 2)


def per_partition(it):
    n = 0
    for x in it:
        n += 1
    parts.add(n * 10)


data = [[[1, 2, 3], [4, 5, 6]], [[7, 8], [9, 10]], [[11, 12, 13], [14]]]
nums = ssc.queueStream(createQUEUERDD(data))


def show(t, rdd):
    rdd.foreach(add)
    rdd.foreachPartition(per_partition)
    print(t, total.value, parts.value, squares.value)


nums.foreachRDD(show)
