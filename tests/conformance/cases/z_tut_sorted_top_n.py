# batch: 1
# batches: 4
# "Top words per batch" the way tutorials print it: transform with sortBy(...,
# ascending=False) then pprint(num), sortByKey(False), takeOrdered and top in foreachRDD,
# pprint(0), pprint(1) and pprint(20) on batches of 0, 1, 20 and 21 records.
text = [["the quick brown fox jumps over the lazy dog the end"],
        [],
        ["one"],
        ["w%02d" % i for i in range(21)]]
lines = ssc.queueStream([sc.parallelize(t, 2) for t in text])
counts = lines.flatMap(lambda l: l.split()).map(lambda w: (w, 1)).reduceByKey(lambda a, b: a + b)
top = counts.transform(lambda rdd: rdd.sortBy(lambda x: x[1], ascending=False))
top.pprint(3)
counts.map(lambda kv: (kv[1], kv[0])).transform(lambda rdd: rdd.sortByKey(False)).pprint(2)
lines.flatMap(lambda l: l.split()).pprint(0)
lines.flatMap(lambda l: l.split()).pprint(1)
nuevoDStream = lines.flatMap(lambda l: l.split())
nuevoDStream.pprint(20)


def show_top(time, rdd):
    print("Top at %s: %s" % (time, rdd.takeOrdered(3, key=lambda x: (-x[1], x[0]))))
    print("top():", rdd.top(2), rdd.top(2, key=lambda kv: kv[0][::-1]))


counts.foreachRDD(show_top)
