# batch: 1
# batches: 3
# driver state: the calls list the transform function appends to on the driver.
# A transform function runs on the driver once per batch for each JVM DStream whose
# pipeline holds it: PySpark composes it into every uncached step after it (t's own
# output, t.map, t.count's chain, the cached u), not into what reads a cached DStream
# (u.map reads u's batches).
calls = []


def tr(t, rdd):
    calls.append(t)
    return rdd.map(lambda x: x * 2)


nums = ssc.queueStream([[1, 2, 3], [4, 5], [6]])
t = nums.transform(tr)
t.pprint()
t.map(lambda x: x + 1).pprint()
t.count().pprint()
u = t.filter(lambda x: x > 2)
u.cache()
u.pprint()
u.map(lambda x: -x).pprint()
once = nums.transform(lambda rdd: rdd.map(lambda x: (calls.append(None), x)[1]))
once.pprint()
nums.foreachRDD(lambda t, rdd: print("calls this batch", calls.count(t)))
