import time
from pyspark import SparkContext
from pyspark.streaming import StreamingContext
sc = SparkContext("local[2]", "dbg")
sc.setLogLevel("ERROR")
print(sc.parallelize([(1, 1), (2, 2)], 2).reduceByKey(lambda a, b: a + b).glom().collect())
ssc = StreamingContext(sc, 10)
ssc.checkpoint("checkpoint")
lines = ssc.queueStream([["a b", "b c"], ["c d"], ["a"], ["b b"], ["e"], ["a"], ["c"]])
seen = []
lines.foreachRDD(lambda rdd: seen.append(1))
def show(rdd):
    if len(seen) <= 7:
        print(rdd.id(), rdd.getNumPartitions())
        print(rdd.toDebugString().decode())
def peek(rdd):
    if len(seen) <= 7:
        print(sorted(rdd.collect()))
pairs = lines.flatMap(lambda l: l.split()).map(lambda w: (w, 1))
counts = pairs.reduceByKeyAndWindow(lambda a, b: a + b, lambda a, b: a - b, 50, 10)
counts.foreachRDD(show)
counts.foreachRDD(peek)
ssc.start()
time.sleep(75)
ssc.stop()
