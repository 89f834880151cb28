# batch: 1
# batches: 3
data = [[[1, 2, 3], [4, 5]], [[6], [7, 8, 9], [10]]]
inputStream = ssc.queueStream(createQUEUERDD(data))
nuevoDStream = inputStream.mapPartitionsWithIndex(lambda i, it: [(i, sum(it))])
nuevoDStream.pprint()
