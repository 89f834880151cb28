# batch: 1
# batches: 1
# coalesce(1) without a shuffle and sortByKey into one partition are narrow on Spark
# (a CoalescedRDD): every job computes all of the uncached RDD under them again, and the
# sort's keyfunc per job; coalesce(1, True) shuffles (its map side once).
acc = sc.accumulator(0)


def f(x):
    acc.add(1)
    return x


def key(k):
    acc.add(100)
    return -k


def show(label, v):
    print(label, v, acc.value)


r = sc.parallelize(range(6), 3).map(f)
c = r.coalesce(1)
show("coalesce made", c.getNumPartitions())
show("coalesce count", c.count())
show("coalesce count again", c.count())
s = r.map(lambda x: (x, x)).sortByKey(numPartitions=1, keyfunc=key)
show("sortByKey made", s.getNumPartitions())
show("sortByKey count", s.count())
show("sortByKey collect", s.collect())
d = r.coalesce(1, True)
show("shuffled made", d.getNumPartitions())
show("shuffled count", d.count())
show("shuffled count again", d.count())
ssc.queueStream([sc.parallelize([1])]).count().pprint()
