# batch: 1
# batches: 2
# PySpark's own argument checks and CPython's messages for a call that does not fit.
nums = ssc.queueStream(createQUEUERDD([[[1, 2]], [[3]]]))

def attempt(what, f):
    try:
        f()
        print(what, "ok")
    except (TypeError, ValueError) as e:
        print(what, type(e).__name__, e)

attempt("window 1.5", lambda: nums.window(1.5))
attempt("window slide", lambda: nums.window(2, 0.5))
attempt("window missing", lambda: nums.window())
attempt("map two", lambda: nums.map(lambda x: x, True, 3))
attempt("count arg", lambda: nums.count(1))
attempt("reduceByWindow", lambda: nums.reduceByWindow(lambda a, b: a + b))
attempt("join twice", lambda: nums.join(nums, other=nums))
attempt("union empty", lambda: ssc.union())
attempt("union one", lambda: ssc.union(nums).count())
attempt("by keyword", lambda: nums.window(windowDuration=2, slideDuration=1))
nums.window(windowDuration=2, slideDuration=1).glom().pprint()
nums.map(f=lambda x: x * 2).pprint(num=1)
