# batch: 1
# batches: 2
# print() inside functions that run in tasks (map, foreach, a reduce) goes to the workers'
# output, not the driver's stdout; print in foreachRDD is the driver's. A failing task
# after a print still prints nothing on stdout.
def noisy(x):
    print("saw", x)
    return x * 2


def add(a, b):
    print("adding", a, b)
    return a + b


nums = ssc.queueStream(createQUEUERDD([[[1, 2], [3]], [[4, 0]]]))
nuevoDStream = nums.map(noisy)
nuevoDStream.pprint()
nums.map(lambda x: ("k", x)).reduceByKey(add).pprint()
nums.foreachRDD(lambda rdd: rdd.foreach(print))
nums.map(lambda x: print("inverse", 1 / x)).count().pprint()
nums.foreachRDD(lambda t, rdd: print("driver", t, rdd.collect()))
