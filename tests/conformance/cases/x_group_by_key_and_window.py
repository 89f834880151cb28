# batch: 1
# batches: 8
# checkpoint: yes
data = [[[("a", 1), ("b", 2)], [("a", 3)]],
        [[("b", 4)]],
        [[("a", 5), ("c", 6)]],
        [[("a", 7)]],
        [[("b", 8)]],
        [[("c", 9)]]]
inputStream = ssc.queueStream(createQUEUERDD(data))
nuevoDStream = inputStream.groupByKeyAndWindow(5, 1).mapValues(list)
nuevoDStream.pprint()
