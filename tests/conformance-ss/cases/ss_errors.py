data = [['{"user": "ana", "n": 3}']]
# --- program ---
from pyspark.sql.functions import col
events = spark.readStream.schema("user STRING, n INT").option("maxFilesPerTrigger", 1).json(input_dir)
for name, df, mode in [("agg-append", events.groupBy("user").count(), "append"),
                       ("sort-append", events.orderBy("user"), "append"),
                       ("complete-noagg", events.select("user"), "complete")]:
    try:
        q = df.writeStream.outputMode(mode).format("console").start()
        q.stop()
        print(name, "started")
    except Exception as e:
        print(name, type(e).__name__, str(e).split(";")[0].split("\n")[0])
query = events.writeStream.outputMode("append").format("console").start()
