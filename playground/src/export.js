// Export: the program as a standalone PySpark script (imports, contexts, the course's
// createQUEUERDD helper as tools/oracle/harness.py defines it, the program, start and
// stop) that runs with spark-submit or `python script.py` where pyspark is installed.
// A run with a batch count stops after that many batches (a StreamingListener counts
// them), as the playground's run did.

const STATEFUL = /\.(updateStateByKey|reduceByWindow|countByWindow|countByValueAndWindow|reduceByKeyAndWindow|groupByKeyAndWindow)\(/;

const PRELUDE = (batchSeconds, stateful) => `import tempfile
import threading
from pyspark import SparkContext, SparkConf
from pyspark.streaming import StreamingContext
from pyspark.streaming.listener import StreamingListener

sc = SparkContext(conf=SparkConf().setMaster("local[2]").setAppName("runnel-playground"))
sc.setLogLevel("ERROR")
ssc = StreamingContext(sc, ${pyNumber(batchSeconds)})
${stateful ? `# Stateful and windowed reductions need a checkpoint directory on Spark.\nssc.checkpoint(tempfile.mkdtemp(prefix="runnel-checkpoint-"))\n` : ""}

def createQUEUERDD(data):
    """The course's helper: each item of data is a batch, each inner list a partition."""
    rddQueue = []
    for datum in data:
        tmpRDD = ssc.sparkContext.emptyRDD()
        for partition in datum:
            partitionRDD = ssc.sparkContext.parallelize(partition, 1)
            tmpRDD = tmpRDD.union(partitionRDD)
        rddQueue += [tmpRDD]
    return rddQueue


createQUEUEERDD = createQUEUERDD
`;

function pyNumber(n) {
  return Number.isInteger(n) ? String(n) : String(Number(n));
}

/** The ending: run `batches` batches (a listener counts the completed ones) or until stopped. */
function ending(batches, batchSeconds) {
  if (!batches) return `\nssc.start()\nssc.awaitTermination()\n`;
  return `

class StopAfterBatches(StreamingListener):
    """Stops after ${batches} batches, as the playground's run did."""

    def __init__(self, count):
        self.count = count
        self.done = threading.Event()

    def onBatchCompleted(self, batchCompleted):
        self.count -= 1
        if self.count <= 0:
            self.done.set()


listener = StopAfterBatches(${batches})
ssc.addStreamingListener(listener)
ssc.start()
listener.done.wait(timeout=${pyNumber(batches * batchSeconds + 120)})
ssc.stop(stopSparkContext=True, stopGraceFully=False)
`;
}

/**
 * A Structured Streaming program's input files (Input > Files, named `dir/name`), written
 * before it runs, in the panel's order with increasing modification times (Spark's file
 * source reads the oldest first).
 */
function inputFiles(files) {
  const named = files.filter((f) => f.name.includes("/"));
  if (!named.length) return "";
  const entries = named.map((f) => `    (${JSON.stringify(f.name)}, ${JSON.stringify(f.text)}),`).join("\n");
  return `import os
# The playground's input files (Input > Files), written where the program reads them.
for _i, (_path, _text) in enumerate([
${entries}
]):
    os.makedirs(os.path.dirname(_path), exist_ok=True)
    with open(_path, "w") as _f:
        _f.write(_text)
    os.utime(_path, (1000000000 + _i, 1000000000 + _i))

`;
}

/** The standalone script for `program`, run with {batchSeconds, batches}; `files` feed its readStream sources. */
export function exportScript(program, { batchSeconds = 1, batches = null } = {}, files = []) {
  const header = `# Exported from the Runnel playground: a standalone PySpark (3.5) script.\n# Run it with:  spark-submit program.py   (or: python program.py, with pyspark installed)\n`;
  // A Structured Streaming program makes its own SparkSession: it needs only its input.
  if (/\breadStream\b/.test(program) && !/\bssc\b/.test(program)) return header + inputFiles(files) + program;
  // A program that makes its own StreamingContext (the socket example) is already whole.
  if (/StreamingContext\(\s*sc\s*,/.test(program)) return header + program;
  const body = program.replace(/\s+$/, "");
  return `${header}${PRELUDE(batchSeconds, STATEFUL.test(program))}\n# ---- the program ----\n${body}\n# ---- end of the program ----\n${ending(batches, batchSeconds)}`;
}

/** Saves `text` as a download named `name`. */
export function download(name, text) {
  const url = URL.createObjectURL(new Blob([text], { type: "text/x-python" }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
