import time
from pyspark import SparkContext
from pyspark.streaming import StreamingContext
sc = SparkContext("local[2]", "dbg")
sc.setLogLevel("ERROR")
ssc = StreamingContext(sc, 1)
a = ssc.queueStream([[1, 2, 3], [4]])
b = ssc.queueStream([[5], [6, 7]])
seen = []
a.foreachRDD(lambda rdd: seen.append(1))
def show(rdd):
    if len(seen) <= 3:
        print(rdd.id(), rdd.getNumPartitions())
        print(rdd.toDebugString().decode())
def both(rdds):
    if len(seen) < 3:
        print("inputs", [r.id() for r in rdds])
    return rdds[0].union(rdds[1]).map(lambda x: (x % 2, x)).reduceByKey(lambda x, y: x + y)
ssc.transform([a, b.map(lambda x: x * 10)], both).foreachRDD(show)
ssc.transform([a], lambda rdds: rdds[0]).foreachRDD(show)
ssc.start()
time.sleep(3.5)
ssc.stop()
