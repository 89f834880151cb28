# Structured Streaming with a state of 10^6 keys: a count per key (each line is a key) in
# update mode; foreachBatch counts the rows each batch updated, so nothing prints a
# million rows. Prints records/s (timed around processAllAvailable) and the counts.
import sys, time
from pyspark.sql import SparkSession
spark = (SparkSession.builder.master("local[2]").appName("ss-bench")
         .config("spark.ui.enabled", "false").config("spark.ui.showConsoleProgress", "false")
         .config("spark.sql.shuffle.partitions", "2")
         .config("spark.sql.session.timeZone", "UTC").getOrCreate())
spark.sparkContext.setLogLevel("ERROR")
DATA = "bench/data/ss/keyed"
RECORDS = 0
sizes = []
lines = spark.readStream.option("maxFilesPerTrigger", 1).text(DATA)
counts = lines.groupBy("value").count()
query = (counts.writeStream.outputMode("update")
         .foreachBatch(lambda df, batch_id: sizes.append(df.count())).start())
start = time.time()
query.processAllAvailable()
elapsed = time.time() - start
query.stop()
print("batches:", len(sizes), "rows updated per batch:", sizes, "total:", sum(sizes))
print("RESULT records=%d seconds=%.3f records_per_second=%.0f" % (RECORDS, elapsed, RECORDS / elapsed), file=sys.stderr)
