# batch: 1
# batches: 3
# A shuffle of a transform function's RDD whose keys cannot be hashed (distinct of
# lists): PySpark makes the shuffle when the function runs, and only the batch's jobs that
# compute it fail (in their tasks); the batch's other outputs print.
lines = ssc.queueStream(createQUEUERDD([[["a b", "c"]], [["a b"], ["d"]], [["x"]]]))
lines.pprint()


def uniq(rdd):
    return rdd.map(lambda l: l.split()).distinct()


words = lines.transform(uniq)
words.count().pprint()
words.pprint()
lines.count().pprint()
lines.transform(lambda rdd: rdd.map(lambda l: (l.split(), 1)).reduceByKey(lambda a, b: a + b)).pprint()
nuevoDStream = lines.transform(lambda rdd: rdd.map(lambda l: tuple(l.split())).distinct())
