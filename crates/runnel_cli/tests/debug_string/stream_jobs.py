import time
from pyspark import SparkContext
from pyspark.streaming import StreamingContext
sc = SparkContext("local[2]", "dbg")
sc.setLogLevel("ERROR")
print(sc.parallelize([(1, 1), (2, 2)], 2).reduceByKey(lambda a, b: a + b).glom().collect())
ssc = StreamingContext(sc, 10)
lines = ssc.queueStream([["a b", "b c", "c d", "d e"], ["e f", "f g"]])
seen = []
lines.foreachRDD(lambda rdd: seen.append(1))
def show(rdd):
    if len(seen) <= 3:
        print(rdd.id(), rdd.getNumPartitions())
        print(rdd.toDebugString().decode())
        print(rdd.glom().collect())
        print(rdd.map(lambda x: x).id())
counts = lines.flatMap(lambda l: l.split()).map(lambda w: (w, 1)).reduceByKey(lambda a, b: a + b)
counts.pprint(3)
counts.foreachRDD(show)
lines.foreachRDD(show)
ssc.start()
time.sleep(31)
ssc.stop()
