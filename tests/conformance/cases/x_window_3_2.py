# batch: 1
# batches: 7
data = [[[1], [2]], [[3]], [[4, 5]], [[6]], [[7], [8]]]
inputStream = ssc.queueStream(createQUEUERDD(data))
nuevoDStream = inputStream.window(3, 2)
nuevoDStream.pprint()
