# batch: 1
# batches: 2
# combineByKey with numPartitions, groupByKey + mapValues(list) (values in shuffle
# order), groupByKey(numPartitions=1), reduceByKey with a non-commutative function over
# 3 partitions, countByValue, reduce and count of the stream.
data = [[[("a", 1), ("b", 2), ("c", 3)], [("a", 4), ("d", 5), ("e", 6)]],
        [[("b", 7), ("b", 8)], [("f", 9), ("a", 10), ("g", 11)]]]
pairs = ssc.queueStream(createQUEUERDD(data))
pairs.combineByKey(lambda v: [v], lambda acc, v: acc + [v], lambda a, b: a + b, numPartitions=3).glom().pprint()
pairs.groupByKey().mapValues(list).glom().pprint()
pairs.groupByKey(numPartitions=1).mapValues(lambda vs: sorted(vs, reverse=True)).pprint()
nuevoDStream = pairs.reduceByKey(lambda a, b: a - b, numPartitions=3)
pairs.reduceByKey(max, 1).glom().pprint()
pairs.map(lambda kv: kv[1] % 3).countByValue().glom().pprint()
pairs.map(lambda kv: kv[1]).reduce(lambda a, b: a * 2 + b).pprint()
pairs.count().pprint()
pairs.groupByKey(2).mapValues(len).glom().pprint()
