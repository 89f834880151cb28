# batch: 1
# batches: 4
data = [[[1, 2]], [], [[3], []]]
inputStream = ssc.queueStream(createQUEUERDD(data))
nuevoDStream = inputStream.count()
nuevoDStream.pprint()
inputStream.pprint()
