# batch: 1
# batches: 2
# Actions' functions capture a seeded random.Random and a list: each task (partition) of
# reduce, fold and aggregate starts from the driver's copy (PySpark pickles the function
# per action), while the driver's half (merging the partitions' results) runs the
# driver's own objects, which the next action's tasks then start from.
# driver state: the driver's globals change batch by batch (no snapshot carries them).
import random

rng = random.Random(11)
log = []


def add(a, b):
    log.append((a, b))
    return a + b + rng.randint(0, 3)


def seq(acc, x):
    log.append(x)
    return acc + [x * 10 + rng.randint(0, 9)]


def comb(a, b):
    return a + b


def show(rdd):
    r = rdd.reduce(add)
    f = rdd.fold(0, add)
    g = rdd.aggregate([], seq, comb)
    print("batch", r, f, g, len(log))


data = [[[1, 2, 3], [4, 5, 6]], [[7, 8], [9, 10]]]
nums = ssc.queueStream(createQUEUERDD(data))
nums.foreachRDD(show)
