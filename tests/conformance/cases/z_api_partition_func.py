# batch: 1
# batches: 2
# DStream.partitionBy with numPartitions and a partitionFunc (by keyword and by position),
# mapPartitionsWithIndex over the result, mapPartitions with a generator and
# preservesPartitioning, and partitionBy(1).
pairs = ssc.queueStream(createQUEUERDD([[[("apple", 1), ("fig", 2), ("kiwi", 3)], [("banana", 4), ("date", 5)]],
                                         [[("cherry", 6)], [("plum", 7), ("apple", 8)]]]))
byLen = pairs.partitionBy(3, partitionFunc=lambda k: len(k))
byLen.glom().pprint()
byLen.mapPartitionsWithIndex(lambda i, it: [(i, [k for k, _ in it])]).pprint()
nuevoDStream = pairs.partitionBy(2, lambda k: ord(k[0])).mapValues(lambda v: v * v)


def summary(it):
    n = 0
    for k, v in it:
        n += v
        yield k.upper()
    yield n


pairs.mapPartitions(summary, preservesPartitioning=True).pprint()
pairs.partitionBy(1).glom().pprint()
pairs.partitionBy(4, lambda k: -len(k)).glom().pprint()
