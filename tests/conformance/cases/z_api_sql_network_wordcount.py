# batch: 1
# batches: 3
# Spark's sql_network_wordcount.py fed by a queue: a lazily created SparkSession
# singleton in globals(), Row, createDataFrame, a temp view and spark.sql in foreachRDD
# (the empty batch fails inside the try and is skipped, as in the example).
from pyspark.sql import Row, SparkSession


def getSparkSessionInstance(sparkConf):
    if ("sparkSessionSingletonInstance" not in globals()):
        globals()["sparkSessionSingletonInstance"] = SparkSession \
            .builder \
            .config(conf=sparkConf) \
            .getOrCreate()
    return globals()["sparkSessionSingletonInstance"]


lines = ssc.queueStream(createQUEUERDD([[["the cat sat on the mat"], ["the end"]], [], [["a cat a dog"]]]))
words = lines.flatMap(lambda line: line.split(" "))


def process(time, rdd):
    print("========= %s =========" % str(time))
    try:
        # Get the singleton instance of SparkSession
        spark = getSparkSessionInstance(rdd.context.getConf())

        # Convert RDD[String] to RDD[Row] to DataFrame
        rowRdd = rdd.map(lambda w: Row(word=w))
        wordsDataFrame = spark.createDataFrame(rowRdd)

        # Creates a temporary view using the DataFrame.
        wordsDataFrame.createOrReplaceTempView("words")

        # Do word count on table using SQL and print it
        wordCountsDataFrame = \
            spark.sql("select word, count(*) as total from words group by word order by total desc, word")
        wordCountsDataFrame.show()
    except Exception:
        print("skipped")


words.foreachRDD(process)
