data = [['{"ts": "2026-01-01 00:00:01", "user": "VIU"}', '{"ts": "2026-01-01 00:00:04", "user": "ana"}', '{"ts": "2026-01-01 00:00:14", "user": "VIU"}'],
        ['{"ts": "2026-01-01 00:00:12", "user": "VIU"}']]
# --- program ---
events = spark.readStream.schema("ts TIMESTAMP, user STRING").option("maxFilesPerTrigger", 1).json(input_dir)
events.createOrReplaceTempView("events")
counts = spark.sql("SELECT window(ts, '10 seconds') AS w, user, count(*) AS n FROM events GROUP BY window(ts, '10 seconds'), user ORDER BY w, user")
query = counts.writeStream.outputMode("complete").format("console").option("truncate", False).start()
