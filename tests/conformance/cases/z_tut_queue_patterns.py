# batch: 1
# batches: 5
# The queue_stream.py example's other shapes: a queue filled in a loop with
# parallelize(range, numSlices), map to (x % 10, 1) reduced by key, the modulo counts
# sorted, sum/max/min per batch by reduce, and a queue of RDDs of tuples made by zip.
rddQueue = []
for i in range(5):
    rddQueue += [ssc.sparkContext.parallelize([j for j in range(1, 21 * (i + 1), i + 1)], 4)]
inputStream = ssc.queueStream(rddQueue)
mappedStream = inputStream.map(lambda x: (x % 10, 1))
reducedStream = mappedStream.reduceByKey(lambda a, b: a + b)
reducedStream.pprint()
reducedStream.transform(lambda rdd: rdd.sortByKey()).pprint(3)
inputStream.reduce(lambda a, b: a + b).pprint()
inputStream.reduce(max).map(lambda m: ("max", m)).pprint()
nuevoDStream = inputStream.map(lambda x: (x, x * x)).filter(lambda kv: kv[1] % 7 == 1)
