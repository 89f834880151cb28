# batch: 1
# batches: 2
# Found by tools/fuzz/dstream_gen.py (seed 202, program 17). PySpark's StatCounter
# subtracts its float mean from each value (`value - self.mu`), so an int past 64 bits
# converts to a float there, as CPython's int - float does: stats, mean, variance and
# the stdevs of big ints are floats, max and min stay the ints.
data = [[[2 ** 70, 3, 10 ** 20], [-(2 ** 66), 7]], [[1 << 65], [(1 << 64) + 1, -5]]]
s = ssc.queueStream(createQUEUERDD(data))
s.foreachRDD(lambda t, rdd: print(t, rdd.stats(), rdd.mean(), rdd.variance(), rdd.sampleStdev()))
s.foreachRDD(lambda t, rdd: print(t, rdd.stdev(), rdd.sampleVariance(), rdd.sum(), rdd.max(), rdd.min()))
s.map(lambda x: x * 3).foreachRDD(lambda t, rdd: print(t, rdd.stats().asDict()))
s.map(lambda x: x - 0.5).pprint()
