data = [["x"]]
# --- program ---
from pyspark.sql import Row
df = spark.createDataFrame([Row(name="ana", score=1.5, n=10, note=None),
                            Row(name="una cadena muy larga que se corta", score=1e-5, n=-3, note="ok"),
                            Row(name="日本語", score=123456789.0, n=0, note="x")])
df.show()
df.show(2, truncate=False)
df.show(truncate=5)
df.printSchema()
print(df.columns, df.count())
print(df.collect()[0])
df.groupBy().count().show()
query = spark.readStream.text(input_dir).writeStream.format("console").start()
