# repr(rdd) / print(rdd): PySpark prints the JVM RDD (class, id, call site).
from pyspark import SparkContext

sc = SparkContext("local[2]", "reprs")
sc.setLogLevel("ERROR")
static = sc.parallelize(range(5), 2)
print(static, "|", static.map(lambda x: x), "|", sc.range(3), "|", sc.emptyRDD())
print(static.union(sc.parallelize([9])), "|", static.map(lambda x: (x, x)).reduceByKey(max))
print(repr(static.setName("numbers")), "|", [static.glom()])

empty = sc.emptyRDD()
both = empty.union(sc.parallelize([1, 2], 1)).union(sc.parallelize([3], 1))
print(empty, "|", both, both.collect())
print(both.toDebugString().decode())
