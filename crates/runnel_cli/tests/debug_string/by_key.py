from pyspark import SparkContext
sc = SparkContext("local[2]", "dbg")
sc.setLogLevel("ERROR")
p = sc.parallelize([("a", 1), ("b", 2), ("a", 3)], 3)
print(p.distinct().toDebugString())
print(p.combineByKey(lambda v: [v], lambda c, v: c + [v], lambda x, y: x + y, 2).toDebugString())
print(p.foldByKey(0, lambda x, y: x + y).toDebugString())
print(p.aggregateByKey(0, lambda x, y: x + y, lambda x, y: x + y).toDebugString())
print(p.mapValues(lambda v: v).distinct(4).map(lambda x: x).toDebugString())
