# batch: 1
# batches: 3
data = [[list(range(0, 25)), list(range(25, 32))],
        [list(range(100, 112)), [], list(range(200, 221))]]
inputStream = ssc.queueStream(createQUEUERDD(data))
nuevoDStream = inputStream.repartition(4)
nuevoDStream.pprint(50)
