# batch: 1
# batches: 9
# checkpoint: yes
# Counting over windows as tutorials show it: countByWindow, countByValueAndWindow (with
# numPartitions), window().count(), window(...).countByValue(), reduceByWindow with an
# inverse, over batches with empty ones between.
batches = [[1, 2, 3], [], [2, 2], [3], [], [], [1, 1, 1, 4], [4], []]
stream = ssc.queueStream([ssc.sparkContext.parallelize(b) for b in batches])
stream.countByWindow(3, 1).pprint()
stream.countByValueAndWindow(4, 2).transform(lambda rdd: rdd.sortByKey()).pprint()
stream.countByValueAndWindow(5, 1, numPartitions=1).pprint()
stream.window(3, 1).count().map(lambda c: "window has %d records" % c).pprint()
nuevoDStream = stream.window(4, 2).countByValue()
stream.reduceByWindow(lambda a, b: a + b, lambda a, b: a - b, 5, 1).pprint()
