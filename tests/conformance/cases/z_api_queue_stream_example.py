# batch: 1
# batches: 3
# Spark's examples/src/main/python/streaming/queue_stream.py: RDDs of 1..1000 over 10
# slices pushed into a queue, mapped to (x % 10, 1) and reduced by key.
rddQueue = []
for i in range(5):
    rddQueue += [ssc.sparkContext.parallelize([j for j in range(1, 1001)], 10)]

# Create the QueueInputDStream and use it do some processing
inputStream = ssc.queueStream(rddQueue)
mappedStream = inputStream.map(lambda x: (x % 10, 1))
reducedStream = mappedStream.reduceByKey(lambda a, b: a + b)
reducedStream.pprint()
nuevoDStream = inputStream.filter(lambda x: x % 97 == 0).map(lambda x: x // 97)
