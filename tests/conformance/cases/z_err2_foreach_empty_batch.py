# batch: 1
# batches: 4
# foreachRDD functions that assume a batch has records: first() and reduce() of an empty
# batch raise PySpark's ValueErrors, collect()[0] an IndexError (uncaught: that batch's
# job fails, the next batches go on); caught, the same texts are printed.
from operator import add

data = [[[3, 1], [2]], [], [[]], [[5]]]
nums = ssc.queueStream(createQUEUERDD(data))


def head(t, rdd):
    print(t, "first", rdd.first())


def biggest(rdd):
    print("max", rdd.reduce(max))


def index(rdd):
    print("index", rdd.collect()[0])


def careful(rdd):
    for what, f in (("first", rdd.first), ("reduce", lambda: rdd.reduce(add)),
                    ("max", rdd.max), ("mean", rdd.mean), ("take", lambda: rdd.take(1)[0]),
                    ("top", lambda: rdd.top(1)), ("stats", lambda: rdd.stats().count())):
        try:
            print(what, f())
        except (ValueError, IndexError) as e:
            print(what, type(e).__name__, e)


nums.foreachRDD(head)
nums.foreachRDD(biggest)
nums.foreachRDD(index)
nums.foreachRDD(careful)
