# batch: 1
# batches: 3
# A learner's mistakes on the driver, in foreachRDD: iterating, measuring or indexing an
# RDD or a DStream, DStream and RDD methods mixed up, actions of an empty batch, and
# collectAsMap of records that are not pairs. Each raises on the driver (caught here).
nums = ssc.queueStream(createQUEUERDD([[[1, 2]], [], [[3, 4, 5]]]))
pairs = nums.map(lambda n: (n % 2, n))


def attempt(what, f):
    try:
        print(what, f())
    except Exception as e:
        print(what, type(e).__name__, e)


def show(t, rdd):
    print(t, rdd.collect())
    attempt("for", lambda: [x for x in rdd])
    attempt("sorted", lambda: sorted(rdd))
    attempt("len", lambda: len(rdd))
    attempt("index", lambda: rdd[0])
    attempt("mapped type", lambda: type(rdd.map(lambda x: x)).__name__)
    attempt("mapped len", lambda: len(rdd.map(lambda x: x)))
    attempt("dstream for", lambda: [x for x in nums])
    attempt("dstream collect", lambda: nums.collect())
    attempt("dstream type", lambda: type(pairs).__name__)
    attempt("rdd foreachRDD", lambda: rdd.foreachRDD(print))
    attempt("reduce", lambda: rdd.reduce(lambda a, b: a + b))
    attempt("first", lambda: rdd.first())
    attempt("max", lambda: rdd.max())
    attempt("sum", lambda: rdd.sum())
    attempt("mean", lambda: rdd.mean())
    attempt("take str", lambda: rdd.take("2"))
    attempt("collectAsMap", lambda: rdd.collectAsMap())
    attempt("pairs collectAsMap", lambda: rdd.map(lambda n: (n, n * n)).collectAsMap())


nums.foreachRDD(show)
