from pyspark import SparkContext
sc = SparkContext("local[2]", "dbg")
sc.setLogLevel("ERROR")
r = sc.parallelize([(1, 2), (3, 4)], 2).map(lambda x: x).cache()
print(r.map(lambda x: x).toDebugString().decode())
print(r.mapValues(lambda x: x).reduceByKey(lambda a, b: a).toDebugString().decode())
r.unpersist()
print(r.map(lambda x: x).toDebugString().decode())
