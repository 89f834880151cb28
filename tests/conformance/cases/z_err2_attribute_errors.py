# batch: 1
# batches: 2
# RDD methods called on a DStream, DStream methods called on an RDD, and the other
# wrong-object mistakes of a first program, caught and printed (AttributeError and
# TypeError texts name PySpark's classes).
nums = ssc.queueStream(createQUEUERDD([[[1, 2], [3]], [[4]]]))
mapped = nums.map(lambda x: x * 2)
counted = nums.count()


def attempt(what, f):
    try:
        print(what, "ok", f())
    except (AttributeError, TypeError) as e:
        print(what, type(e).__name__, e)


attempt("collect", lambda: nums.collect())
attempt("take", lambda: mapped.take(2))
attempt("first", lambda: counted.first())
attempt("sortByKey", lambda: nums.sortByKey())
attempt("foreach", lambda: mapped.foreach(print))
attempt("saveAsTextFile", lambda: nums.saveAsTextFile("out"))
attempt("len", lambda: len(nums))
attempt("iter", lambda: [x for x in mapped])
attempt("index", lambda: counted[0])
attempt("compare", lambda: counted > 5)
attempt("add", lambda: nums + nums)
attempt("ssc.parallelize", lambda: ssc.parallelize([1]))
attempt("sc.queueStream", lambda: sc.queueStream([]))
attempt("type", lambda: (type(nums).__name__, type(mapped).__name__, type(counted).__name__))


def show(rdd):
    attempt("rdd.pprint", lambda: rdd.pprint())
    attempt("mapped.pprint", lambda: rdd.map(str).pprint())
    attempt("rdd.foreachRDD", lambda: rdd.foreachRDD(print))
    attempt("rdd.window", lambda: rdd.window(2))
    attempt("rdd.updateStateByKey", lambda: rdd.updateStateByKey(max))
    attempt("rdd.len", lambda: len(rdd))
    attempt("rdd.iter", lambda: list(rdd))
    attempt("rdd.index", lambda: rdd[0])
    attempt("rdd.count+1", lambda: rdd.count + 1)
    attempt("types", lambda: (type(rdd).__name__, type(rdd.map(str)).__name__))


nums.foreachRDD(show)
