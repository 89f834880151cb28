# batch: 1
# batches: 3
# Keys that are lists (line.split() used as the key): reduceByKey and groupByKey fail
# with "unhashable type: 'list'" in the batches that have records; an empty batch runs.
# Turning the key into a tuple works.
data = [[["a b", "c"], ["a b"]], [[]], [["x y z"]]]
lines = ssc.queueStream(createQUEUERDD(data))
nuevoDStream = lines.map(lambda l: (l.split(), 1)).reduceByKey(lambda a, b: a + b)
nuevoDStream.pprint()
lines.map(lambda l: (l.split(), l)).groupByKey().mapValues(list).pprint()
lines.map(lambda l: (tuple(l.split()), 1)).reduceByKey(lambda a, b: a + b).pprint()
