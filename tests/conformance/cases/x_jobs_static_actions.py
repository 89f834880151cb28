# batch: 1
# batches: 1
# Static RDDs: each action is a job that runs the uncached lineage's functions again; a
# cached RDD's partitions are computed by the first job that needs them; a shuffle's map
# side runs once, its reduce side once per job.
acc = sc.accumulator(0)


def f(x):
    acc.add(1)
    return x


def g(a, b):
    acc.add(100)
    return a + b


def show(label, v):
    print(label, v, acc.value)


r = sc.parallelize(range(10), 2).map(f)
show("made", r.getNumPartitions())
show("count", r.count())
show("collect", r.collect())
show("sum", r.sum())
show("reduce", r.reduce(lambda a, b: a + b))
show("max", r.max())
r.foreach(lambda x: None)
show("foreach", None)
show("countByValue", len(r.countByValue()))
show("top", r.top(2))
show("takeOrdered", r.takeOrdered(2))
show("stats", r.stats())
show("mean", r.mean())
show("filtered", r.filter(lambda x: x % 2).map(f).collect())
c = sc.parallelize(range(6), 2).map(f).cache()
show("cache made", c.getNumPartitions())
show("cache count", c.count())
show("cache collect", c.collect())
show("after cache", c.map(f).count())
k = sc.parallelize(range(10), 2).map(lambda x: (f(x) % 3, 1)).reduceByKey(g)
show("shuffle made", k.getNumPartitions())
show("shuffle collect", sorted(k.collect()))
show("shuffle count", k.count())
show("shuffle after", sorted(k.mapValues(f).collect()))
ssc.queueStream([sc.parallelize([1])]).count().pprint()
