import time
from pyspark import SparkContext
from pyspark.streaming import StreamingContext
sc = SparkContext("local[2]", "dbg")
sc.setLogLevel("ERROR")
print(sc.parallelize([(1, 1), (2, 2)], 2).reduceByKey(lambda a, b: a + b).glom().collect())
ssc = StreamingContext(sc, 20)
ssc.checkpoint("checkpoint")
lines = ssc.queueStream([["a b", "b c"], ["c d"], ["a"]])
def collected(rdd):
    print(sorted(rdd.collect()))
    print(rdd.id(), rdd.getNumPartitions())
    print(rdd.toDebugString().decode())
words = lines.flatMap(lambda l: l.split()).map(lambda w: (w, w * 2))
hist = words.updateStateByKey(lambda vs, s: (s or []) + [len(vs), vs[0] if vs else None], 3, [("z", [0])])
hist.map(lambda kv: kv).foreachRDD(collected)
ssc.start()
time.sleep(61)
ssc.stop()
