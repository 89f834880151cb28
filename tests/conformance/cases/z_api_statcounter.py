# batch: 1
# batches: 2
# StatCounter: stats() printed and as a dict, copy/mergeStats/merge, empty and
# one-element counters, histograms with bucket lists, even buckets, a constant RDD,
# string buckets, None and nan filtered, and float sums/variances.
from pyspark.statcounter import StatCounter


def show(t, rdd):
    s = rdd.stats()
    print(s)
    print(repr(s), s.asDict(), s.asDict(sample=True))
    m = s.copy().mergeStats(StatCounter([1.0, 2.0, 4.0]))
    print(m, m.count(), m.variance(), m.sampleVariance(), m.stdev(), m.sampleStdev())
    print(s.merge(10), s)
    print(StatCounter(), StatCounter().mergeStats(StatCounter([3])), StatCounter([5]).sampleVariance())
    print("hist", rdd.histogram([0, 1.5, 3, 10]), rdd.histogram(3), rdd.map(int).histogram(2), rdd.histogram((0, 5, 10)))
    print("const", sc.parallelize([2, 2, 2], 2).histogram(4), sc.parallelize([1, 2], 1).histogram(4))
    print("strings", sc.parallelize(["ab", "b", "c", "a", "cz"], 2).histogram(("a", "b", "c", "d")))
    print("filtered", sc.parallelize([1.0, None, float("nan"), 3.0], 2).histogram(2))
    print("sum", rdd.sum(), rdd.map(lambda x: x / 3).sum(), rdd.variance(), rdd.sampleVariance(), rdd.stdev(), rdd.mean())


nums = ssc.queueStream(createQUEUERDD([[[0.1, 0.2, 0.7], [2.5, 9.75]], [[1, 2, 3], [4.5], [10]]]))
nums.foreachRDD(show)
