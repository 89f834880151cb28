#!/usr/bin/env python3
"""Differential run of generated programs: CPython 3.11 (PYTHONHASHSEED=0) against Runnel.

usage: py_fuzz.py [--first S] [--count C] [--tests N] [--dir DIR] [--runner CMD] [--show K]

Generates DIR/p_S.py.. with py_gen.py, runs each with python3 (DIR/p_S.out) and all of them
in one call of the runner (default: target/debug/examples/pyrun --out DIR, writing
DIR/p_S.got), compares the lines by test id and prints the differences bucketed by the
test's kind, K examples each, then 'programs P, tests T, differing D'.
DIR/diffs.json keeps every difference (program, id, kind, source line, CPython, Runnel).
"""
import argparse, json, os, re, shlex, subprocess, sys
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import py_gen  # noqa: E402

LINE = re.compile(r"^(\d+) (\S+|'[^']*') (.*)$")


def by_id(text):
    out = {}
    for line in text.splitlines():
        m = re.match(r"^(\d+) ", line)
        if m:
            out[int(m.group(1))] = line[len(m.group(0)):]
        else:
            out.setdefault("tail", []).append(line)
    return out


def run_python(path):
    """CPython's output, twice: lines that differ between the runs (an address in a
    repr, hash(None)) are dropped as CPython's own noise."""
    env = dict(os.environ, PYTHONHASHSEED="0", TZ="UTC")
    texts = []
    for _ in range(2):
        try:
            p = subprocess.run([sys.executable, path], capture_output=True, text=True, env=env, timeout=30)
        except subprocess.TimeoutExpired:
            return ""  # a generated program too slow for CPython itself: skipped
        text = p.stdout
        if p.returncode:
            last = (p.stderr.strip().splitlines() or [""])[-1]
            text += last + "\n"
        texts.append(text)
    a, b = texts
    if a != b:
        b_lines = set(b.splitlines())
        a = "".join(l + "\n" for l in a.splitlines() if l in b_lines)
    with open(path[:-3] + ".out", "w") as f:
        f.write(a)
    return a


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--first", type=int, default=0)
    ap.add_argument("--count", type=int, default=100)
    ap.add_argument("--tests", type=int, default=40)
    ap.add_argument("--dir", default="/tmp/py_fuzz")
    ap.add_argument("--runner", default="target/debug/examples/pyrun")
    ap.add_argument("--show", type=int, default=3)
    a = ap.parse_args()
    os.makedirs(a.dir, exist_ok=True)
    paths = []
    for s in range(a.first, a.first + a.count):
        p = os.path.join(a.dir, "p_%d.py" % s)
        with open(p, "w") as f:
            f.write(py_gen.Gen(s, a.tests).program())
        paths.append(p)
    with ThreadPoolExecutor(4) as ex:
        expected = dict(zip(paths, ex.map(run_python, paths)))
    env = dict(os.environ, TZ="UTC")
    # Programs CPython itself could not finish are not run (nor compared).
    runnable = [p for p in paths if expected[p]]
    r = subprocess.run(shlex.split(a.runner) + ["--out", a.dir] + runnable, env=env)
    if r.returncode:
        sys.exit("runner failed with status %d" % r.returncode)
    buckets, diffs, tests = {}, [], 0
    for p in paths:
        if not expected[p]:
            continue
        src = open(p).read().splitlines()
        shows = {int(m.group(1)): (m.group(2), l) for l in src for m in [re.match(r"show\((\d+), '([^']*)', ", l)] if m}
        exp = by_id(expected[p])
        got = by_id(open(p[:-3] + ".got").read())
        for i, (kind, line) in shows.items():
            tests += 1
            if i not in exp and "tail" not in exp:
                continue  # CPython's own output differed between runs
            if exp.get(i) != got.get(i):
                d = {"program": p, "id": i, "kind": kind, "source": line, "cpython": exp.get(i), "runnel": got.get(i)}
                diffs.append(d)
                buckets.setdefault(kind, []).append(d)
        if exp.get("tail") != got.get("tail"):
            d = {"program": p, "id": "tail", "kind": "program", "source": "", "cpython": exp.get("tail"), "runnel": got.get("tail")}
            diffs.append(d)
            buckets.setdefault("program", []).append(d)
    with open(os.path.join(a.dir, "diffs.json"), "w") as f:
        json.dump(diffs, f, indent=1, ensure_ascii=False)
    for kind, ds in sorted(buckets.items(), key=lambda kv: -len(kv[1])):
        print("== %s: %d" % (kind, len(ds)))
        for d in ds[: a.show]:
            print("   %s" % d["source"][:300])
            print("   py: %s" % str(d["cpython"])[:300])
            print("   rn: %s" % str(d["runnel"])[:300])
    print("programs %d, tests %d, differing %d" % (len(paths), tests, len(diffs)))


if __name__ == "__main__":
    main()
