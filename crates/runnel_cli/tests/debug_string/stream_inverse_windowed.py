import time
from pyspark import SparkContext
from pyspark.streaming import StreamingContext
sc = SparkContext("local[2]", "dbg")
sc.setLogLevel("ERROR")
print(sc.parallelize([(1, 1), (2, 2)], 2).reduceByKey(lambda a, b: a + b).glom().collect())
ssc = StreamingContext(sc, 10)
ssc.checkpoint("checkpoint")
lines = ssc.queueStream([["a b", "b c"], ["c d"], ["a"], ["d e f"]])
seen = []
lines.foreachRDD(lambda rdd: seen.append(1))
def show(rdd):
    if len(seen) <= 4:
        print(len(seen), rdd.id(), rdd.getNumPartitions())
        print(rdd.toDebugString().decode())
        print(sorted(rdd.collect()))
pairs = lines.flatMap(lambda l: l.split()).map(lambda w: (w, 1))
windowed = pairs.window(20, 20)
windowed.reduceByKeyAndWindow(lambda a, b: a + b, lambda a, b: a - b, 40).foreachRDD(show)
ssc.start()
time.sleep(45)
ssc.stop()
