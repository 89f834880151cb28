# batch: 1
# batches: 2
# The by-key shuffles with a partitionFunc (PySpark passes it to partitionBy), inside
# transform: reduceByKey, groupByKey, combineByKey, foldByKey and aggregateByKey, and
# reduceByKey again over what a partitionFunc placed.
def by_first(k):
    return ord(k[0])


def shuffles(rdd):
    return sc.parallelize([
        rdd.reduceByKey(lambda a, b: a + b, 2, partitionFunc=by_first).glom().collect(),
        rdd.groupByKey(3, by_first).mapValues(sorted).glom().collect(),
        rdd.combineByKey(str, lambda c, v: c + str(v), lambda a, b: a + b, 2, by_first).glom().collect(),
        rdd.foldByKey(0, lambda a, b: a + b, 3, partitionFunc=lambda k: len(k)).glom().collect(),
        rdd.aggregateByKey(1, lambda a, v: a * v, lambda a, b: a * b, 2, by_first).glom().collect(),
        rdd.partitionBy(2, by_first).reduceByKey(max, 2, by_first).glom().collect(),
    ], 1)


data = [[[("apple", 1), ("bean", 2), ("corn", 3)], [("apple", 4), ("date", 5), ("bb", 6)]],
        [[("corn", 7)], [("egg", 8), ("fig", 9), ("apple", 10)]]]
pairs = ssc.queueStream(createQUEUERDD(data))
pairs.transform(shuffles).pprint(10)
