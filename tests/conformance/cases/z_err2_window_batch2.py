# batch: 2
# batches: 3
# Window and slide durations that are not multiples of a 2 s batch, caught when the
# DStreams are defined (PySpark's ValueErrors), then a valid window that runs.
pairs = ssc.queueStream(createQUEUERDD([[[("a", 1)]], [[("b", 2)]], [[("a", 3)]]]))


def attempt(what, f):
    try:
        f()
        print(what, "ok")
    except Exception as e:
        print(what, type(e).__name__, str(e).splitlines()[0][:100])


attempt("window 3", lambda: pairs.window(3))
attempt("window 4 1", lambda: pairs.window(4, 1))
attempt("window 1", lambda: pairs.window(1))
attempt("countByWindow 5 2", lambda: pairs.countByWindow(5, 2))
attempt("reduceByWindow 4 3", lambda: pairs.reduceByWindow(lambda a, b: a, None, 4, 3))
attempt("reduceByKeyAndWindow 3", lambda: pairs.reduceByKeyAndWindow(lambda a, b: a + b, None, 3))
attempt("reduceByKeyAndWindow slide 3", lambda: pairs.reduceByKeyAndWindow(lambda a, b: a + b, None, 4, 3))
attempt("groupByKeyAndWindow 6 1", lambda: pairs.groupByKeyAndWindow(6, 1))
attempt("countByValueAndWindow 2.5", lambda: pairs.countByValueAndWindow(2.5, 2))
nuevoDStream = pairs.window(4, 2)
nuevoDStream.pprint()
