# batch: 1
# batches: 3
# DStream methods past the slides: mapPartitionsWithIndex, flatMapValues, partitionBy,
# groupByKey/reduceByKey/countByValue with numPartitions, combineByKey, repartition,
# cache, fullOuterJoin with numPartitions, and glom to see the partitions.
data = [[[("a", 1), ("b", 2)], [("a", 3), ("c", 4)]], [[("b", 5)], [("b", 6), ("d", 7)]], [[("a", 8)]]]
pairs = ssc.queueStream(createQUEUERDD(data)).cache()
pairs.mapPartitionsWithIndex(lambda i, it: [(i, sorted(it))]).pprint()
pairs.flatMapValues(lambda v: range(v % 3)).glom().pprint()
pairs.partitionBy(3).glom().pprint()
pairs.groupByKey(3).mapValues(sorted).glom().pprint()
nuevoDStream = pairs.reduceByKey(lambda a, b: a * 10 + b, 1)
nuevoDStream.pprint()
pairs.map(lambda kv: kv[0]).countByValue().glom().pprint()
pairs.combineByKey(str, lambda acc, v: acc + "+" + str(v), lambda a, b: a + "|" + b, 2).glom().pprint()
pairs.repartition(1).cache().glom().pprint()
other = pairs.map(lambda kv: (kv[0], kv[1] * 100)).filter(lambda kv: kv[0] != "a")
pairs.fullOuterJoin(other, 2).glom().pprint()
pairs.rightOuterJoin(other.window(2, 1), 1).glom().pprint()
