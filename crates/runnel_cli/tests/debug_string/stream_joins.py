import time
from pyspark import SparkContext
from pyspark.streaming import StreamingContext
sc = SparkContext("local[2]", "dbg")
sc.setLogLevel("ERROR")
ssc = StreamingContext(sc, 1)
clicks = ssc.queueStream([[("a", 1), ("b", 2)], [("a", 3)], [("c", 4)]])
users = ssc.queueStream([[("a", "ana"), ("c", "carl")], [("b", "bob")]], default=[("z", "zoe")])
seen = []
clicks.foreachRDD(lambda rdd: seen.append(1))
def show(rdd):
    if len(seen) <= 4:
        print(rdd.id(), rdd.getNumPartitions())
        print(rdd.toDebugString().decode())
clicks.join(users).foreachRDD(show)
clicks.repartition(3).map(lambda kv: kv).foreachRDD(show)
clicks.map(lambda kv: kv).leftOuterJoin(users, 3).foreachRDD(show)
clicks.cogroup(users).mapValues(lambda vs: [sorted(v) for v in vs]).foreachRDD(show)
clicks.reduceByKey(lambda x, y: x + y).fullOuterJoin(users.reduceByKey(lambda x, y: x)).foreachRDD(show)
ssc.start()
time.sleep(4.5)
ssc.stop()
