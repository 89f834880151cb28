data = [['{"ts": "2026-01-01 00:00:01", "kind": "imp", "ad": 1}', '{"ts": "2026-01-01 00:00:02", "kind": "imp", "ad": 2}', '{"ts": "2026-01-01 00:00:03", "kind": "imp", "ad": 3}'],
        ['{"ts": "2026-01-01 00:00:05", "kind": "click", "ad": 1}'],
        ['{"ts": "2026-01-01 00:00:30", "kind": "imp", "ad": 4}', '{"ts": "2026-01-01 00:00:25", "kind": "click", "ad": 3}', '{"ts": "2026-01-01 00:00:12", "kind": "click", "ad": 2}'],
        ['{"ts": "2026-01-01 00:01:00", "kind": "imp", "ad": 5}', '{"ts": "2026-01-01 00:01:05", "kind": "click", "ad": 5}', '{"ts": "2026-01-01 00:00:40", "kind": "click", "ad": 4}'],
        ['{"ts": "2026-01-01 00:00:10", "kind": "imp", "ad": 6}', '{"ts": "2026-01-01 00:00:45", "kind": "click", "ad": 4}', '{"ts": "2026-01-01 00:01:30", "kind": "imp", "ad": 7}', '{"ts": "2026-01-01 00:01:35", "kind": "click", "ad": 7}'],
        ['{"ts": "2026-01-01 00:03:00", "kind": "imp", "ad": 8}', '{"ts": "2026-01-01 00:03:00", "kind": "click", "ad": 9}']]
# --- program ---
from pyspark.sql.functions import col, expr
events = spark.readStream.schema("ts TIMESTAMP, kind STRING, ad INT").option("maxFilesPerTrigger", 1).json(input_dir)
imps = events.where(col("kind") == "imp").select(col("ad").alias("imp_ad"), col("ts").alias("imp_ts")).withWatermark("imp_ts", "10 seconds")
clicks = events.where(col("kind") == "click").select(col("ad").alias("click_ad"), col("ts").alias("click_ts")).withWatermark("click_ts", "10 seconds")
joined = imps.join(clicks, expr("click_ad = imp_ad AND click_ts BETWEEN imp_ts AND imp_ts + interval 20 seconds"), "leftOuter")
query = joined.writeStream.outputMode("append").format("console").start()
