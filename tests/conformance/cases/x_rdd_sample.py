# batch: 1
# batches: 2
# Seeded sampling with PySpark's own samplers: sample (with and without replacement),
# takeSample and randomSplit pick the same records as Spark's Python workers.
def show(t, rdd):
    print(t)
    print("sample", rdd.sample(False, 0.5, 42).glom().collect())
    print("sample+", rdd.sample(True, 1.5, 7).glom().collect())
    print("sample big seed", rdd.sample(False, 0.3, 2**40 + 3).collect())
    print("takeSample", rdd.takeSample(False, 5, 3), rdd.takeSample(True, 4, 11))
    print("takeSample all", rdd.takeSample(False, 100, 5))
    print("randomSplit", [r.collect() for r in rdd.randomSplit([1, 2, 3], 17)])

nums = ssc.queueStream(createQUEUERDD([[list(range(0, 30)), list(range(30, 45))], [list(range(100, 140))]]))
nums.foreachRDD(show)
