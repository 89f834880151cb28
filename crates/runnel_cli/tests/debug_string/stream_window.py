import time
from pyspark import SparkContext
from pyspark.streaming import StreamingContext
sc = SparkContext("local[2]", "dbg")
sc.setLogLevel("ERROR")
ssc = StreamingContext(sc, 1)
lines = ssc.queueStream([["a b", "b c"], ["c d"], ["a"], ["b"]])
seen = []
lines.foreachRDD(lambda rdd: seen.append(1))
def show(rdd):
    if len(seen) <= 5:
        print(len(seen), rdd.id(), rdd.getNumPartitions())
        print(rdd.toDebugString().decode())
pairs = lines.flatMap(lambda l: l.split()).map(lambda w: (w, 1))
pairs.window(2, 1).foreachRDD(show)
pairs.reduceByKeyAndWindow(lambda a, b: a + b, None, 2, 1).foreachRDD(show)
pairs.reduceByKey(lambda a, b: a + b).mapValues(lambda v: v).window(3, 2).map(lambda kv: kv).foreachRDD(show)
lines.map(len).reduceByWindow(lambda a, b: a + b, None, 2, 1).foreachRDD(show)
ssc.start()
time.sleep(5.5)
ssc.stop()
