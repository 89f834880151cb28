"""Runs one benchmark program on real PySpark and records Spark's own per-batch figures.

    python bench/spark_run.py PROGRAM.py --batches N --out METRICS.json [--stdout OUT.txt]

The program is a plain PySpark program (it creates its SparkContext and StreamingContext
and ends with `ssc.awaitTermination()`); it runs unchanged. This runner only:
- registers a StreamingListener on the program's StreamingContext, which records each
  completed batch's processing time, scheduling delay and total delay as Spark measures
  them (`BatchInfo.processingDelay()`, ...);
- makes `awaitTermination()` return once N batches have completed, stopping the context;
- writes the program's stdout (pprint) with batch times moved onto a clock whose zero time
  is 1970-01-01 00:00:00, as Runnel's logical clock prints them, so both can be compared;
- reports the peak resident memory of the driver, the JVM and its Python workers (the sum
  of VmHWM over the process tree).
"""
import argparse, contextlib, datetime, io, json, os, re, sys, threading, time

os.environ.setdefault("PYTHONHASHSEED", "0")
os.environ.setdefault(
    "PYSPARK_SUBMIT_ARGS",
    "--conf spark.ui.enabled=false --conf spark.ui.showConsoleProgress=false pyspark-shell",
)

import pyspark.streaming
from pyspark.streaming.listener import StreamingListener

STATE = {"batches": [], "done": threading.Event(), "n": 0, "ctx": None}


class BenchListener(StreamingListener):
    def onBatchCompleted(self, batchCompleted):
        info = batchCompleted.batchInfo()
        STATE["batches"].append({
            "time_ms": info.batchTime().milliseconds(),
            "processing_ms": info.processingDelay(),
            "scheduling_ms": info.schedulingDelay(),
            "total_ms": info.totalDelay(),
            "records": info.numRecords(),
        })
        if len(STATE["batches"]) >= STATE["n"]:
            STATE["done"].set()


class BenchStreamingContext(pyspark.streaming.StreamingContext):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.addStreamingListener(BenchListener())
        STATE["ctx"] = self

    def awaitTermination(self, timeout=None):
        STATE["done"].wait()
        STATE["memory_kb"] = peak_memory_kb(self.sparkContext)
        self.stop(stopSparkContext=True, stopGraceFully=False)

    def awaitTerminationOrTimeout(self, timeout):
        self.awaitTermination()
        return True


# Programs import it from the package: `from pyspark.streaming import StreamingContext`.
pyspark.streaming.StreamingContext = BenchStreamingContext


def vm_hwm_kb(pid):
    try:
        with open("/proc/%d/status" % pid) as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def descendants(root):
    children = {}
    for d in os.listdir("/proc"):
        if not d.isdigit():
            continue
        try:
            with open("/proc/%s/stat" % d) as f:
                ppid = int(f.read().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(ppid, []).append(int(d))
    out, todo = [], [root]
    while todo:
        p = todo.pop()
        out.append(p)
        todo.extend(children.get(p, []))
    return out


def peak_memory_kb(sc):
    pids = [os.getpid()]
    proc = getattr(getattr(sc, "_gateway", None), "proc", None)
    if proc is not None:
        pids += descendants(proc.pid)
    return sum(vm_hwm_kb(p) for p in set(pids))


class Tee(io.TextIOBase):
    def __init__(self):
        self.buf = []
        self.lock = threading.Lock()

    def write(self, s):
        with self.lock:
            self.buf.append(s)
        return len(s)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("program")
    ap.add_argument("--batches", type=int, required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--stdout")
    args = ap.parse_args()
    STATE["n"] = args.batches
    src = open(args.program).read()
    out = Tee()
    t0 = time.time()
    with contextlib.redirect_stdout(out):
        exec(compile(src, args.program, "exec"), {"__name__": "__main__"})
    wall = time.time() - t0
    batches = STATE["batches"][: args.batches]
    text = "".join(out.buf)
    if batches:
        # Batch times as Runnel's logical clock shows them: zero time at the epoch.
        ctx_batch = (batches[1]["time_ms"] - batches[0]["time_ms"]) if len(batches) > 1 else 1000
        zero = datetime.datetime.fromtimestamp((batches[0]["time_ms"] - ctx_batch) / 1000)
        epoch = datetime.datetime(1970, 1, 1)
        last = datetime.datetime.fromtimestamp(batches[-1]["time_ms"] / 1000)

        def fix(m):
            return str(epoch + (datetime.datetime.fromisoformat(m.group(0)) - zero))

        # Only the first N batches' output: a later batch may have started before the stop.
        parts = re.split(r"(?m)^(?=-{43}\nTime: )", text)
        keep = [p for p in parts if not (m := re.match(r"-{43}\nTime: (\S+ \S+)", p))
                or datetime.datetime.fromisoformat(m.group(1)) <= last]
        text = re.sub(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d+)?", fix, "".join(keep))
    if args.stdout:
        with open(args.stdout, "w") as f:
            f.write(text)
    with open(args.out, "w") as f:
        json.dump({"batches": batches, "wall_s": wall, "memory_kb": STATE.get("memory_kb", 0)}, f)
        f.write("\n")


if __name__ == "__main__":
    main()
