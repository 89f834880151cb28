# Word count over a queue of batches: a full PySpark program, as it runs on a cluster.
from pyspark import SparkContext
from pyspark.streaming import StreamingContext

if __name__ == "__main__":
    sc = SparkContext(appName="wordcount")
    sc.setLogLevel("ERROR")
    ssc = StreamingContext(sc, 1)

    lines = [
        ["el rio fluye", "el agua corre"],
        ["corre el rio", "fluye fluye"],
        ["agua"],
    ]
    rdds = [sc.parallelize(batch) for batch in lines]
    words = ssc.queueStream(rdds).flatMap(lambda line: line.split(" "))
    counts = words.map(lambda w: (w, 1)).reduceByKey(lambda a, b: a + b)
    counts.pprint()

    ssc.start()
    ssc.awaitTerminationOrTimeout(4)
    ssc.stop()
