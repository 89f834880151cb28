# Windowed WordCount: reduceByKeyAndWindow with its inverse, a WINDOW-batch window sliding
# by one batch.
from pyspark import SparkContext
from pyspark.streaming import StreamingContext

# --- settings (runnel-bench rewrites these lines) ---
FILES = ["bench/data/text/batch-00000.txt"]
BATCH_SECONDS = 1
MASTER = "local[2]"
CHECKPOINT = "bench/data/checkpoint/window"
WINDOW = 30
# --- end of settings ---

sc = SparkContext(MASTER, "bench-window")
sc.setLogLevel("ERROR")
ssc = StreamingContext(sc, BATCH_SECONDS)
ssc.checkpoint(CHECKPOINT)
lines = ssc.queueStream([sc.textFile(path) for path in FILES])
words = lines.flatMap(lambda line: line.split(" "))
pairs = words.map(lambda word: (word, 1))
counts = pairs.reduceByKeyAndWindow(lambda a, b: a + b, lambda a, b: a - b,
                                    WINDOW * BATCH_SECONDS, BATCH_SECONDS)
counts.pprint(3)
ssc.start()
ssc.awaitTermination()
