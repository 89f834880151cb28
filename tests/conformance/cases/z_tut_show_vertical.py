# batch: 1
# batches: 2
# df.show(vertical=True), as tutorials use it for wide rows: a -RECORD block per row
# padded to the widest field name and value (full-width characters count two), the
# "only showing top" footer, truncation, and "(0 rows)" for an empty result. Column
# names are never cut, in either layout (show(truncate=4) keeps "first_word").
from pyspark.sql import SparkSession

lines = ssc.queueStream(createQUEUERDD([
    [["spark streaming", "a much longer line of words than twenty"], ["東京 tokyo"]],
    [["x"]]]))


def show(rdd):
    spark = SparkSession.builder.getOrCreate()
    df = spark.createDataFrame(rdd.map(lambda s: (s, len(s), s.split()[0])), ["line", "length", "first_word"])
    df.show(vertical=True)
    df.show(1, vertical=True)
    df.show(truncate=6, vertical=True)
    df.filter(df.length > 100).show(vertical=True)
    df.select("first_word").show(n=2, truncate=False, vertical=True)
    df.show(truncate=4)


lines.foreachRDD(show)
