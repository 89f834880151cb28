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
bm = b.map(lambda x: x)
bm.foreachRDD(lambda rdd: None)
def show(rdd):
    if len(seen) <= 1:
        print(rdd.id(), rdd.toDebugString().decode())
ssc.transform([a], lambda rdds: rdds[0].map(lambda x: x)).foreachRDD(show)
ssc.transform([a, bm], lambda rdds: rdds[0].union(rdds[1])).foreachRDD(show)
ssc.transform([a, b.map(lambda x: x)], lambda rdds: rdds[0].map(lambda x: x)).foreachRDD(show)
ssc.start()
time.sleep(1.5)
ssc.stop()
