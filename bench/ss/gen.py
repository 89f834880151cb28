"""Writes the Structured Streaming benchmark's input: FILES files of RECORDS lines each.

text/: lines of words drawn from a Zipf-distributed vocabulary (like bench/'s DStream data);
json/: {"ts": ..., "word": ...} lines whose event time advances 1 s per file, with some
disorder, for the windowed count with a watermark;
keyed/ (when KEYS is given): one key per line, 10 files that each bring KEYS/10 new keys
and half as many repeats of earlier ones, shuffled, so the state ends with exactly KEYS
keys. Seeded: the same bytes every run.
usage: gen.py OUT_DIR FILES RECORDS [KEYS]
"""
import bisect, itertools, json, os, random, sys

out, files, records = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
rng = random.Random(42)
vocab = ["w%d" % i for i in range(50000)]
weights = list(itertools.accumulate(1.0 / (r + 1) for r in range(len(vocab))))
total = weights[-1]

def word():
    return vocab[bisect.bisect_left(weights, rng.random() * total)]

for kind in ("text", "json"):
    os.makedirs(os.path.join(out, kind), exist_ok=True)
for f in range(files):
    text_lines, json_lines = [], []
    for i in range(records):
        text_lines.append(" ".join(word() for _ in range(14)))
        sec = f + rng.randint(-3, 0)
        json_lines.append(json.dumps({"ts": "2026-01-01 00:%02d:%02d" % (max(sec, 0) // 60, max(sec, 0) % 60), "word": word()}))
    for kind, lines in (("text", text_lines), ("json", json_lines)):
        p = os.path.join(out, kind, "part-%05d.txt" % f)
        with open(p, "w") as fh:
            fh.write("\n".join(lines) + "\n")
        os.utime(p, (1_000_000_000 + f, 1_000_000_000 + f))

if len(sys.argv) > 4:
    keys = int(sys.argv[4])
    krng = random.Random(7)
    os.makedirs(os.path.join(out, "keyed"), exist_ok=True)
    per_file = keys // 10
    for f in range(10):
        batch = list(range(f * per_file, (f + 1) * per_file))
        batch += [krng.randrange(f * per_file) for _ in range(per_file // 2)] if f else []
        krng.shuffle(batch)
        p = os.path.join(out, "keyed", "part-%05d.txt" % f)
        with open(p, "w") as fh:
            fh.write("".join("key%d\n" % k for k in batch))
        os.utime(p, (1_000_000_000 + f, 1_000_000_000 + f))
