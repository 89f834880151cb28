# batch: 1
# batches: 2
# Partitioning as a student meets it: partitionBy with a custom function, repartition,
# coalesce, glom to see partitions, mapPartitionsWithIndex, getNumPartitions, and
# portable_hash placing tuple, string, None and float keys.
def by_first_letter(k):
    return ord(k[0]) if isinstance(k, str) else 0


data = [[[("manzana", 1), ("pera", 2), ("melon", 3)], [("kiwi", 4), ("mango", 5)]],
        [[("uva", 6)], [("pera", 7), ("higo", 8)]]]
pairs = ssc.queueStream(createQUEUERDD(data))
pairs.transform(lambda rdd: rdd.partitionBy(3, by_first_letter)).glom().pprint()
pairs.transform(lambda rdd: rdd.partitionBy(4)).glom().pprint()
pairs.repartition(3).mapPartitionsWithIndex(lambda i, it: [(i, len(list(it)))]).pprint()
pairs.transform(lambda rdd: rdd.coalesce(1)).glom().map(len).pprint()
mixed = pairs.map(lambda kv: ((kv[0][0], kv[1] % 2), None, kv[1] / 2, kv[0]))
mixed.flatMap(lambda t: [(t[0], 1), (t[1], 1), (t[2], 1), (t[3][:2], 1)]).reduceByKey(lambda a, b: a + b, 3).glom().pprint()


def show(t, rdd):
    print(t, rdd.getNumPartitions(), rdd.repartition(5).getNumPartitions(), rdd.partitionBy(2).glom().collect())


pairs.foreachRDD(show)
