# Structured Streaming word count: complete mode into a memory table; prints the records/s
# of the processing (timed around processAllAvailable) and a summary of the result.
import sys, time
from pyspark.sql import SparkSession
from pyspark.sql.functions import explode, split
spark = (SparkSession.builder.master("local[2]").appName("ss-bench")
         .config("spark.ui.enabled", "false").config("spark.ui.showConsoleProgress", "false")
         .config("spark.sql.shuffle.partitions", "2")
         .config("spark.sql.session.timeZone", "UTC").getOrCreate())
spark.sparkContext.setLogLevel("ERROR")
DATA = "bench/data/ss/text"
RECORDS = 0
lines = spark.readStream.option("maxFilesPerTrigger", 1).text(DATA)
words = lines.select(explode(split(lines.value, " ")).alias("word"))
counts = words.groupBy("word").count()
query = counts.writeStream.outputMode("complete").format("memory").queryName("counts").start()
start = time.time()
query.processAllAvailable()
elapsed = time.time() - start
query.stop()
spark.sql("SELECT count(*) AS words, sum(count) AS total FROM counts").show()
print("RESULT records=%d seconds=%.3f records_per_second=%.0f" % (RECORDS, elapsed, RECORDS / elapsed), file=sys.stderr)
