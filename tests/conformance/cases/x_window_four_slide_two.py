# batch: 1
# batches: 8
# checkpoint: yes
data = [[[("a", 1), ("b", 2)]], [[("a", 3)]], [[("c", 1)], [("a", 1)]], [[("b", 5)]], [[("a", 2)]]]
inputStream = ssc.queueStream(createQUEUERDD(data))
nuevoDStream = inputStream.reduceByKeyAndWindow(lambda x, y: x + y, lambda x, y: x - y, 4, 2)
nuevoDStream.pprint()
