data = [['{"ts": "2026-01-01 00:00:01", "user": "VIU"}', '{"ts": "2026-01-01 00:00:14", "user": "ana"}'],
        ['{"ts": "2026-01-01 00:00:35", "user": "VIU"}'],
        ['{"ts": "2026-01-01 00:00:05", "user": "late"}', '{"ts": "2026-01-01 00:00:36", "user": "VIU"}']]
# --- program ---
from pyspark.sql.functions import window, col
events = spark.readStream.schema("ts TIMESTAMP, user STRING").option("maxFilesPerTrigger", 1).json(input_dir)
counts = (events.withWatermark("ts", "10 seconds")
          .groupBy(window(col("ts"), "10 seconds"), col("user")).count())
query = counts.writeStream.outputMode("update").format("console").option("truncate", False).start()
