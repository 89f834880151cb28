#!/usr/bin/env python3
"""Records what CPython prints for every tests/cases/*.py into NAME.out.

Run with CPython 3.11 and PYTHONHASHSEED=0 (set below for the child processes):
    python3 crates/runnel_python/tests/record.py [NAME ...]
A program ending in an uncaught exception records its stdout and then only the last
traceback line (`TypeError: ...`), which is what the Rust test compares.
"""
import os
import subprocess
import sys
from pathlib import Path

CASES = Path(__file__).resolve().parent / "cases"


def record(path: Path) -> None:
    env = dict(os.environ, PYTHONHASHSEED="0")
    proc = subprocess.run([sys.executable, path.name], cwd=CASES, capture_output=True, text=True, env=env, timeout=60)
    out = proc.stdout
    if proc.returncode != 0:
        lines = [l for l in proc.stderr.splitlines() if l.strip()]
        out += (lines[-1] if lines else "error") + "\n"
    path.with_suffix(".out").write_text(out)


def main() -> None:
    if sys.version_info[:2] != (3, 11):
        print(f"warning: recording with Python {sys.version.split()[0]}, expected 3.11", file=sys.stderr)
    names = sys.argv[1:]
    for path in sorted(CASES.glob("*.py")):
        if names and path.stem not in names:
            continue
        record(path)
        print("recorded", path.stem)


if __name__ == "__main__":
    main()
