data = [['{"ts": "2026-01-01 00:00:01", "kind": "imp", "ad": 1}', '{"ts": "2026-01-01 00:00:02", "kind": "imp", "ad": 2}'],
        ['{"ts": "2026-01-01 00:00:35", "kind": "click", "ad": 1}'],
        ['{"ts": "2026-01-01 00:01:10", "kind": "click", "ad": 2}']]
# --- program ---
from pyspark.sql.functions import col
events = spark.readStream.schema("ts TIMESTAMP, kind STRING, ad INT").option("maxFilesPerTrigger", 1).json(input_dir)
imps = events.where(col("kind") == "imp").select(col("ad").alias("imp_ad"), col("ts").alias("imp_ts")).withWatermark("imp_ts", "10 seconds")
clicks = events.where(col("kind") == "click").select(col("ad").alias("click_ad"), col("ts").alias("click_ts")).withWatermark("click_ts", "10 seconds")
query = imps.join(clicks, col("imp_ad") == col("click_ad")).writeStream.outputMode("append").format("console").start()
