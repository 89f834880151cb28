data = [['{"ts": "2026-01-01 10:00:02", "line": "el gato y el perro"}', '{"ts": "2026-01-01 10:00:07", "line": "el sol"}'],
        ['{"ts": "2026-01-01 10:00:12", "line": "gato"}', '{"ts": "2026-01-01 10:00:04", "line": "el perro"}'],
        ['{"ts": "2026-01-01 10:00:31", "line": "el mar"}'],
        ['{"ts": "2026-01-01 10:00:05", "line": "tarde"}', '{"ts": "2026-01-01 10:00:33", "line": "el gato"}'],
        ['{"ts": "2026-01-01 10:00:06", "line": "muy tarde"}', '{"ts": "2026-01-01 10:00:34", "line": "el sol"}']]
# --- program ---
from pyspark.sql.functions import explode, split, window, col
lines = spark.readStream.schema("ts TIMESTAMP, line STRING").option("maxFilesPerTrigger", 1).json(input_dir)
words = lines.select(col("ts"), explode(split(col("line"), " ")).alias("word"))
counts = (words.withWatermark("ts", "10 seconds")
          .groupBy(window(col("ts"), "10 seconds"), col("word")).count())
query = counts.writeStream.outputMode("append").format("console").option("truncate", False).start()
