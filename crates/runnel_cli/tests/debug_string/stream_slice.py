import time
from datetime import timedelta
from pyspark import SparkContext
from pyspark.streaming import StreamingContext
sc = SparkContext("local[2]", "dbg")
sc.setLogLevel("ERROR")
ssc = StreamingContext(sc, 5)
ssc.remember(60)
lines = ssc.queueStream([["a b", "b c"], ["c d"], ["e f", "f g", "g h"]])
counts = lines.flatMap(lambda l: l.split()).map(lambda w: (w, 1)).reduceByKey(lambda a, b: a + b)
counts.foreachRDD(lambda rdd: None)
times = []
def show(t, rdd):
    times.append(t)
    if len(times) > 3:
        return
    print("at", rdd.id(), rdd.toDebugString().decode())
    for r in counts.slice(t - timedelta(seconds=10), t):
        print("counts", r.id(), r.getNumPartitions())
        print(r.toDebugString().decode())
    back = lines.slice(t - timedelta(seconds=5), t)
    print("lines", [r.id() for r in back], [r.collect() for r in back])
    print(back[-1].toDebugString().decode())
    print("after", back[0].map(lambda x: x).id())
lines.foreachRDD(show)
ssc.start()
time.sleep(16)
old = counts.slice(times[0], times[2])
print("driver", [r.id() for r in old])
print(old[1].toDebugString().decode())
ssc.stop()
