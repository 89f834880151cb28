# batch: 1
# batches: 4
# checkpoint: yes
# A stream that never receives data (zero-partition RDDs and empty partitions): pprint,
# count, reduce, countByValue, countByWindow, reduceByKeyAndWindow with an inverse,
# updateStateByKey, and foreachRDD guards (isEmpty, take, collect, getNumPartitions).
stream = ssc.queueStream(createQUEUERDD([[], [[]], [[], []], []]))
stream.pprint()
stream.count().pprint()
stream.reduce(lambda a, b: a + b).pprint()
stream.countByValue().pprint()
stream.countByWindow(2, 1).pprint()
stream.map(lambda x: (x, 1)).reduceByKeyAndWindow(lambda a, b: a + b, lambda a, b: a - b, 3, 1).pprint()
nuevoDStream = stream.map(lambda x: (x, 1)).updateStateByKey(lambda n, s: (s or 0) + sum(n))
stream.foreachRDD(lambda t, rdd: print(t, rdd.isEmpty(), rdd.take(3), rdd.collect(), rdd.getNumPartitions(), rdd.count()))
