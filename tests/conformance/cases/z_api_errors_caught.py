# batch: 1
# batches: 1
# PySpark's own argument checks raised on the driver inside foreachRDD, caught and
# printed: bad histogram buckets, tree depth, sample fractions, randomSplit weights,
# takeSample sizes, zip of unequal partitions (Spark's ValueError), and errors that
# PySpark raises before anything runs.
def attempt(what, f):
    try:
        print(what, "ok", f())
    except (ValueError, TypeError) as e:
        print(what, type(e).__name__, e)


def show(t, rdd):
    attempt("hist 0", lambda: rdd.histogram(0))
    attempt("hist one", lambda: rdd.histogram([1]))
    attempt("hist unsorted", lambda: rdd.histogram([3, 1, 2]))
    attempt("hist dup", lambda: rdd.histogram([1, 1, 2]))
    attempt("hist none", lambda: rdd.histogram([None, 2]))
    attempt("tree depth", lambda: rdd.treeAggregate(0, max, max, 0))
    attempt("treeReduce depth", lambda: rdd.treeReduce(max, depth=0))
    attempt("sample neg", lambda: rdd.sample(False, -0.5))
    attempt("split neg", lambda: rdd.randomSplit([1, -1]))
    attempt("split zero", lambda: rdd.randomSplit([0, 0]))
    attempt("takeSample neg", lambda: rdd.takeSample(False, -1))
    attempt("takeSample zero", lambda: rdd.takeSample(False, 0))
    attempt("zip parts", lambda: rdd.zip(rdd.repartition(1)).collect())
    attempt("top none", lambda: rdd.top(0))
    attempt("take neg", lambda: rdd.take(-1))
    attempt("rbkaw", lambda: nums.reduceByKeyAndWindow(max, None, 1.5))
    attempt("window", lambda: nums.window(2.5, 1))


nums = ssc.queueStream(createQUEUERDD([[[1, 2, 3], [4]]]))
nums.foreachRDD(show)
