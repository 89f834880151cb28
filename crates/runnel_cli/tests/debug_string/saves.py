import time
from pyspark import SparkContext
from pyspark.streaming import StreamingContext
sc = SparkContext("local[2]", "dbg")
sc.setLogLevel("ERROR")
a = sc.parallelize(range(6), 2)
b = a.map(lambda x: (x, x))
b.saveAsTextFile("saved/b")
print(b.id(), a.map(lambda x: x).id())
c = b.reduceByKey(lambda x, y: x + y)
c.saveAsTextFile("saved/c")
print(c.toDebugString().decode())
print(sc.parallelize([1, 2]).id())
ssc = StreamingContext(sc, 10)
lines = ssc.queueStream([["a b", "b c"], ["c d"], ["a"]])
seen = []
lines.foreachRDD(lambda rdd: seen.append(1))
def show(rdd):
    if len(seen) <= 3:
        print(rdd.id(), rdd.getNumPartitions())
        print(rdd.toDebugString().decode())
counts = lines.flatMap(lambda l: l.split()).map(lambda w: (w, 1)).reduceByKey(lambda x, y: x + y)
counts.saveAsTextFiles("saved/counts")
counts.foreachRDD(show)
ssc.start()
time.sleep(35)
ssc.stop()
