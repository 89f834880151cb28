import time
from pyspark import SparkContext
from pyspark.streaming import StreamingContext
sc = SparkContext("local[2]", "dbg")
sc.setLogLevel("ERROR")
ssc = StreamingContext(sc, 1)
s = ssc.queueStream([[1, 2, 3]], default=[])
seen = []
s.foreachRDD(lambda rdd: seen.append(1))
def show(rdd):
    if len(seen) <= 3:
        print(rdd.id(), rdd.glom().collect())
        print(rdd.toDebugString().decode())
s.foreachRDD(show)
ssc.start()
time.sleep(3.5)
ssc.stop()
