# batch: 1
# batches: 3
data = [[[("uno", 1), ("dos", 2), ("uno", 3)], [("tres", 4), ("uno", 5), ("dos", 6)]],
        [[("cuatro", 7)], [("cuatro", 8), ("uno", 9)]]]
inputStream = ssc.queueStream(createQUEUERDD(data))
nuevoDStream = inputStream.groupByKey().mapValues(list)
nuevoDStream.pprint()
