import time
from pyspark import SparkContext
from pyspark.streaming import StreamingContext
sc = SparkContext("local[2]", "dbg")
sc.setLogLevel("ERROR")
ssc = StreamingContext(sc, 5)
lines = ssc.socketTextStream("localhost", 9997)
seen = []
lines.foreachRDD(lambda rdd: seen.append(1))
def show(rdd):
    if len(seen) <= 3:
        print(len(seen), rdd.id(), rdd.getNumPartitions())
        print(rdd.toDebugString().decode())
lines.foreachRDD(show)
lines.flatMap(lambda l: l.split()).map(lambda w: (w, 1)).reduceByKey(lambda a, b: a + b).foreachRDD(show)
# The first batch comes 5 s after the start (Spark's timer rounds the start up to the
# interval), so the receiver has connected and cut its one block before it.
time.sleep(5 - time.time() % 5 + 0.1)
ssc.start()
time.sleep(16)
ssc.stop()
