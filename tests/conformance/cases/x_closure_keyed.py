# batch: 1
# batches: 2
# combineByKey, aggregateByKey, foldByKey, partitionBy's partitionFunc, groupBy,
# repartitionAndSortWithinPartitions and reduceByKeyLocally with functions that keep state
# (a list they append to, a seeded random.Random): every map and reduce task starts from
# the driver's copy as it is when the job is made; only reduceByKeyLocally's merging of
# the partitions' dicts runs on the driver, with its own objects (it prints there too).
# driver state: the driver's globals change batch by batch (no snapshot carries them).
import random

rng = random.Random(5)
log = []


def create(v):
    log.append(v)
    return [v, rng.randint(0, 9)]


def merge_value(c, v):
    log.append(v)
    return c + [v, rng.randint(0, 9)]


def merge(a, b):
    log.append(len(b))
    print("merge", a, b)
    return a + b + [len(log)]


def part(k):
    log.append(k)
    return k + len(log)


def show(tag, rdd):
    print(tag, rdd.glom().collect(), len(log), rng.randint(0, 99))


pairs = sc.parallelize([(1, "a"), (2, "b"), (1, "c"), (3, "d"), (2, "e"), (1, "f")], 3)
show("combineByKey", pairs.combineByKey(create, merge_value, merge, 2))
show("aggregateByKey", pairs.aggregateByKey([], merge_value, merge, 2))
show("foldByKey", pairs.mapValues(lambda v: [v]).foldByKey([0], merge, 2))
show("partitionBy", pairs.partitionBy(3, part))
show("groupBy", pairs.groupBy(lambda kv: part(kv[0]) % 2, 2).mapValues(sorted))
show("repartitionAndSort", pairs.repartitionAndSortWithinPartitions(2, part, True, lambda k: -part(k)))
show("placed", pairs.partitionBy(2).combineByKey(create, merge_value, merge, 2))
print("reduceByKeyLocally", pairs.mapValues(lambda v: [v]).reduceByKeyLocally(merge), len(log))


def batch(rdd):
    keyed = rdd.map(lambda x: (x % 3, x))
    show("batch combineByKey", keyed.combineByKey(create, merge_value, merge))
    show("batch partitionBy", keyed.partitionBy(2, part))


data = [[[1, 2, 3], [4, 5, 6]], [[7, 8], [9, 10]]]
nums = ssc.queueStream(createQUEUERDD(data))
nums.foreachRDD(batch)
