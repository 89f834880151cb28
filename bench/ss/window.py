# Structured Streaming windowed count with a watermark: 10-second tumbling windows per
# word, append mode into a memory table; prints records/s and a summary.
import sys, time
from pyspark.sql import SparkSession
from pyspark.sql.functions import window, col
spark = (SparkSession.builder.master("local[2]").appName("ss-bench")
         .config("spark.ui.enabled", "false").config("spark.ui.showConsoleProgress", "false")
         .config("spark.sql.shuffle.partitions", "2")
         .config("spark.sql.session.timeZone", "UTC").getOrCreate())
spark.sparkContext.setLogLevel("ERROR")
DATA = "bench/data/ss/json"
RECORDS = 0
events = spark.readStream.schema("ts TIMESTAMP, word STRING").option("maxFilesPerTrigger", 1).json(DATA)
counts = (events.withWatermark("ts", "5 seconds")
          .groupBy(window(col("ts"), "10 seconds"), col("word")).count())
query = counts.writeStream.outputMode("append").format("memory").queryName("wc").start()
start = time.time()
query.processAllAvailable()
elapsed = time.time() - start
query.stop()
spark.sql("SELECT count(*) AS windows, sum(count) AS total FROM wc").show()
print("RESULT records=%d seconds=%.3f records_per_second=%.0f" % (RECORDS, elapsed, RECORDS / elapsed), file=sys.stderr)
