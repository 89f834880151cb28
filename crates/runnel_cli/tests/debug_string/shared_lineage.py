from pyspark import SparkContext
sc = SparkContext("local[2]", "dbg")
x = sc.parallelize([(1, 1), (2, 2)], 2)
for i in range(40):
    x = x.join(x).mapValues(lambda v: v[0])
print(x.count(), x.id())
