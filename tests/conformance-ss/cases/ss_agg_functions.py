data = [['{"user": "ana", "n": 3}', '{"user": "bob", "n": 5}', '{"user": "ana", "n": 7}'],
        ['{"user": "ana", "n": 3}', '{"user": "eve", "n": 1}', '{"user": "bob", "n": null}']]
# --- program ---
from pyspark.sql import functions as F
events = spark.readStream.schema("user STRING, n INT").option("maxFilesPerTrigger", 1).json(input_dir)
stats = (events.groupBy("user")
         .agg(F.count("n"), F.sum("n"), F.avg("n"), F.min("n"), F.max("n").alias("top"),
              F.collect_list("n").alias("all"), F.approx_count_distinct("n"))
         .orderBy("user"))
query = stats.writeStream.outputMode("complete").format("console").option("truncate", False).start()
