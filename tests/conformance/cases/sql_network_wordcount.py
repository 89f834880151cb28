# batch: 1
# batches: 3
# The DataFrames-in-foreachRDD example of Spark (examples/src/main/python/streaming/sql_network_wordcount.py), fed by a queue.
from pyspark.sql import Row, SparkSession
data = [[["el gato y el perro"], ["el sol"]], [["un gato"]], []]
lines = ssc.queueStream(createQUEUERDD(data))
words = lines.flatMap(lambda line: line.split(" "))
def getSparkSessionInstance(sparkConf):
    if ("sparkSessionSingletonInstance" not in globals()):
        globals()["sparkSessionSingletonInstance"] = SparkSession.builder.config(conf=sparkConf).getOrCreate()
    return globals()["sparkSessionSingletonInstance"]
def process(time, rdd):
    print("========= %s =========" % str(time))
    try:
        spark = getSparkSessionInstance(rdd.context.getConf())
        rowRdd = rdd.map(lambda w: Row(word=w))
        wordsDataFrame = spark.createDataFrame(rowRdd)
        wordsDataFrame.createOrReplaceTempView("words")
        wordCountsDataFrame = spark.sql("select word, count(*) as total from words group by word")
        wordCountsDataFrame.show()
    except:
        pass
words.foreachRDD(process)
