# batch: 1
# batches: 3
# Records that cannot be hashed: countByValue of lists and groupByKey of dict keys fail
# with CPython's texts; of tuples they work. An empty batch runs.
data = [[[[1, 2], [1, 2]], [[3]]], [[]], [[(1, 2), (1, 2)], [(3,)]]]
recs = ssc.queueStream(createQUEUERDD(data))
recs.countByValue().pprint()
recs.map(lambda r: ({"r": r}, 1)).groupByKey().mapValues(len).pprint()
nuevoDStream = recs.map(tuple).countByValue()
nuevoDStream.pprint()
