# batch: 1
# batches: 3
# A seeded random.Random and a list captured by functions that run on partitions: each
# task starts from the driver's copy (Spark pickles the closure per task), so every
# partition and every batch draws the same numbers, and the driver's copies never change.
# (The driver itself does not draw: Spark pickles a DStream's functions when it generates
# a batch's jobs, which may run ahead of the previous batch's foreachRDD, so a draw on the
# driver would make the golden depend on timing.)
import random

rng = random.Random(7)
seen = []


def tag(x):
    seen.append(x)
    return (x, rng.randint(1, 1000), len(seen))


def draw(it):
    return [(x, round(rng.random(), 6)) for x in it]


data = [[[1, 2, 3], [4, 5, 6]], [[7, 8], [9, 10]], [[11, 12, 13], [14]]]
nums = ssc.queueStream(createQUEUERDD(data))
nums.map(tag).pprint()
nums.mapPartitions(draw).pprint()


def driver(rdd):
    print("driver", len(seen), rdd.map(tag).collect(), rdd.mapPartitions(draw).collect())


nums.foreachRDD(driver)
