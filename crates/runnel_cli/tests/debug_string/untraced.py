import time
from pyspark import SparkContext
from pyspark.streaming import StreamingContext
sc = SparkContext("local[2]", "dbg")
ssc = StreamingContext(sc, 1)
ssc.checkpoint("checkpoint")
lines = ssc.queueStream([["a b"], ["c"]])
windowed = lines.window(2, 2).countByValueAndWindow(4, 2)
windowed.foreachRDD(lambda rdd: print(rdd.map(lambda kv: kv).toDebugString()))
ssc.start()
time.sleep(2.5)
ssc.stop()
