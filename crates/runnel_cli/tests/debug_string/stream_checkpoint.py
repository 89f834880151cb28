import time
from pyspark import SparkContext
from pyspark.streaming import StreamingContext
sc = SparkContext("local[2]", "dbg")
sc.setLogLevel("ERROR")
print(sc.parallelize([(1, 1), (2, 2)], 2).reduceByKey(lambda a, b: a + b).glom().collect())
ssc = StreamingContext(sc, 10)
ssc.checkpoint("checkpoint")
lines = ssc.queueStream([["a b", "b c"], ["c d"], [], ["b"]])
seen = []
lines.foreachRDD(lambda rdd: seen.append(1))
words = lines.flatMap(lambda l: l.split()).checkpoint(20)
def show(rdd):
    if len(seen) <= 4:
        print(rdd.id(), rdd.getNumPartitions())
        print(rdd.toDebugString().decode())
words.foreachRDD(show)
counts = words.map(lambda w: (w, 1)).reduceByKey(lambda a, b: a + b)
def peek(rdd):
    if len(seen) <= 4:
        print(sorted(rdd.collect()))
counts.foreachRDD(peek)
words.foreachRDD(show)
ssc.start()
time.sleep(45)
ssc.stop()
