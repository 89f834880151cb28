# batch: 1
# batches: 3
# A tutorial shape: each batch's word counts turned into a DataFrame in foreachRDD
# (SparkSession.builder.getOrCreate, createDataFrame of tuples with a column list),
# printSchema, groupBy/agg/orderBy/show, filter/select/collect, and toDF of Rows; the
# empty batch is checked with isEmpty first.
from pyspark.sql import SparkSession, Row
from pyspark.sql import functions as F

lines = ssc.queueStream(createQUEUERDD([[["to be or not to be"], ["be quick"]], [], [["not now", "to go"]]]))
counts = lines.flatMap(lambda l: l.split()).map(lambda w: (w, 1)).reduceByKey(lambda a, b: a + b)


def process(time, rdd):
    print("===", time, "===")
    if rdd.isEmpty():
        print("no data")
        return
    spark = SparkSession.builder.getOrCreate()
    df = spark.createDataFrame(rdd, ["word", "n"])
    df.printSchema()
    df.orderBy(F.desc("n"), "word").show()
    df.groupBy((F.length("word")).alias("len")).agg(F.sum("n").alias("total"), F.count("*").alias("words")).orderBy("len").show()
    print(sorted(r.word for r in df.filter(df.n > 1).select("word").collect()))
    rows = rdd.map(lambda kv: Row(word=kv[0], upper=kv[0].upper())).toDF()
    print(rows.columns, rows.count(), sorted(rows.collect())[:2])


counts.foreachRDD(process)
