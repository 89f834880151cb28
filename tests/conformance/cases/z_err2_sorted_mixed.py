# batch: 1
# batches: 3
# sorted() over values that mix str and int: in a task (mapValues(sorted), failing only
# in the batch that mixes them) and on the driver in foreachRDD (caught, CPython's text).
data = [[[("k", 3), ("k", 1)], [("j", 2)]], [[("k", "x"), ("k", 2)]], [[("k", 5)], [("k", 4)]]]
pairs = ssc.queueStream(createQUEUERDD(data))
nuevoDStream = pairs.groupByKey().mapValues(sorted)
nuevoDStream.pprint()


def show(rdd):
    values = rdd.values().collect()
    try:
        print("sorted", sorted(values))
    except TypeError as e:
        print("TypeError", e)
    try:
        print("max", max(values))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


pairs.foreachRDD(show)
