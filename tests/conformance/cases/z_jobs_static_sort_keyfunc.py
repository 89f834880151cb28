# batch: 1
# batches: 1
# sortByKey with a keyfunc: the driver sorts the sampled keys with it, the map tasks place
# each record by it (once, at the first job over the sorted RDD), and each partition is
# sorted by it again in every job that computes it; sortBy's keyfunc runs in its count,
# sample and map tasks only.
acc = sc.accumulator(0)


def key(k):
    acc.add(1)
    return -k


def show(label, v):
    print(label, v, acc.value)


pairs = sc.parallelize([(i * 7 % 10, i) for i in range(10)], 2)
s = pairs.sortByKey(keyfunc=key)
show("sortByKey made", s.getNumPartitions())
show("sortByKey collect", s.collect())
show("sortByKey count", s.count())
show("sortByKey take", s.take(2))
one = pairs.sortByKey(numPartitions=1, keyfunc=key)
show("into one made", one.getNumPartitions())
show("into one count", one.count())
b = pairs.sortBy(lambda kv: (acc.add(100), kv[1])[1])
show("sortBy made", b.getNumPartitions())
show("sortBy count", b.count())
show("sortBy count again", b.count())
ssc.queueStream([sc.parallelize([1])]).count().pprint()
