# TopKCount: the 10 most frequent words of a sliding window (30 batches, sliding by one).
from pyspark import SparkContext
from pyspark.streaming import StreamingContext

# --- settings (runnel-bench rewrites these lines) ---
FILES = ["bench/data/text/batch-00000.txt"]
BATCH_SECONDS = 1
MASTER = "local[2]"
CHECKPOINT = "bench/data/checkpoint/topk"
WINDOW = 30
# --- end of settings ---

def top10(rdd):
    print(rdd.takeOrdered(10, key=lambda kv: (-kv[1], kv[0])))

sc = SparkContext(MASTER, "bench-topk")
sc.setLogLevel("ERROR")
ssc = StreamingContext(sc, BATCH_SECONDS)
ssc.checkpoint(CHECKPOINT)
lines = ssc.queueStream([sc.textFile(path) for path in FILES])
words = lines.flatMap(lambda line: line.split(" "))
pairs = words.map(lambda word: (word, 1))
counts = pairs.reduceByKeyAndWindow(lambda a, b: a + b, lambda a, b: a - b,
                                    WINDOW * BATCH_SECONDS, BATCH_SECONDS)
counts.foreachRDD(top10)
ssc.start()
ssc.awaitTermination()
