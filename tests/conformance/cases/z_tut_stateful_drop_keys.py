# batch: 1
# batches: 7
# checkpoint: yes
# A tutorial's stateful word count with module-level update functions: state starts as
# None, `sum(new_values, last_sum or 0)`, a key dropped by returning None once it has been
# idle, an initial state RDD with numPartitions, empty batches at the start and the end.
from pyspark import SparkConf
import sys

conf = SparkConf().setAppName("StatefulNetworkWordCount").setMaster("local[2]")
print(conf.get("spark.app.name"), conf.get("spark.master"))
sc.setLogLevel("WARN")


def updateFunc(new_values, last_sum):
    return sum(new_values, last_sum or 0)


def updateOrDrop(new_values, state):
    # state is (total, idle batches); a key idle for two batches is forgotten
    total, idle = state if state is not None else (0, 0)
    if not new_values:
        idle += 1
        return None if idle >= 2 else (total, idle)
    return (total + sum(new_values), 0)


rddQueue = [sc.parallelize([], 2), sc.parallelize(["hello world", "hello spark"], 2),
            sc.parallelize(["world"], 1), sc.parallelize([], 1),
            sc.parallelize(["spark hello again", "again"], 2), sc.parallelize([], 3), sc.parallelize([], 1)]
lines = ssc.queueStream(rddQueue)
initialStateRDD = sc.parallelize([(u'hello', 1), (u'world', 1)])
pairs = lines.flatMap(lambda line: line.split(" ")).map(lambda word: (word, 1))
running = pairs.updateStateByKey(updateFunc, initialRDD=initialStateRDD)
running.pprint(20)
nuevoDStream = pairs.updateStateByKey(updateOrDrop, numPartitions=3)
nuevoDStream.transform(lambda rdd: rdd.sortByKey()).pprint()
running.map(lambda kv: kv[1]).reduce(lambda a, b: a + b).pprint()
print("argv is a list:", isinstance(sys.argv, list))
