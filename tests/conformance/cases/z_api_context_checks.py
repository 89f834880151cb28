# batch: 1
# batches: 3
# An accumulator reset on the driver each batch (acc.value = 0), and PySpark's own
# checks on arguments, caught in foreachRDD: coalesce/repartition to 0 partitions,
# parallelize and range with numSlices=0, range with a float step, the histogram of an
# empty partition, getResourceProfile, max/min over partitions of incomparable types
# (the TypeError of the comparison CPython's max/min make).
per_batch = sc.accumulator(0)
total = sc.accumulator(0.0)


def attempt(what, f):
    try:
        print(what, "ok", f())
    except (ValueError, TypeError, ZeroDivisionError) as e:
        print(what, type(e).__name__, e)


def show(t, rdd):
    per_batch.value = 0
    rdd.foreach(lambda x: per_batch.add(1))
    rdd.foreach(lambda x: total.add(x / 2))
    print(t, per_batch.value, total.value, str(per_batch))
    attempt("coalesce 0", lambda: rdd.coalesce(0).collect())
    attempt("repartition 0", lambda: rdd.repartition(0).collect())
    attempt("coalesce -1", lambda: rdd.coalesce(-1).collect())
    attempt("parallelize 0", lambda: sc.parallelize([1, 2], 0).collect())
    attempt("range 0", lambda: sc.range(5, numSlices=0).collect())
    attempt("range float", lambda: sc.range(0, 10, 2.5).collect())
    attempt("range end float", lambda: sc.range(0, 2.0).collect())
    attempt("histogram", lambda: rdd.histogram(2))
    attempt("profile", lambda: rdd.getResourceProfile())
    attempt("max mixed", lambda: sc.parallelize([1, "a"], 2).max())
    attempt("min mixed", lambda: sc.parallelize([1, "a"], 2).min(key=lambda x: x))


nums = ssc.queueStream(createQUEUERDD([[[1, 2], [3]], [[]], [[4, 5, 6]]]))
nums.foreachRDD(show)
