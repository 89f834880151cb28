# batch: 2
# batches: 4
data = [[["a", "b"]], [["b"]], [["c", "a"]]]
inputStream = ssc.queueStream(createQUEUERDD(data))
nuevoDStream = inputStream.countByValue().window(4, 2)
nuevoDStream.pprint()
