# batch: 1
# batches: 2
# checkpoint: yes
# PySpark's checks when DStreams are defined (before start), caught and printed: window
# lengths not multiples of the batch, countByValueAndWindow and
# reduceByKeyAndWindow with bad slides, slice before start (py4j's Py4JJavaError, also
# caught by name), an empty ssc.union, and pprint with num 0 and 1 (it takes num + 1 and
# shows "..." past num).
from py4j.protocol import Py4JJavaError

nums = ssc.queueStream(createQUEUERDD([[[1, 2, 3]], [[4]]]))


def attempt(what, f):
    try:
        f()
        print(what, "ok")
    except Exception as e:
        print(what, type(e).__name__, str(e).splitlines()[0][:90] if isinstance(e, ValueError) else "")


attempt("window 2.5", lambda: nums.window(2.5, 1))
attempt("rbkaw slide", lambda: nums.map(lambda x: (x, 1)).reduceByKeyAndWindow(lambda a, b: a + b, None, 2, 1.5))
attempt("cbvaw 0.5", lambda: nums.countByValueAndWindow(0.5, 1))
attempt("gbkaw", lambda: nums.map(lambda x: (x, 1)).groupByKeyAndWindow(3, 2.5))
attempt("slice", lambda: nums.slice(0, 10))
attempt("union none", lambda: ssc.union())
attempt("remember", lambda: ssc.remember(3))
try:
    nums.slice(1, 2)
except Py4JJavaError:
    print("caught Py4JJavaError")
nums.pprint(0)
nums.pprint(1)
nums.map(lambda x: (x % 2, x)).groupByKeyAndWindow(2, 1, 3).mapValues(sorted).glom().pprint()
