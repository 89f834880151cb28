data = [['{"user": "ana", "amount": 10.5}', '{"user": "bob", "amount": 3}'], ['{"user": "ana", "amount": 1.25}', '{"user": "carla", "amount": null}']]
# --- program ---
from pyspark.sql.functions import sum as fsum, round as fround, col
events = spark.readStream.schema("user STRING, amount DOUBLE").option("maxFilesPerTrigger", 1).json(input_dir)
shaped = events.selectExpr("upper(user) AS who", "amount * 2 AS twice").withColumnRenamed("twice", "doble")
totals = shaped.groupBy("who").agg(fsum("doble").alias("total"), fround(fsum("doble") / 3, 2).alias("tercio"))
query = totals.writeStream.outputMode("update").format("console").start()
