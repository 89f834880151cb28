from pyspark import SparkContext
sc = SparkContext("local[2]", "dbg")
sc.setLogLevel("ERROR")
r = sc.parallelize(range(5))
print(r.toDebugString())
print(sc.parallelize(range(0), 3).toDebugString())
s = sc.range(1, 10, 2, 3)
print(s.map(lambda x: (x, x)).groupByKey(2).toDebugString())
print(s.id(), r.take(2), r.id())
