# batch: 1
# batches: 1
# Static shuffles: the map side (with the functions it runs) runs at the first job over
# what they make, once; sortBy runs a count and a sample job first; zipWithIndex a count
# job; narrow steps after a shuffle run per job.
acc = sc.accumulator(0)


def f(x):
    acc.add(1)
    return x


def key(x):
    acc.add(100)
    return x % 3


def show(label, v):
    print(label, v, acc.value)


r = sc.parallelize(range(8), 2).map(f)
d = r.distinct()
show("distinct made", d.getNumPartitions())
show("distinct count", d.count())
show("distinct count again", d.count())
g = r.groupBy(key)
show("groupBy made", g.getNumPartitions())
show("groupBy", sorted((k, sorted(v)) for k, v in g.collect()))
show("groupBy count", g.count())
s = r.sortBy(lambda x: -x)
show("sortBy made", s.getNumPartitions())
show("sortBy collect", s.collect())
show("sortBy take", s.take(2))
z = r.zipWithIndex()
show("zipWithIndex made", z.getNumPartitions())
show("zipWithIndex collect", z.collect())
j = r.map(lambda x: (x % 2, x)).join(sc.parallelize([(0, "a"), (1, "b")]))
show("join made", j.getNumPartitions())
show("join count", j.count())
show("join mapped", sorted(j.mapValues(f).collect()))
c = r.coalesce(1)
show("coalesce count", c.count())
ssc.queueStream([sc.parallelize([1])]).count().pprint()
