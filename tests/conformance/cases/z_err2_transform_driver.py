# batch: 1
# batches: 4
# transform functions that raise on the driver in one batch: first() of an empty batch
# (batch 2) and a lookup of a missing key in a driver dict (batch 3). Spark does not
# generate that batch's jobs: none of its outputs print, the other batches do (after the
# queue, its default RDD).
data = [[["a", "b"]], [], [["z"]], [["c"]]]
letters = ssc.queueStream(createQUEUERDD(data), default=sc.parallelize(["b"]))
letters.pprint()
rank = {"a": 1, "b": 2, "c": 3}


def from_first(rdd):
    first = rdd.first()
    return rdd.filter(lambda x: x >= first)


def scale(rdd):
    k = rank[sorted(rdd.collect())[0]]
    return rdd.map(lambda x: x * k)


letters.transform(from_first).pprint()
nuevoDStream = letters.transform(scale)
nuevoDStream.pprint()
