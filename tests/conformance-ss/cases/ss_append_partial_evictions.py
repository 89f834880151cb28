data = [['{"ts": "2026-01-01 00:00:%02d", "k": "a%d"}' % (i % 40, i) for i in range(90)],
        ['{"ts": "2026-01-01 00:00:%02d", "k": "b%d"}' % (20 + i % 40, i) for i in range(70)],
        ['{"ts": "2026-01-01 00:01:%02d", "k": "c%d"}' % (i % 30, i) for i in range(60)],
        ['{"ts": "2026-01-01 00:01:45", "k": "end"}']]
# --- program ---
from pyspark.sql.functions import window
events = spark.readStream.schema("ts TIMESTAMP, k STRING").option("maxFilesPerTrigger", 1).json(input_dir)
counts = events.withWatermark("ts", "15 seconds").groupBy(window("ts", "20 seconds"), "k").count()
query = counts.writeStream.outputMode("append").format("console").option("numRows", 1000).option("truncate", False).start()
