import time
from pyspark import SparkContext
from pyspark.streaming import StreamingContext
sc = SparkContext("local[2]", "dbg")
sc.setLogLevel("ERROR")
ssc = StreamingContext(sc, 10)
lines = ssc.queueStream([["a b", "b c"], ["c d"], ["a"], ["d e f"]])
seen = []
lines.foreachRDD(lambda rdd: seen.append(1))
def show(rdd):
    if len(seen) <= 4:
        print(len(seen), rdd.id(), rdd.getNumPartitions())
        print(rdd.toDebugString().decode())
pairs = lines.flatMap(lambda l: l.split()).map(lambda w: (w, 1))
windowed = pairs.window(20, 10)
windowed.window(40, 20).foreachRDD(show)
windowed.reduceByKey(lambda a, b: a + b).window(30, 20).foreachRDD(show)
pairs.window(20, 20).window(40, 20).map(lambda kv: kv).foreachRDD(show)
ssc.start()
time.sleep(45)
ssc.stop()
