# batch: 1
# batches: 2
# DStream transformations made after start (in foreachRDD): PySpark builds the Python
# steps lazily, so they succeed, and only their output operations reach the JVM, which
# refuses them (IllegalStateException in a Py4JJavaError); what PySpark makes on the JVM
# at once (window, union, join...) is refused at the call.
from py4j.protocol import Py4JJavaError

nums = ssc.queueStream(createQUEUERDD([[[1, 2]], [[3]]]))
pairs = nums.map(lambda x: (x % 2, x))


def attempt(what, f):
    try:
        r = f()
        print(what, "ok", type(r).__name__)
        return r
    except Py4JJavaError as e:
        print(what, "Py4JJavaError", "IllegalStateException" in str(e))
    except Exception as e:
        print(what, type(e).__name__, e)


def show(t, rdd):
    print(t, rdd.collect())
    m = attempt("map", lambda: nums.map(lambda x: x * 10))
    if m is not None:
        attempt("map.pprint", lambda: m.pprint())
        attempt("map.foreachRDD", lambda: m.foreachRDD(lambda r: print(r.collect())))
        attempt("map.count", lambda: m.count())
        attempt("map.saveAsTextFiles", lambda: m.saveAsTextFiles("/tmp/never"))
    attempt("filter", lambda: nums.filter(bool))
    attempt("reduceByKey", lambda: pairs.reduceByKey(lambda a, b: a + b))
    attempt("countByValue", lambda: nums.countByValue())
    attempt("transform", lambda: nums.transform(lambda r: r))
    attempt("window", lambda: nums.window(2, 1))
    attempt("union", lambda: nums.union(nums))
    attempt("join", lambda: pairs.join(pairs))
    attempt("reduceByKeyAndWindow", lambda: pairs.reduceByKeyAndWindow(lambda a, b: a + b, None, 2, 1))
    attempt("cache", lambda: nums.map(str).cache())
    attempt("repartition", lambda: nums.repartition(3))


nums.foreachRDD(show)
