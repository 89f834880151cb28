from pyspark import SparkContext
sc = SparkContext("local[2]", "dbg")
r = sc.parallelize([1, 2], 2).union(sc.parallelize([3])).cache()
print(r.toDebugString().decode())
r.count()
print(r.toDebugString().decode())
