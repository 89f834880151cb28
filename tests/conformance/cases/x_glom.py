# batch: 1
# batches: 3
data = [[["a", "b"], ["c"]], [[], ["d", "e", "f"]]]
inputStream = ssc.queueStream(createQUEUERDD(data))
nuevoDStream = inputStream.glom()
nuevoDStream.pprint()
