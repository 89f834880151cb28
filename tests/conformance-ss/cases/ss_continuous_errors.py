data = [['{"user": "ana", "n": 3}']]
# --- program ---
from pyspark.sql.functions import col, explode, split, current_timestamp, window
rate = spark.readStream.format("rate").option("rowsPerSecond", 2).load()
files = spark.readStream.schema("user STRING, n INT").option("maxFilesPerTrigger", 1).json(input_dir)
cases = [("agg-complete", rate.groupBy("value").count(), "complete"),
         ("agg-update", rate.groupBy("value").count(), "update"),
         ("dedup", rate.dropDuplicates(["value"]), "append"),
         ("map-update", rate.select("value"), "update"),
         ("map-complete", rate.select("value"), "complete"),
         ("now", rate.select("value", current_timestamp().alias("t")), "append"),
         ("explode", rate.select(explode(split(col("value").cast("string"), "")).alias("c")), "append"),
         ("watermark", rate.withWatermark("timestamp", "1 second").select("value"), "append"),
         ("union", rate.union(rate), "append"),
         ("limit", rate.limit(3), "append"),
         ("filter", rate.where(col("value") % 2 == 0).selectExpr("value * 10 AS v"), "append")]
for name, df, mode in cases:
    try:
        q = df.writeStream.outputMode(mode).trigger(continuous="1 second").format("noop").start()
        q.stop()
        print(name, "started")
    except Exception as e:
        print(name, type(e).__name__, str(e).split(";")[0].split("\n")[0])
query = files.writeStream.outputMode("append").format("console").start()
