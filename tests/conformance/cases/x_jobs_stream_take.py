# batch: 1
# batches: 2
# Jobs and recomputation seen through an accumulator: pprint scans partitions with
# take, count() pipelines the map again, foreachRDD actions each run a job; a print in
# f runs on a Python worker (its stdout is not the driver's).
acc = sc.accumulator(0)
def f(x):
    acc.add(1)
    print("in f", x)
    return x * 2
data = [[list(range(20)), list(range(20, 25))], [[1, 2], [3]]]
nums = ssc.queueStream(createQUEUERDD(data))
doubled = nums.map(f)
doubled.pprint(3)
doubled.count().pprint()
def show(t, rdd):
    print(t, "acc", acc.value)
    print(rdd.take(2), acc.value)
    print(rdd.first(), acc.value)
    print(rdd.isEmpty(), acc.value)
nums.map(f).foreachRDD(show)
