# batch: 1
# batches: 4
# checkpoint: yes
# The DStream operators that take functions, with functions that keep state (a list they
# append to): updateStateByKey, reduceByKeyAndWindow and reduceByWindow with an inverse
# function, combineByKey, partitionBy's partitionFunc and reduce run them in tasks, each
# from the driver's copy, so the driver's list stays empty; transform's function runs on
# the driver with its own objects (the records it tags show how often it ran).
# driver state: the driver's globals change batch by batch (no snapshot carries them).
import random

rng = random.Random(9)
log = []
gen = []


def update(values, old):
    log.append(values)
    return (old or 0) + sum(values) + len(log) * 100


def add(a, b):
    log.append(b)
    return a + b + len(log) * 1000


def sub(a, b):
    log.append(b)
    return a - b - len(log) * 1000


def create(v):
    log.append(v)
    return [v, len(log)]


def merge_value(c, v):
    log.append(v)
    return c + [v, len(log)]


def merge(a, b):
    log.append(0)
    return a + b + [len(log)]


def part(k):
    log.append(k)
    return k + len(log)


def tagged(rdd):
    gen.append(len(gen))
    return rdd.map(lambda x: (x, len(gen), len(log)))


data = [[[1, 2, 3], [4, 5, 6]], [[7, 8], [9, 10]], [[11, 12, 13], [14]], [[1, 4], [7]]]
nums = ssc.queueStream(createQUEUERDD(data))
pairs = nums.map(lambda x: (x % 3, x))
pairs.updateStateByKey(update).pprint()
pairs.reduceByKeyAndWindow(add, sub, 2, 1).pprint()
nums.reduceByWindow(add, sub, 2, 1).pprint()
pairs.combineByKey(create, merge_value, merge).pprint()
pairs.partitionBy(2, part).glom().pprint()
nums.reduce(add).pprint()
nums.transform(tagged).pprint()


def driver(rdd):
    print("driver", len(log), rng.randint(0, 99))


nums.foreachRDD(driver)
