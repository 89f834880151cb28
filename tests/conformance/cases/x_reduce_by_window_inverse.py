# batch: 1
# batches: 8
# checkpoint: yes
data = [[[1, 2], [3]], [[4]], [[5, 6]], [[7]], [[8], [9]], [[10]]]
inputStream = ssc.queueStream(createQUEUERDD(data))
nuevoDStream = inputStream.reduceByWindow(lambda a, b: a + b, lambda a, b: a - b, 5, 1)
nuevoDStream.pprint()
