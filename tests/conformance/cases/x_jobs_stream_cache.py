# batch: 1
# batches: 2
# Jobs over DStream batches: a cached DStream is computed once per batch, a shuffle's
# map side once per batch, its reduce side per job; an uncached stream's map runs again
# for every action of foreachRDD.
acc = sc.accumulator(0)


def f(x):
    acc.add(1)
    return x


def g(a, b):
    acc.add(100)
    return a + b


def show(t, rdd):
    print(t, "acc", acc.value, rdd.count(), acc.value, sorted(rdd.collect()), acc.value)


data = [[[1, 2, 3], [4, 5]], [[6], [7, 8, 9]]]
nums = ssc.queueStream(createQUEUERDD(data))
cached = nums.map(f).cache()
cached.pprint(2)
cached.map(f).count().pprint()
cached.foreachRDD(show)
pairs = nums.map(lambda x: (f(x) % 2, x)).reduceByKey(g)
pairs.pprint()
pairs.foreachRDD(show)
plain = nums.map(f)
plain.foreachRDD(show)
plain.filter(lambda x: x > 2).foreachRDD(show)
