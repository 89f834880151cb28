import time
from pyspark import SparkContext
from pyspark.streaming import StreamingContext
sc = SparkContext("local[2]", "dbg")
sc.setLogLevel("ERROR")
print(sc.parallelize([(1, 1), (2, 2)], 2).reduceByKey(lambda a, b: a + b).glom().collect())
ssc = StreamingContext(sc, 10)
lines = ssc.queueStream([["a b", "b c"], ["c d"]])
seen = []
lines.foreachRDD(lambda rdd: seen.append(1))
def show(rdd):
    if len(seen) <= 2:
        print(rdd.id(), rdd.getNumPartitions())
        print(rdd.toDebugString().decode())
pairs = lines.flatMap(lambda l: l.split()).map(lambda w: (w, 1)).cache()
pairs.foreachRDD(show)
pairs.reduceByKey(lambda a, b: a + b).cache().foreachRDD(show)
ssc.start()
time.sleep(25)
ssc.stop()
