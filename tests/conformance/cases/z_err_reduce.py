# batch: 1
# batches: 3
# A reduce function that fails in the second batch: its pprint and count jobs fail, the
# map-only output of the same batch runs, and the third batch is as usual.
data = [[[("a", 1), ("b", 2)], [("a", 3)]], [[("a", 1), ("b", None)], [("b", 5)]], [[("c", 1)], [("c", 2)]]]
pairs = ssc.queueStream(createQUEUERDD(data))
pairs.map(lambda kv: kv[0]).pprint()
nuevoDStream = pairs.reduceByKey(lambda x, y: x + y)
nuevoDStream.pprint()
nuevoDStream.count().pprint()
