# batch: 1
# batches: 3
data = [[[5, 3, 9], [1, 7]], [[4, 4, 2], [8], [6, 0]]]
inputStream = ssc.queueStream(createQUEUERDD(data))
nuevoDStream = inputStream.transform(lambda rdd: rdd.sortBy(lambda x: -x))
nuevoDStream.pprint()
