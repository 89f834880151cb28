data = [['{"ts": "2026-01-01 00:00:%02d", "user": "u%d"}' % (i % 5, i % 45) for i in range(90)],
        ['{"ts": "2026-01-01 00:00:%02d", "user": "u%d"}' % (3 + i % 4, i) for i in range(0, 60, 2)],
        ['{"ts": "2026-01-01 00:00:%02d", "user": "v%d"}' % (30 + i % 10, i) for i in range(50)],
        ['{"ts": "2026-01-01 00:01:30", "user": "end"}']]
# --- program ---
from pyspark.sql.functions import session_window, col, count
events = spark.readStream.schema("ts TIMESTAMP, user STRING").option("maxFilesPerTrigger", 1).json(input_dir)
sessions = (events.withWatermark("ts", "5 seconds")
            .groupBy(session_window(col("ts"), "3 seconds"), col("user"))
            .agg(count("*").alias("n")))
query = sessions.writeStream.outputMode("append").format("console").option("numRows", 1000).option("truncate", False).start()
