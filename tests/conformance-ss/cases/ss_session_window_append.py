data = [['{"ts": "2026-01-01 00:00:01", "user": "ana"}', '{"ts": "2026-01-01 00:00:03", "user": "ana"}', '{"ts": "2026-01-01 00:00:02", "user": "bob"}'],
        ['{"ts": "2026-01-01 00:00:06", "user": "ana"}', '{"ts": "2026-01-01 00:00:20", "user": "bob"}'],
        ['{"ts": "2026-01-01 00:00:40", "user": "ana"}']]
# --- program ---
from pyspark.sql.functions import session_window, col, count
events = spark.readStream.schema("ts TIMESTAMP, user STRING").option("maxFilesPerTrigger", 1).json(input_dir)
sessions = (events.withWatermark("ts", "5 seconds")
            .groupBy(session_window(col("ts"), "4 seconds"), col("user"))
            .agg(count("*").alias("n")))
query = sessions.writeStream.outputMode("append").format("console").option("truncate", False).start()
