# batch: 1
# batches: 2
# Steps made inside a transform function: every chain over the transformed stream
# (pipelined by PySpark) computes them again, and so does each job of foreachRDD.
acc = sc.accumulator(0)


def f(x):
    acc.add(1)
    return x


def show(t, rdd):
    print(t, "acc", acc.value, rdd.count(), acc.value, rdd.take(1), acc.value)


data = [[[1, 2, 3], [4]], [[5, 6]]]
nums = ssc.queueStream(createQUEUERDD(data))
t = nums.transform(lambda rdd: rdd.map(f))
t.map(f).foreachRDD(show)
t.count().pprint()
t.foreachRDD(show)
