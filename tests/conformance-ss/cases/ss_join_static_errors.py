data = [['{"ts": "2026-01-01 00:00:01", "kind": "imp", "ad": 1}']]
# --- program ---
from pyspark.sql.functions import col
events = spark.readStream.schema("ts TIMESTAMP, kind STRING, ad INT").option("maxFilesPerTrigger", 1).json(input_dir)
static = spark.createDataFrame([(1, "one"), (2, "two")], "ad INT, name STRING")
for name, df in [("static-left-outer-stream", static.join(events, "ad", "left_outer")),
                 ("stream-right-outer-static", events.join(static, "ad", "right_outer")),
                 ("stream-full-outer-static", events.join(static, "ad", "full_outer")),
                 ("static-full-outer-stream", static.join(events, "ad", "full_outer")),
                 ("stream-left-outer-static", events.join(static, "ad", "left_outer")),
                 ("static-right-outer-stream", static.join(events, "ad", "right_outer"))]:
    try:
        q = df.writeStream.outputMode("append").format("noop").start()
        q.stop()
        print(name, "started")
    except Exception as e:
        print(name, type(e).__name__, str(e).split(";")[0].split("\n")[0])
query = events.writeStream.outputMode("append").format("console").start()
