# batch: 1
# batches: 3
data = [[[("aa", 1), ("b", 2), ("ccc", 3)], [("dddd", 4), ("ee", 5)]],
        [[("f", 6)], [("gg", 7), ("hhh", 8)]]]
inputStream = ssc.queueStream(createQUEUERDD(data))
nuevoDStream = inputStream.partitionBy(3, lambda k: len(k))
nuevoDStream.pprint()
