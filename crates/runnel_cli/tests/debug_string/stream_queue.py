import time
from pyspark import SparkContext
from pyspark.streaming import StreamingContext
sc = SparkContext("local[2]", "dbg")
sc.setLogLevel("ERROR")
ssc = StreamingContext(sc, 1)
lines = ssc.queueStream([["a b", "b c", "c d", "d e"], ["e f", "f g"], ["a"]])
seen = []
lines.foreachRDD(lambda rdd: seen.append(1))
def show(rdd):
    if len(seen) <= 4:
        print(rdd.id(), rdd.getNumPartitions())
        print(rdd.toDebugString().decode())
words = lines.flatMap(lambda l: l.split()).filter(lambda w: w != "x")
pairs = words.map(lambda w: (w, 1))
counts = pairs.reduceByKey(lambda a, b: a + b)
counts.foreachRDD(show)
words.foreachRDD(show)
def tr(rdd):
    if len(seen) < 4:
        print("tr", rdd.id(), rdd.toDebugString().decode())
    return rdd.filter(lambda p: p[1] > 0)
counts.transform(tr).foreachRDD(show)
lines.map(lambda l: l.upper()).transform(lambda rdd: rdd).foreachRDD(show)
pairs.groupByKey().mapValues(sorted).cache().map(lambda kv: kv).foreachRDD(show)
lines.foreachRDD(show)
ssc.start()
time.sleep(4.5)
ssc.stop()
