import time
from pyspark import SparkContext
from pyspark.streaming import StreamingContext
sc = SparkContext("local[2]", "dbg")
sc.setLogLevel("ERROR")
print(sc.parallelize([(1, 1), (2, 2)], 2).reduceByKey(lambda a, b: a + b).glom().collect())
ssc = StreamingContext(sc, 10)
lines = ssc.queueStream([["a b", "b c", "c d e f"], ["c d"], ["a"]])
seen = []
lines.foreachRDD(lambda rdd: seen.append(1))
def show(rdd):
    if len(seen) <= 3:
        print(rdd.id(), rdd.getNumPartitions())
        print(rdd.toDebugString().decode())
def peek(rdd):
    if len(seen) <= 3:
        print(rdd.take(3))
pairs = lines.flatMap(lambda l: l.split()).map(lambda w: (w, 1))
windowed = pairs.window(20, 10)
windowed.foreachRDD(show)
windowed.foreachRDD(peek)
windowed.foreachRDD(show)
longer = windowed.window(40, 20)
longer.foreachRDD(show)
ssc.start()
time.sleep(35)
ssc.stop()
