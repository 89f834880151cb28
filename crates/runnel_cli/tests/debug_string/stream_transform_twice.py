import time
from pyspark import SparkContext
from pyspark.streaming import StreamingContext
sc = SparkContext("local[2]", "dbg")
sc.setLogLevel("ERROR")
ssc = StreamingContext(sc, 5)
lines = ssc.queueStream([["a b", "b c"], ["c d"]])
seen = []
lines.foreachRDD(lambda rdd: seen.append(1))
made = []
def tr(rdd):
    # A JVM step (a shuffle) and a Python one, made again each time the JVM calls it.
    r = rdd.flatMap(lambda l: l.split()).map(lambda w: (w, 1)).reduceByKey(lambda a, b: a + b)
    made.append(r.id())
    return r.mapValues(lambda n: n * 10)
def show(rdd):
    if len(seen) <= 2:
        print(len(seen), made, rdd.id(), rdd.getNumPartitions())
        print(rdd.toDebugString().decode())
t = lines.transform(tr)
t.foreachRDD(show)
t.map(lambda kv: kv[0]).foreachRDD(show)
t.count().foreachRDD(show)
time.sleep(5 - time.time() % 5 + 0.1)
ssc.start()
time.sleep(11)
ssc.stop()
