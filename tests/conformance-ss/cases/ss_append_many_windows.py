data = [['{"ts": "2026-01-01 00:00:%02d", "word": "k%d"}' % (i % 10, i) for i in range(120)],
        ['{"ts": "2026-01-01 00:00:15", "word": "k%d"}' % i for i in range(0, 200, 3)],
        ['{"ts": "2026-01-01 00:01:00", "word": "end"}']]
# --- program ---
from pyspark.sql.functions import window, col
events = spark.readStream.schema("ts TIMESTAMP, word STRING").option("maxFilesPerTrigger", 1).json(input_dir)
counts = events.withWatermark("ts", "5 seconds").groupBy(window("ts", "10 seconds"), "word").count()
query = counts.writeStream.outputMode("append").format("console").option("numRows", 1000).option("truncate", False).start()
