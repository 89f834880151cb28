# batch: 1
# batches: 3
data = [[[("a", 4), ("b", 1), ("a", 2)], [("b", 5), ("c", 3)]],
        [[("c", 1), ("a", 9)], [("a", 3), ("d", 7), ("c", 2)]]]
inputStream = ssc.queueStream(createQUEUERDD(data))
sumas = inputStream.combineByKey(lambda v: (v, 1),
                                 lambda acc, v: (acc[0] + v, acc[1] + 1),
                                 lambda a, b: (a[0] + b[0], a[1] + b[1]))
nuevoDStream = sumas.mapValues(lambda sc: sc[0] / sc[1])
nuevoDStream.pprint()
