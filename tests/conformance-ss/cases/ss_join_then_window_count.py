data = [['{"ts": "2026-01-01 00:00:01", "kind": "imp", "ad": 1}', '{"ts": "2026-01-01 00:00:02", "kind": "imp", "ad": 2}', '{"ts": "2026-01-01 00:00:12", "kind": "imp", "ad": 3}'],
        ['{"ts": "2026-01-01 00:00:05", "kind": "click", "ad": 1}', '{"ts": "2026-01-01 00:00:06", "kind": "click", "ad": 2}', '{"ts": "2026-01-01 00:00:14", "kind": "click", "ad": 3}'],
        ['{"ts": "2026-01-01 00:00:40", "kind": "imp", "ad": 4}', '{"ts": "2026-01-01 00:00:41", "kind": "click", "ad": 4}'],
        ['{"ts": "2026-01-01 00:01:30", "kind": "imp", "ad": 5}', '{"ts": "2026-01-01 00:01:31", "kind": "click", "ad": 5}']]
# --- program ---
from pyspark.sql.functions import col, expr, window
events = spark.readStream.schema("ts TIMESTAMP, kind STRING, ad INT").option("maxFilesPerTrigger", 1).json(input_dir)
imps = events.where(col("kind") == "imp").select(col("ad").alias("imp_ad"), col("ts").alias("imp_ts")).withWatermark("imp_ts", "10 seconds")
clicks = events.where(col("kind") == "click").select(col("ad").alias("click_ad"), col("ts").alias("click_ts")).withWatermark("click_ts", "10 seconds")
joined = imps.join(clicks, expr("click_ad = imp_ad AND click_ts >= imp_ts AND click_ts <= imp_ts + interval 20 seconds"))
counts = joined.groupBy(window("imp_ts", "10 seconds")).count()
query = counts.writeStream.outputMode("append").format("console").option("truncate", False).start()
