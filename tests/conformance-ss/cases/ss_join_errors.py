data = [['{"ts": "2026-01-01 00:00:01", "kind": "imp", "ad": 1}']]
# --- program ---
from pyspark.sql.functions import col, expr
events = spark.readStream.schema("ts TIMESTAMP, kind STRING, ad INT").option("maxFilesPerTrigger", 1).json(input_dir)
imps = events.where(col("kind") == "imp").select(col("ad").alias("imp_ad"), col("ts").alias("imp_ts"))
clicks = events.where(col("kind") == "click").select(col("ad").alias("click_ad"), col("ts").alias("click_ts"))
wimps = imps.withWatermark("imp_ts", "10 seconds")
wclicks = clicks.withWatermark("click_ts", "10 seconds")
eq = expr("click_ad = imp_ad")
rng = expr("click_ad = imp_ad AND click_ts >= imp_ts AND click_ts <= imp_ts + interval 20 seconds")
cases = [("left-nowm", imps.join(clicks, rng, "leftOuter"), "append"),
         ("left-norange", wimps.join(wclicks, eq, "leftOuter"), "append"),
         ("right-norange", wimps.join(wclicks, eq, "rightOuter"), "append"),
         ("full-norange", wimps.join(wclicks, eq, "fullOuter"), "append"),
         ("left-onlyleftwm", wimps.join(clicks, rng, "leftOuter"), "append"),
         ("left-onlyrightwm", imps.join(wclicks, rng, "leftOuter"), "append"),
         ("right-onlyleftwm", wimps.join(clicks, rng, "rightOuter"), "append"),
         ("inner-update", wimps.join(wclicks, rng), "update"),
         ("inner-complete", wimps.join(wclicks, rng), "complete"),
         ("inner-nowm", imps.join(clicks, eq), "append"),
         ("left-range", wimps.join(wclicks, rng, "leftOuter"), "append")]
for name, df, mode in cases:
    try:
        q = df.writeStream.outputMode(mode).format("noop").start()
        q.stop()
        print(name, "started")
    except Exception as e:
        print(name, type(e).__name__, str(e).split(";")[0].split("\n")[0])
query = imps.writeStream.outputMode("append").format("console").start()
