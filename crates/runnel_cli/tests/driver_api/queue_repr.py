# The slides' createQUEUERDD, verbatim: the RDDs its queue hands to foreachRDD print as
# Spark's JVM RDDs (a union of the reserialized emptyRDD and parallelized partitions).
import time
from pyspark import SparkContext
from pyspark.streaming import StreamingContext

sc = SparkContext("local[2]", "queue")
sc.setLogLevel("ERROR")
ssc = StreamingContext(sc, 10)


def createQUEUERDD(data):
    rddQueue = []
    for datum in data:
        tmpRDD = ssc.sparkContext.emptyRDD()
        for partition in datum:
            partitionRDD = ssc.sparkContext.parallelize(partition, 1)
            tmpRDD = tmpRDD.union(partitionRDD)
        rddQueue += [tmpRDD]
    return rddQueue


data = [[["uno", "dos", "tres"], ["cuatro", "cinco"]], [["seis", "siete", "ocho"], ["nueve"]]]
rddQueueData = createQUEUERDD(data)
print(rddQueueData)
inputStream = ssc.queueStream(rddQueueData)
seen = []
inputStream.foreachRDD(lambda rdd: seen.append(1))
# Spark may fit a third batch in the sleep (batch times align to the interval): two shown.
inputStream.foreachRDD(lambda rdd: len(seen) <= 2 and print(rdd, rdd.getNumPartitions()))
upper = inputStream.map(lambda r: r.upper())
upper.foreachRDD(lambda rdd: len(seen) <= 2 and print(rdd, rdd.collect()))
print(sc.parallelize([1]).count())
ssc.start()
time.sleep(25)
ssc.stop()
