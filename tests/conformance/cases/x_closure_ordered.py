# batch: 1
# batches: 2
# sortBy, sortByKey with a keyfunc, top, takeOrdered, max, min, treeAggregate and
# treeReduce with functions that keep state: each task starts from the driver's copy as
# it is when the job is made; the driver's parts (sortByKey sorting its sample, the
# merging of top's and max's per-partition results, treeAggregate's last reduce) run the
# driver's own objects, which the next jobs then start from, and print on the driver.
# driver state: the driver's globals change batch by batch (no snapshot carries them).
import random

rng = random.Random(3)
log = []


def skey(k):
    log.append(k)
    return (k * 7 + len(log)) % 10


def rkey(x):
    log.append(x)
    return x % 4 * 100 + rng.randint(0, 9)


def seq(acc, x):
    log.append(x)
    return acc + [x + len(log)]


def comb(a, b):
    log.append(len(b))
    print("comb", a, b)
    return a + b + [rng.randint(0, 9)]


def add(a, b):
    log.append(b)
    return a + b + len(log)


def state():
    return len(log), rng.randint(0, 99)


def show(tag, rdd):
    print(tag, rdd.glom().collect(), state())


nums = sc.parallelize([5, 3, 8, 1, 9, 2, 7, 4, 6, 0, 11, 13], 4)
pairs = nums.map(lambda x: (x, x * x))
show("sortBy", nums.sortBy(skey, True, 3))
show("sortBy desc", nums.sortBy(skey, False, 2))
show("sortByKey", pairs.sortByKey(True, 3, skey))
show("sortByKey desc", pairs.sortByKey(False, 2, skey))
show("sortByKey one", pairs.sortByKey(True, 1, skey))
print("top", nums.top(3, rkey), state())
print("takeOrdered", nums.takeOrdered(4, rkey), state())
print("max", nums.max(rkey), state())
print("min", nums.min(rkey), state())
eight = sc.parallelize(range(16), 8)
print("treeAggregate", eight.treeAggregate([], seq, comb), state())
print("treeAggregate 4", nums.treeAggregate([], seq, comb, 3), state())
print("treeReduce", eight.treeReduce(add), state())
print("treeReduce 4", nums.treeReduce(add), state())


def batch(rdd):
    print("batch sortBy", rdd.sortBy(skey, True, 2).collect(), state())
    print("batch top", rdd.top(2, rkey), rdd.min(rkey), state())
    print("batch tree", rdd.treeAggregate([], seq, comb), state())


data = [[[1, 2, 3], [4, 5, 6]], [[7, 8], [9, 10]]]
ds = ssc.queueStream(createQUEUERDD(data))
ds.foreachRDD(batch)
