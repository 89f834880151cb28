# batch: 1
# batches: 2
data = [[[(-1, "a"), (None, "b"), (1.5, "c"), (("x", 1), "d")], [(-2, "e"), (("x", 1), "f"), (2.0, "g"), (True, "h")]]]
inputStream = ssc.queueStream(createQUEUERDD(data))
nuevoDStream = inputStream.groupByKey(3).mapValues(list)
nuevoDStream.pprint()
