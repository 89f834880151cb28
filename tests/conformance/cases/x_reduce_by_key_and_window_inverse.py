# batch: 1
# batches: 10
# checkpoint: yes
data = [[[("a", 1), ("b", 2)], [("a", 3)]],
        [[("c", 4)], [("a", 1)]],
        [[("b", 1)]],
        [[("a", 2), ("d", 5)]],
        [[("c", 1)]],
        [[("a", 1)], [("e", 2)]],
        [[("b", 3)]]]
inputStream = ssc.queueStream(createQUEUERDD(data))
nuevoDStream = inputStream.reduceByKeyAndWindow(lambda x, y: x + y, lambda x, y: x - y, 5, 1)
nuevoDStream.pprint()
