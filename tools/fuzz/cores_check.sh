#!/bin/bash
# usage: tools/fuzz/cores_check.sh DIR [RUNNEL]
# Runs every program of DIR (from dstream_gen.py) with --cores 1 and --cores 2, without
# Spark: reports a run that fails or hangs (60 s, 4 GB) and outputs that differ by cores.
runner=$(realpath "${2:-target/release/runnel}")
ulimit -v 4000000
cd "$1" || exit 1
for f in *.py; do
  b=$(grep -m1 '^# batches' "$f" | awk '{print $3}')
  for c in 1 2; do
    timeout 60 "$runner" run "$f" --cores $c --batches "$b" --batch-seconds 1 --clock logical \
      --json --record nuevoDStream > "${f%.py}.c$c" 2> "${f%.py}.e$c" || echo "$f cores $c: exit $?: $(tail -c 300 "${f%.py}.e$c")"
  done
  cmp -s "${f%.py}.c1" "${f%.py}.c2" || echo "$f: --cores 1 and 2 differ"
done
