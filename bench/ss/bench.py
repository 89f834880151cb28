"""Runs the Structured Streaming benchmark programs on Runnel and Spark, back to back.

    python3 bench/ss/bench.py OUT_DIR --runner RUNNEL --spark-python PYTHON
        [--workloads wordcount,window,state] [--runs N] [--no-spark]

Each program (bench/ss/NAME.py, its RECORDS line set to the records its data holds) runs
N times on each engine, alternating Runnel and Spark so that both see the same load. A
program times itself around processAllAvailable() and prints a RESULT line on stderr.
Peak memory is the sum of VmHWM over the engine's process tree (Spark: the Python driver,
the JVM it starts and its Python workers), sampled while it runs. Prints one summary line
per workload (medians) and writes them to OUT_DIR/results/summary.txt; each engine's
output is in OUT_DIR/results/NAME.ENGINE.txt and must be identical.
"""
import argparse, os, re, statistics, subprocess, sys, time


def vm_hwm_kb(pid):
    try:
        with open("/proc/%d/status" % pid) as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def tree(root):
    children = {}
    for d in os.listdir("/proc"):
        if d.isdigit():
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


def run_once(cmd, out_path, err_path):
    """Runs cmd; returns (records/s, peak MB)."""
    with open(out_path, "w") as out, open(err_path, "w") as err:
        proc = subprocess.Popen(cmd, stdout=out, stderr=err)
        peaks = {}
        while proc.poll() is None:
            for pid in tree(proc.pid):
                peaks[pid] = max(peaks.get(pid, 0), vm_hwm_kb(pid))
            time.sleep(0.1)
    text = open(err_path).read()
    m = re.search(r"RESULT .*records_per_second=(\d+)", text)
    if proc.returncode != 0 or not m:
        sys.exit("%s failed (exit %s):\n%s" % (" ".join(cmd), proc.returncode, text[-2000:]))
    return int(m.group(1)), sum(peaks.values()) / 1024


def records(data_dir):
    return sum(
        sum(1 for _ in open(os.path.join(data_dir, f)))
        for f in os.listdir(data_dir)
    )


DATA = {"wordcount": "text", "window": "json", "state": "keyed"}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--runner", required=True)
    ap.add_argument("--spark-python", required=True)
    ap.add_argument("--workloads", default="wordcount,window,state")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--no-spark", action="store_true")
    a = ap.parse_args()
    results = os.path.join(a.out, "results")
    os.makedirs(results, exist_ok=True)
    engines = ["runnel"] if a.no_spark else ["runnel", "spark"]
    lines = []
    for w in a.workloads.split(","):
        n = records(os.path.join(a.out, DATA[w]))
        src = open(os.path.join(os.path.dirname(__file__), w + ".py")).read()
        prog = os.path.join(a.out, w + ".py")
        with open(prog, "w") as f:
            f.write(src.replace("\nRECORDS = 0\n", "\nRECORDS = %d\n" % n))
        figures = {e: [] for e in engines}
        for i in range(a.runs):
            for e in engines:
                cmd = [a.runner, "run", "--cores", "2", prog] if e == "runnel" else [a.spark_python, prog]
                out = os.path.join(results, "%s.%s.txt" % (w, e))
                rate, peak = run_once(cmd, out + ".%d" % i, out + ".%d.err" % i)
                figures[e].append((rate, peak))
                print("  %s %s run %d: %.0f records/s, peak %.0f MB" % (w, e, i + 1, rate, peak), flush=True)
        med = {e: (statistics.median(r for r, _ in f), statistics.median(p for _, p in f)) for e, f in figures.items()}
        line = "%s: %d records, Runnel %.0f k records/s (peak %.0f MB)" % (w, n, med["runnel"][0] / 1e3, med["runnel"][1])
        if "spark" in med:
            outs = [open(os.path.join(results, "%s.%s.txt.%d" % (w, e, i))).read() for e in engines for i in range(a.runs)]
            same = "yes" if all(o == outs[0] for o in outs) else "NO"
            if same == "NO":
                subprocess.run(["diff", os.path.join(results, "%s.runnel.txt.0" % w), os.path.join(results, "%s.spark.txt.0" % w)])
            line += ", Spark local[2] %.1f k records/s (peak %.0f MB), Runnel / Spark %.1fx, same output: %s" % (
                med["spark"][0] / 1e3, med["spark"][1], med["runnel"][0] / med["spark"][0], same)
        line += " (medians of %d runs)" % a.runs
        print(line, flush=True)
        lines.append(line)
    with open(os.path.join(results, "summary.txt"), "w") as f:
        f.write("load average at the end: %s\n" % " ".join(open("/proc/loadavg").read().split()[:3]))
        f.write("\n".join(lines) + "\n")
    print("load average at the end: %s" % " ".join(open("/proc/loadavg").read().split()[:3]))


if __name__ == "__main__":
    main()
