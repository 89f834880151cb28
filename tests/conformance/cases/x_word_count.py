# batch: 1
# batches: 3
data = [[["el rio fluye y el agua corre"], ["corre el rio", "el mar"]],
        [["fluye fluye rio"], ["agua de mar", "el fin"]]]
lines = ssc.queueStream(createQUEUERDD(data))
nuevoDStream = lines.flatMap(lambda line: line.split(" ")).map(lambda w: (w, 1)).reduceByKey(lambda a, b: a + b)
nuevoDStream.pprint()
