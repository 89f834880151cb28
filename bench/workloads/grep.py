# Grep: the lines containing a pattern, counted per batch.
from pyspark import SparkContext
from pyspark.streaming import StreamingContext

# --- settings (runnel-bench rewrites these lines) ---
FILES = ["bench/data/text/batch-00000.txt"]
BATCH_SECONDS = 1
MASTER = "local[2]"
# --- end of settings ---

sc = SparkContext(MASTER, "bench-grep")
sc.setLogLevel("ERROR")
ssc = StreamingContext(sc, BATCH_SECONDS)
lines = ssc.queueStream([sc.textFile(path) for path in FILES])
matches = lines.filter(lambda line: "sa" in line)
matches.count().pprint()
ssc.start()
ssc.awaitTermination()
