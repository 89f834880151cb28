# batch: 1
# batches: 2
data = [[[("a", 1), ("b", 2), ("a", 1)], [("b", 2), (None, 0), ("a", 1), (3, 4)]]]
inputStream = ssc.queueStream(createQUEUERDD(data))
nuevoDStream = inputStream.countByValue()
nuevoDStream.pprint()
