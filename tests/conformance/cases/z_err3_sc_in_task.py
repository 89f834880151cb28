# batch: 1
# batches: 4
# Task functions that refer to the SparkContext or an RDD (SPARK-5063): PySpark cannot
# pickle them, so the job that would ship them fails with a PicklingError; a function
# run on the driver may use them. In foreachRDD the job fails (a pipelined step at its
# action, a shuffle at its call, take of no partitions ships nothing), after what the
# batch printed; in transform the batch's jobs are not made (batch 2).
nums = ssc.queueStream(createQUEUERDD([[[1, 2]], [[3]], [[4, 5]], []]))
nums.pprint()
words = sc.parallelize(["a", "b"])
factor = {"sc": sc}


def attempt(what, f):
    try:
        print(what, f())
    except Exception as e:
        print(what, type(e).__name__, e)


def show(t, rdd):
    print(t, "on the driver", sc.parallelize([1, 2]).count(), words.count())
    attempt("sc", lambda: rdd.map(lambda x: (x, sc.appName)).collect())
    attempt("rdd", lambda: rdd.map(lambda x: x * words.count()).collect())
    attempt("dict", lambda: rdd.map(lambda x: factor["sc"]).take(1))
    chained = rdd.map(lambda x: sc).map(str)
    attempt("chain", lambda: chained.count())
    attempt("shuffle", lambda: rdd.map(lambda x: (x, sc)).groupByKey())
    attempt("ok", lambda: rdd.map(lambda x: x + 1).collect())
    rdd.foreachPartition(lambda it: print(sc))
    print(t, "not reached")


nums.foreachRDD(show)


def tagged(rdd):
    if 3 in rdd.collect():
        return rdd.map(lambda x: (x, words))
    return rdd


nums.transform(tagged).pprint()
