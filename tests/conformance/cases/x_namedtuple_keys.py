# batch: 1
# batches: 2
# namedtuple records as keys: reduceByKey and partitionBy place them by PySpark's tuple
# hash (a namedtuple is a tuple), isinstance(k, tuple) holds, and they sort as tuples.
from collections import namedtuple

Key = namedtuple("Key", "user day")

data = [[[("ana", 1, 3), ("bob", 2, 5), ("ana", 1, 4)], [("eva", 1, 1), ("bob", 2, 2)]],
        [[("ana", 2, 7), ("eva", 1, 8)], [("zoe", 3, 9), ("ana", 2, 1)]]]
events = ssc.queueStream(createQUEUERDD(data))
pairs = events.map(lambda e: (Key(e[0], e[1]), e[2]))
totals = pairs.reduceByKey(lambda a, b: a + b, 3)
totals.glom().map(lambda p: [(k.user, k.day, v) for k, v in p]).pprint()
totals.transform(lambda rdd: rdd.sortByKey()).map(lambda kv: (isinstance(kv[0], tuple), kv[0], kv[1])).pprint()
pairs.partitionBy(4).glom().map(len).pprint()
