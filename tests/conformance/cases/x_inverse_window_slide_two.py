# batch: 1
# batches: 14
# checkpoint: yes
data = [[[("a", 1), ("b", 2)]], [[("a", 3)]], [[("c", 1)], [("a", 1)]], [[("b", 5)]],
        [[("a", 2)]], [[("d", 1)]], [[("b", 1), ("a", 1)]], [[("c", 2)]], [[("a", 4)]], [[("e", 3)]]]
inputStream = ssc.queueStream(createQUEUERDD(data))
nuevoDStream = inputStream.reduceByKeyAndWindow(lambda x, y: x + y, lambda x, y: x - y, 10, 2)
nuevoDStream.pprint()
