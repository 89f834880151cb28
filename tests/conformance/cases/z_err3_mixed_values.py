# batch: 1
# batches: 3
# Values of mixed types merged by reduceByKey (a count kept as a string for one record):
# the batch whose key meets both fails that output's job; where each key's values are of
# one type it runs (strings concatenate). A driver-side sum of a batch mixing types fails
# in foreachRDD, caught.
lines = ssc.queueStream(createQUEUERDD([[["a 1", "b 2"], ["a x"]], [["b 3"], ["b 4"]], [["c y"], ["c z"]]]))


def parse(l):
    k, v = l.split()
    return (k, int(v) if v.isdigit() else v)


pairs = lines.map(parse)
pairs.reduceByKey(lambda a, b: a + b).pprint()
pairs.count().pprint()


def total(t, rdd):
    try:
        print(t, sum(v for _, v in rdd.collect()))
    except TypeError as e:
        print(t, "TypeError", e)


pairs.foreachRDD(total)
