# batch: 1
# batches: 2
# countByKey and countByValue printed whole (PySpark returns defaultdicts), a missing
# key read from one, groupByKey + mapValues(list), collectAsMap, groupBy(len) and
# reduceByKeyLocally printed as they come.
def show(t, rdd):
    pairs = rdd.map(lambda w: (w[0], w))
    print(pairs.countByKey())
    print(rdd.countByValue())
    c = rdd.map(len).countByValue()
    print(c, type(c).__name__, c.default_factory)
    d = pairs.countByKey()
    print(dict(d), d["zzz"], d)
    print(pairs.groupByKey().mapValues(list).collect())
    print(pairs.collectAsMap())
    print(rdd.groupBy(len).mapValues(sorted).collect())
    print(pairs.reduceByKeyLocally(lambda a, b: a + "+" + b))


words = ssc.queueStream(createQUEUERDD([[["pear", "plum", "apple"], ["peach", "apple", "fig"]],
                                         [["kiwi"], [], ["kiwi", "lime", "kiwi"]]]))
words.foreachRDD(show)
