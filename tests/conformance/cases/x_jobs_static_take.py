# batch: 1
# batches: 1
# take, first and isEmpty on static RDDs: PySpark's take scans partition 0, then more;
# the pipelined functions run only for the records the scan pulls.
acc = sc.accumulator(0)


def f(x):
    acc.add(1)
    return x


def show(label, v):
    print(label, v, acc.value)


r = sc.parallelize(range(10), 2).map(f)
show("take3", r.take(3))
show("first", r.first())
show("isEmpty", r.isEmpty())
show("take7", r.take(7))
show("take20", r.take(20))
e = sc.parallelize(range(10), 3).filter(lambda x: f(x) > 7)
show("filtered take", e.take(1))
c = sc.parallelize(range(10), 2).map(f).cache()
show("cached take", c.take(2))
show("cached count", c.count())
show("cached take again", c.take(2))
ssc.queueStream([sc.parallelize([1])]).count().pprint()
