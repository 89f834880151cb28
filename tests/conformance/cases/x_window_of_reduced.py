# batch: 1
# batches: 5
data = [[[("a", 1), ("b", 2)], [("a", 3), ("c", 1)]],
        [[("c", 4)], [("a", 1), ("d", 2)]],
        [[("b", 1)]]]
inputStream = ssc.queueStream(createQUEUERDD(data))
nuevoDStream = inputStream.reduceByKey(lambda x, y: x + y).window(2, 1)
nuevoDStream.pprint()
