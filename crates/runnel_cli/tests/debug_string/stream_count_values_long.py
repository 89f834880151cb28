import time
from pyspark import SparkContext
from pyspark.streaming import StreamingContext
sc = SparkContext("local[2]", "dbg")
sc.setLogLevel("ERROR")
ssc = StreamingContext(sc, 10)
ssc.checkpoint("checkpoint")
lines = ssc.queueStream([["a b", "b c"], ["c d"], ["a"], ["e"], [], ["b b"], ["f"]])
seen = []
lines.foreachRDD(lambda rdd: seen.append(1))
def show(rdd):
    if len(seen) in (1, 5, 6, 7):
        print(len(seen), rdd.id(), rdd.getNumPartitions())
        print(rdd.toDebugString().decode())
def peek(rdd):
    if len(seen) <= 7:
        print(len(seen), sorted(rdd.collect()))
words = lines.flatMap(lambda l: l.split())
counts = words.countByValueAndWindow(50, 10)
counts.foreachRDD(peek)
counts.foreachRDD(show)
ssc.start()
time.sleep(75)
ssc.stop()
