data = [['{"ts": "2026-01-01 00:00:01", "id": 1}', '{"ts": "2026-01-01 00:00:01", "id": 1}', '{"ts": "2026-01-01 00:00:02", "id": 2}'],
        ['{"ts": "2026-01-01 00:00:01", "id": 1}', '{"ts": "2026-01-01 00:00:30", "id": 3}'],
        ['{"ts": "2026-01-01 00:00:02", "id": 2}', '{"ts": "2026-01-01 00:00:31", "id": 3}']]
# --- program ---
events = spark.readStream.schema("ts TIMESTAMP, id INT").option("maxFilesPerTrigger", 1).json(input_dir)
unique = events.withWatermark("ts", "10 seconds").dropDuplicates(["id", "ts"])
query = unique.writeStream.outputMode("append").format("console").start()
