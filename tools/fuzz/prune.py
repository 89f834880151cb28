#!/usr/bin/env python3
"""Moves aside the generated programs Spark could not record (usage: prune.py CASES_DIR EXPECTED_DIR).

A recording with an "error" (the program failed on Spark, or fewer batches ran) is no
golden: the program and its recording go to CASES_DIR/rejected/, with the reason printed.
"""
import json, os, sys

def main():
    cases, expected = sys.argv[1], sys.argv[2]
    rejected = os.path.join(cases, "rejected")
    kept = 0
    for name in sorted(os.listdir(expected)):
        if not name.endswith(".json"):
            continue
        res = json.load(open(os.path.join(expected, name)))
        if "error" not in res:
            kept += 1
            continue
        os.makedirs(rejected, exist_ok=True)
        stem = name[:-5]
        os.replace(os.path.join(cases, stem + ".py"), os.path.join(rejected, stem + ".py"))
        os.replace(os.path.join(expected, name), os.path.join(rejected, name))
        print("rejected %s: %s" % (stem, res["error"][:200]))
    print("%d recorded" % kept)

if __name__ == "__main__":
    main()
