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
def show(rdd):
    if len(seen) <= 4:
        print(rdd.id(), rdd.getNumPartitions())
        print(rdd.toDebugString().decode())
def peek(rdd):
    if len(seen) <= 4:
        print(rdd.take(11))
pairs = lines.flatMap(lambda l: l.split()).map(lambda w: (w, 1))
state = pairs.updateStateByKey(lambda vs, s: sum(vs) + (s or 0))
state.foreachRDD(show)
state.foreachRDD(peek)
state.foreachRDD(show)
ssc.start()
time.sleep(45)
ssc.stop()
