import time
from pyspark import SparkContext
from pyspark.streaming import StreamingContext
sc = SparkContext("local[2]", "dbg")
sc.setLogLevel("ERROR")
print(sc.parallelize([1, 2], 2).map(lambda x: x).count())
ssc = StreamingContext(sc, 1)
q = [sc.parallelize([1, 2, 3], 3), sc.parallelize([4, 5, 6], 3)]
s = ssc.queueStream(q, oneAtATime=False, default=sc.parallelize([0, 0], 2))
t = ssc.queueStream([[7], [8, 9]], default=[10])
seen = []
s.foreachRDD(lambda rdd: seen.append(1))
def show(rdd):
    if len(seen) <= 4:
        print(rdd.id(), rdd.getNumPartitions())
        print(rdd.toDebugString().decode())
s.foreachRDD(show)
t.foreachRDD(show)
u = s.union(t)
u.foreachRDD(show)
w = s.map(lambda x: (x, 1)).transformWith(lambda a, b: a.union(b), t.map(lambda x: (x, 2)))
w.foreachRDD(show)
g = u.map(lambda x: (x % 2, x)).groupByKey(3).mapValues(list)
g.foreachRDD(show)
u.count().foreachRDD(show)
u.countByValue().foreachRDD(show)
ssc.union(s, t).foreachRDD(show)
add = lambda a, b: a + b
ssc.union(s.map(lambda x: (x, 1)).reduceByKey(add), t.map(lambda x: (x, 2)).reduceByKey(add)).foreachRDD(show)
ssc.start()
time.sleep(4.5)
ssc.stop()
