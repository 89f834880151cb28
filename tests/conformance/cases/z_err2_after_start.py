# batch: 1
# batches: 3
# Inside foreachRDD (after start): ssc.start() again (Spark only warns), new output
# operations and input streams (Spark's JVM refuses them: a Py4JJavaError).
from py4j.protocol import Py4JJavaError

nums = ssc.queueStream(createQUEUERDD([[[1, 2]], [[3]], [[4, 5]]]))


def attempt(what, f):
    try:
        f()
        print(what, "ok")
    except Py4JJavaError:
        print(what, "Py4JJavaError")
    except Exception as e:
        print(what, type(e).__name__, e)


def show(t, rdd):
    print(t, rdd.collect())
    attempt("start again", lambda: ssc.start())
    attempt("map pprint", lambda: nums.map(lambda x: x + 1).pprint())
    attempt("pprint", lambda: nums.pprint())
    attempt("queueStream", lambda: ssc.queueStream([sc.parallelize([1])]).pprint())


nums.foreachRDD(show)
