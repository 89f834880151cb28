data = [['{"user": "ana", "n": 3}', '{"user": "bob", "n": 1}'],
        ['{"user": "ana", "n": 4}'],
        ['{"user": "eva", "n": 2}', '{"user": "bob", "n": 5}']]
# --- program ---
from pyspark.sql.functions import col, current_timestamp, lit, sum as sum_
events = spark.readStream.schema("user STRING, n INT").option("maxFilesPerTrigger", 1).json(input_dir)
stamped = events.select("user", "n", current_timestamp().isNotNull().alias("recent"))
totals = stamped.groupBy("user", "recent").agg(sum_("n").alias("total"))
query = totals.writeStream.outputMode("update").trigger(processingTime="500 milliseconds").format("console").start()
