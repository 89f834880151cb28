data = [['{"ts": "2026-01-01 00:00:01", "kind": "imp", "ad": 1}', '{"ts": "2026-01-01 00:00:02", "kind": "imp", "ad": 2}', '{"ts": "2026-01-01 00:00:13", "kind": "imp", "ad": 3}'],
        ['{"ts": "2026-01-01 00:00:05", "kind": "click", "ad": 1}', '{"ts": "2026-01-01 00:00:12", "kind": "click", "ad": 2}'],
        ['{"ts": "2026-01-01 00:00:31", "kind": "imp", "ad": 4}', '{"ts": "2026-01-01 00:00:15", "kind": "click", "ad": 3}'],
        ['{"ts": "2026-01-01 00:00:03", "kind": "click", "ad": 2}', '{"ts": "2026-01-01 00:00:35", "kind": "click", "ad": 4}', '{"ts": "2026-01-01 00:01:10", "kind": "imp", "ad": 5}'],
        ['{"ts": "2026-01-01 00:02:00", "kind": "click", "ad": 6}']]
# --- program ---
from pyspark.sql.functions import col, window
events = spark.readStream.schema("ts TIMESTAMP, kind STRING, ad INT").option("maxFilesPerTrigger", 1).json(input_dir).withWatermark("ts", "5 seconds")
imps = events.where(col("kind") == "imp").select(window("ts", "10 seconds").alias("iw"), col("ad").alias("imp_ad"))
clicks = events.where(col("kind") == "click").select(window("ts", "10 seconds").alias("cw"), col("ad").alias("click_ad"))
joined = imps.join(clicks, (col("iw") == col("cw")) & (col("imp_ad") == col("click_ad")), "leftOuter")
query = joined.writeStream.outputMode("append").format("console").option("truncate", False).start()
