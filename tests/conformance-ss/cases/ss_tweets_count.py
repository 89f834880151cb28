data = [['{"ts": "2026-01-01 10:00:05", "text": "#VIU uno"}', '{"ts": "2026-01-01 10:00:10", "text": "otro"}'],
        ['{"ts": "2026-01-01 10:00:25", "text": "#VIU dos"}'],
        ['{"ts": "2026-01-01 10:00:50", "text": "#VIU tres"}', '{"ts": "2026-01-01 10:01:10", "text": "#VIU cuatro"}'],
        ['{"ts": "2026-01-01 10:01:30", "text": "nada"}', '{"ts": "2026-01-01 10:01:45", "text": "#VIU cinco"}']]
# --- program ---
from pyspark.sql.functions import col
tweets = spark.readStream.schema("ts TIMESTAMP, text STRING").option("maxFilesPerTrigger", 1).json(input_dir)
tweetsVIU = tweets.filter(col("text").contains("#VIU"))
query = tweetsVIU.groupBy().count().writeStream.outputMode("complete").format("console").start()
