import time
from pyspark import SparkContext
from pyspark.streaming import StreamingContext
sc = SparkContext("local[2]", "dbg")
sc.setLogLevel("ERROR")
print(sc.parallelize([(1, 1), (2, 2)], 2).reduceByKey(lambda a, b: a + b).glom().collect())
ssc = StreamingContext(sc, 2)
ssc.checkpoint("checkpoint")
lines = ssc.queueStream([["a b", "b c", "a"], ["c d"], ["e"], ["b"], ["a b c d e f g h"], []])
def collected(rdd):
    print(sorted(rdd.collect()))
    print(rdd.id(), rdd.getNumPartitions())
    print(rdd.toDebugString().decode())
counts = lines.flatMap(lambda l: l.split()).map(lambda w: (w, 1)).reduceByKey(lambda a, b: a + b)
total = counts.updateStateByKey(lambda vs, s: sum(vs) + (s or 0.5))
total.foreachRDD(collected)
ssc.start()
time.sleep(13)
ssc.stop()
