# State at scale, mapWithState-style: only the keys present in the batch are updated; the
# others keep their state object untouched. PySpark has no mapWithState, so this is
# updateStateByKey whose function returns the old state as it is when a key has no new
# values (the engine still visits every key of the state).
from pyspark import SparkContext
from pyspark.streaming import StreamingContext

# --- settings (runnel-bench rewrites these lines) ---
FILES = ["bench/data/keyed/batch-00000.txt"]
BATCH_SECONDS = 1
MASTER = "local[2]"
CHECKPOINT = "bench/data/checkpoint/mapstate"
KEYS = 10000
# --- end of settings ---

def update(new_values, total):
    if not new_values:
        return total
    return sum(new_values) + (total or 0)

sc = SparkContext(MASTER, "bench-mapstate")
sc.setLogLevel("ERROR")
ssc = StreamingContext(sc, BATCH_SECONDS)
ssc.checkpoint(CHECKPOINT)
initial = sc.parallelize([(k, 0) for k in range(KEYS)])
lines = ssc.queueStream([sc.textFile(path) for path in FILES])
pairs = lines.map(lambda line: (int(line[:line.index(" ")]) % KEYS, 1))
totals = pairs.updateStateByKey(update, initialRDD=initial)
totals.count().pprint()
ssc.start()
ssc.awaitTermination()
