# batch: 1
# batches: 3
nuevoDStream = ssc.queueStream([[1, 2, 3, 4, 5], ["a", "b", "c"]])
nuevoDStream.pprint()
