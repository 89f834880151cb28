import time
from pyspark import SparkContext
from pyspark.streaming import StreamingContext
sc = SparkContext("local[2]", "dbg")
sc.setLogLevel("ERROR")
print(sc.parallelize([(1, 1), (2, 2)], 2).reduceByKey(lambda a, b: a + b).glom().collect())
ssc = StreamingContext(sc, 10)
ssc.checkpoint("checkpoint")
lines = ssc.queueStream([["a b", "b c"], ["c d"], ["a"]])
seen = []
lines.foreachRDD(lambda rdd: seen.append(1))
def show(rdd):
    if len(seen) <= 3:
        print(rdd.id(), rdd.getNumPartitions())
        print(rdd.toDebugString().decode())
def peek(rdd):
    if len(seen) <= 3:
        print(rdd.take(2))
words = lines.flatMap(lambda l: l.split())
counts = words.countByValueAndWindow(20, 10)
counts.foreachRDD(peek)
counts.foreachRDD(show)
words.reduceByWindow(lambda a, b: a + b, lambda a, b: a, 20, 10).foreachRDD(show)
ssc.start()
time.sleep(35)
ssc.stop()
