# State at scale: updateStateByKey over KEYS keys. Each record starts with its key (an
# integer); the state starts with every key (initialRDD), and every key's state is updated
# every batch, as updateStateByKey does.
from pyspark import SparkContext
from pyspark.streaming import StreamingContext

# --- settings (runnel-bench rewrites these lines) ---
FILES = ["bench/data/keyed/batch-00000.txt"]
BATCH_SECONDS = 1
MASTER = "local[2]"
CHECKPOINT = "bench/data/checkpoint/state"
KEYS = 10000
# --- end of settings ---

def update(new_values, total):
    return sum(new_values) + (total or 0)

sc = SparkContext(MASTER, "bench-state")
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
