data = [['{"ts": "2026-01-01 00:00:01", "kind": "imp", "ad": %d}' % i for i in range(80)],
        ['{"ts": "2026-01-01 00:00:05", "kind": "click", "ad": %d}' % i for i in range(0, 80, 7)],
        ['{"ts": "2026-01-01 00:01:00", "kind": "imp", "ad": 1000}', '{"ts": "2026-01-01 00:01:00", "kind": "click", "ad": 1001}']]
# --- program ---
from pyspark.sql.functions import col, expr
events = spark.readStream.schema("ts TIMESTAMP, kind STRING, ad INT").option("maxFilesPerTrigger", 1).json(input_dir)
imps = events.where(col("kind") == "imp").select(col("ad").alias("imp_ad"), col("ts").alias("imp_ts")).withWatermark("imp_ts", "10 seconds")
clicks = events.where(col("kind") == "click").select(col("ad").alias("click_ad"), col("ts").alias("click_ts")).withWatermark("click_ts", "10 seconds")
joined = imps.join(clicks, expr("click_ad = imp_ad AND click_ts >= imp_ts AND click_ts <= imp_ts + interval 20 seconds"), "leftOuter")
query = joined.writeStream.outputMode("append").format("console").option("numRows", 1000).start()
