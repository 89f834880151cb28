# batch: 2
# batches: 4
# foreachRDD bodies from tutorials: a "-------- time --------" banner, an isEmpty() guard,
# take(10) printed record by record, collect() then print per record, count() and
# first(), strftime of the batch time, and a one-argument foreachRDD.
data = [[("u1", "click"), ("u2", "view")], [], [("u3", "view")] * 12, [("u1", "buy"), ("u1", "view")]]
events = ssc.queueStream([sc.parallelize(d, 3) for d in data])


def process(t, rdd):
    print("-------- %s --------" % t)
    if rdd.isEmpty():
        print("No data in this batch")
        return
    for record in rdd.take(10):
        print(record)
    print("count=%d first=%s" % (rdd.count(), rdd.first()))
    print(t.strftime("%Y-%m-%d %H:%M:%S"), type(t).__name__)


events.foreachRDD(process)
events.foreachRDD(lambda t, rdd: print("== %s == %s" % (t, sorted(rdd.countByValue().items()))))


def per_record(rdd):
    for user, action in rdd.collect():
        print("%s -> %s" % (user, action))


events.filter(lambda e: e[1] != "view").foreachRDD(per_record)
nuevoDStream = events.map(lambda e: e[0]).countByValue()
