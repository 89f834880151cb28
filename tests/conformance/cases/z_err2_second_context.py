# batch: 1
# batches: 2
# A second StreamingContext made on the same SparkContext, before the first starts: it
# cannot start with no output operations (caught by name: Spark's JVM refuses it); once
# stopped (keeping the SparkContext) it refuses new streams and a new start. The first
# context runs as usual.
from py4j.protocol import Py4JJavaError
from pyspark.streaming import StreamingContext


def attempt(what, f):
    try:
        print(what, "ok", f())
    except Py4JJavaError as e:
        print(what, "Py4JJavaError", "No output operations registered" in str(e),
              "already been stopped" in str(e), "after stopping a context" in str(e))
    except Exception as e:
        print(what, type(e).__name__, e)


other = StreamingContext(sc, 2)
attempt("active before", lambda: StreamingContext.getActive())
attempt("start no outputs", lambda: other.start())
attempt("stop", lambda: other.stop(stopSparkContext=False))
attempt("queueStream after stop", lambda: other.queueStream([sc.parallelize([1])]))
attempt("start after stop", lambda: other.start())
attempt("same sc", lambda: other.sparkContext is sc)
nums = ssc.queueStream(createQUEUERDD([[[1, 2]], [[3]]]))
nuevoDStream = nums.map(lambda x: x * 10)
nuevoDStream.pprint()
