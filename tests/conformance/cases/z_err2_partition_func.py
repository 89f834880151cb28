# batch: 1
# batches: 2
# partitionBy with a partition function that does not return an int: a str key ("%"
# formats it: TypeError), None (TypeError), a float (PySpark cannot pack it), and one that
# returns ints beyond the partitions or negative ones (taken modulo numPartitions).
data = [[[("a", 1), ("b", 2)], [("c", 3)]], [[("d", 4)]]]
pairs = ssc.queueStream(createQUEUERDD(data))
pairs.partitionBy(2, lambda k: k).glom().pprint()
pairs.partitionBy(2, lambda k: None).glom().pprint()
pairs.partitionBy(2, lambda k: 0.5).glom().pprint()
nuevoDStream = pairs.partitionBy(2, lambda k: ord(k) * 7)
nuevoDStream.glom().pprint()


def attempt(what, f):
    try:
        print(what, "ok", f())
    except Exception as e:
        print(what, type(e).__name__, e)


def show(rdd):
    attempt("negative", lambda: rdd.partitionBy(2, lambda k: -ord(k)).glom().collect())


pairs.foreachRDD(show)
