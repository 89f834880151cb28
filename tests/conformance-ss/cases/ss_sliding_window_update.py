data = [['{"ts": "2026-01-01 00:00:01", "user": "VIU"}', '{"ts": "2026-01-01 00:00:07", "user": "ana"}'],
        ['{"ts": "2026-01-01 00:00:12", "user": "VIU"}'],
        ['{"ts": "2026-01-01 00:00:02", "user": "late"}', '{"ts": "2026-01-01 00:00:31", "user": "VIU"}'],
        ['{"ts": "2026-01-01 00:00:03", "user": "tarde"}']]
# --- program ---
from pyspark.sql.functions import window, col
events = spark.readStream.schema("ts TIMESTAMP, user STRING").option("maxFilesPerTrigger", 1).json(input_dir)
counts = (events.withWatermark("ts", "10 seconds")
          .groupBy(window(col("ts"), "10 seconds", "5 seconds")).count())
query = counts.writeStream.outputMode("update").format("console").option("truncate", False).start()
