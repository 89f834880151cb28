# batch: 1
# batches: 1
# Static shuffles whose functions run on the reduce side too: combineByKey's
# mergeCombiners, aggregateByKey's combFunc, foldByKey's func (the map side runs once, at
# the first job; the reduce side once per job); over an RDD already partitioned alike
# there is no shuffle, and every job runs all of them again.
acc = sc.accumulator(0)


def add(a, b):
    acc.add(1)
    return a + b


def comb(a, b):
    acc.add(100)
    return a + b


def merge(a, b):
    acc.add(10000)
    return a + b


def show(label, v):
    print(label, v, acc.value)


pairs = sc.parallelize([(i % 3, i) for i in range(12)], 3)
f = pairs.foldByKey(0, add)
show("foldByKey made", f.getNumPartitions())
show("foldByKey collect", sorted(f.collect()))
show("foldByKey count", f.count())
show("foldByKey take", f.take(1))
a = pairs.aggregateByKey(0, lambda s, v: s + v, comb, 2)
show("aggregateByKey made", a.getNumPartitions())
show("aggregateByKey collect", sorted(a.collect()))
show("aggregateByKey count", a.count())
c = pairs.combineByKey(lambda v: v, add, merge)
show("combineByKey made", c.getNumPartitions())
show("combineByKey collect", sorted(c.collect()))
show("combineByKey count", c.count())
r = pairs.reduceByKey(comb)
show("reduceByKey made", r.getNumPartitions())
show("reduceByKey count", r.count())
show("reduceByKey count again", r.count())
placed = pairs.partitionBy(3)
show("placed", placed.getNumPartitions())
p = placed.foldByKey(0, add)
show("placed foldByKey made", p.getNumPartitions())
show("placed foldByKey collect", sorted(p.collect()))
show("placed foldByKey count", p.count())
m = placed.combineByKey(lambda v: v, add, merge)
show("placed combineByKey count", m.count())
show("placed combineByKey count again", m.count())
g = pairs.groupByKey().mapValues(lambda vs: add(0, sum(vs)))
show("groupByKey mapValues made", g.getNumPartitions())
show("groupByKey mapValues count", g.count())
show("groupByKey mapValues collect", sorted(g.collect()))
ssc.queueStream([sc.parallelize([1])]).count().pprint()
