# batch: 1
# batches: 3
data1 = [[[1, 2, 3], [2, 4]], [[5, 6]]]
data2 = [[[3, 4], [7]], [[6, 6, 8]]]
a = ssc.queueStream(createQUEUERDD(data1))
b = ssc.queueStream(createQUEUERDD(data2))
nuevoDStream = a.transformWith(lambda x, y: x.union(y).distinct(), b)
nuevoDStream.pprint()
