# batch: 1
# batches: 1
# sortBy runs its keyfunc in the count job, the sample job and the shuffle's map side;
# sortByKey's count and sample jobs compute only what it sorts.
acc = sc.accumulator(0)


def f(x):
    acc.add(1)
    return x


def key(x):
    acc.add(100)
    return -x


def show(label, v):
    print(label, v, acc.value)


r = sc.parallelize(range(6), 2).map(f)
s = r.sortBy(key)
show("sortBy made", s.getNumPartitions())
show("sortBy collect", s.collect())
show("sortBy count", s.count())
k = r.map(lambda x: (x % 3, x)).sortByKey(False, 2)
show("sortByKey made", k.getNumPartitions())
show("sortByKey collect", k.collect())
one = r.sortBy(key, numPartitions=1)
show("sortBy one made", one.getNumPartitions())
show("sortBy one collect", one.collect())
ssc.queueStream([sc.parallelize([1])]).count().pprint()
