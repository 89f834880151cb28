# batch: 1
# batches: 3
# Enriching a stream with a static RDD as the programming guide's transform example does:
# transform(lambda rdd: rdd.join(static)), leftOuterJoin printing None for unknown keys,
# a spam filter by subtractByKey, and a broadcast dict lookup in map.
static = sc.parallelize([("u1", "Ana"), ("u2", "Bob"), ("u3", "Cy")])
spam = sc.parallelize([("u9", True)])
names = sc.broadcast({"u1": "Ana", "u2": "Bob"})
events = ssc.queueStream(createQUEUERDD([[[("u1", 3), ("u9", 1)], [("u4", 2)]], [[("u2", 5), ("u2", 1)]], [[("u3", 0)], [("u9", 7)]]]))
events.transform(lambda rdd: rdd.join(static)).transform(lambda rdd: rdd.sortByKey()).pprint()
nuevoDStream = events.transform(lambda rdd: rdd.leftOuterJoin(static))
nuevoDStream.pprint()
events.transform(lambda rdd: rdd.subtractByKey(spam)).pprint()
events.map(lambda kv: (names.value.get(kv[0], "unknown"), kv[1])).pprint()
events.transform(lambda rdd: rdd.join(static).map(lambda kv: (kv[1][1], kv[1][0])).reduceByKey(lambda a, b: a + b)).pprint()
