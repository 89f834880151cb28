# batch: 1
# batches: 3
# DataFrames in foreachRDD as tutorials write them: the SparkSession getInstance idiom,
# rdd.toDF(list of names), spark.createDataFrame(rdd, StructType schema), df.show() with
# long strings truncated, show(truncate=False), show(n, truncate=k), a temp view queried
# with spark.sql, and an empty batch guarded by isEmpty().
from pyspark.sql import SparkSession, Row
from pyspark.sql.types import StructType, StructField, StringType, IntegerType


def getSparkSessionInstance(sparkConf):
    if "sparkSessionSingletonInstance" not in globals():
        globals()["sparkSessionSingletonInstance"] = SparkSession.builder.config(conf=sparkConf).getOrCreate()
    return globals()["sparkSessionSingletonInstance"]


schema = StructType([StructField("word", StringType(), True), StructField("n", IntegerType(), True)])
lines = ssc.queueStream(createQUEUERDD([
    [["spark streaming is a long word list indeed", "streaming spark"], ["supercalifragilisticexpialidocious spark"]],
    [],
    [["café naïve 東京 東京", "emoji 🎉 🎉"]]]))
counts = lines.flatMap(lambda l: l.split()).map(lambda w: (w, 1)).reduceByKey(lambda a, b: a + b)


def process(time, rdd):
    print("========= %s =========" % str(time))
    if rdd.isEmpty():
        print("empty batch")
        return
    spark = getSparkSessionInstance(rdd.context.getConf())
    df = rdd.toDF(["word", "count"])
    df.orderBy("word").show()
    typed = spark.createDataFrame(rdd.map(lambda kv: (kv[0] * 2, kv[1])), schema)
    typed.orderBy("word").show(truncate=False)
    typed.orderBy("word").show(2, truncate=8)
    typed.createOrReplaceTempView("words")
    spark.sql("SELECT n, count(*) AS words FROM words GROUP BY n ORDER BY n").show()
    print(spark.sql("SELECT word FROM words WHERE n > 1 ORDER BY word").collect())


counts.foreachRDD(process)
