# batch: 1
# batches: 3
data1 = [[[("a", 1), ("b", 2)], [("a", 3)]], [[("c", 4)]]]
data2 = [[[("b", 5)], [("d", 6), ("b", 1)]], [[("a", 7)], [("c", 8)]]]
a = ssc.queueStream(createQUEUERDD(data1)).reduceByKey(lambda x, y: x + y)
b = ssc.queueStream(createQUEUERDD(data2)).reduceByKey(lambda x, y: x + y)
nuevoDStream = a.cogroup(b).mapValues(lambda vs: (list(vs[0]), list(vs[1])))
nuevoDStream.pprint()
