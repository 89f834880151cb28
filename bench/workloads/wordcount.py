# WordCount: flatMap / map / reduceByKey per batch.
from pyspark import SparkContext
from pyspark.streaming import StreamingContext

# --- settings (runnel-bench rewrites these lines) ---
FILES = ["bench/data/text/batch-00000.txt"]
BATCH_SECONDS = 1
MASTER = "local[2]"
# --- end of settings ---

sc = SparkContext(MASTER, "bench-wordcount")
sc.setLogLevel("ERROR")
ssc = StreamingContext(sc, BATCH_SECONDS)
lines = ssc.queueStream([sc.textFile(path) for path in FILES])
words = lines.flatMap(lambda line: line.split(" "))
counts = words.map(lambda word: (word, 1)).reduceByKey(lambda a, b: a + b)
counts.pprint(3)
ssc.start()
ssc.awaitTermination()
