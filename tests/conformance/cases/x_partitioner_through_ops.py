# batch: 1
# batches: 4
data = [[[("a", 1), ("b", 2)], [("a", 3), ("c", 1)]], [[("c", 4)], [("a", 1), ("d", 2)]]]
reduced = ssc.queueStream(createQUEUERDD(data)).reduceByKey(lambda x, y: x + y)
kept = reduced.mapValues(lambda v: v * 10).filter(lambda kv: kv[1] > 10).window(2, 1)
lost = reduced.map(lambda kv: (kv[0], kv[1] * 10)).window(2, 1)
nuevoDStream = kept.union(lost)
nuevoDStream.pprint(20)
