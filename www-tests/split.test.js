// The two engines: the worker loads the lite one (pkg/: no Python `re`, no `pyspark.sql`)
// and the full one (pkg-full/) only for a program that needs it, found by a scan of its
// source or, as a safety net, by the lite engine's `needsFullEngine` error. Either way the
// results are the native CLI's (`runnel run --json`), byte for byte.
// The CLI: RUNNEL_CLI, or $CARGO_TARGET_DIR/{release,debug}/runnel.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { runProgram, startSession } from "runnel";
import { needsFullEngine, serve } from "../web/worker-core.js";

const root = new URL("../", import.meta.url);
const targetDir = process.env.CARGO_TARGET_DIR ?? fileURLToPath(new URL("target", root));
const cli = process.env.RUNNEL_CLI ?? ["release", "debug"].map((p) => join(targetDir, p, "runnel")).find(existsSync);
const noCli = cli ? false : `no native CLI in ${targetDir}/{release,debug} (cargo build -p runnel_cli, or set RUNNEL_CLI)`;

const PROGRAMS = {
  // Scanned: `import re`.
  re: readFileSync(new URL("tests/conformance/cases/x_re_findall_flat_map.py", root), "utf8"),
  // Scanned: `pyspark.sql`.
  sql: 'from pyspark.sql import SparkSession, Row\nspark = SparkSession.builder.getOrCreate()\ndf = spark.createDataFrame([Row(word="b", n=2), Row(word="a", n=1), Row(word="b", n=5)])\ndf.show()\ndf.groupBy("word").count().orderBy("word").show()\n',
  // Scanned: `.toDF(`.
  toDF: 'sc.parallelize([(1, "a"), (2, "b")]).toDF(["n", "s"]).show()\n',
  // Not scanned (the import follows a `;`): the lite engine's error asks for the full one.
  hiddenRe: 'print("start"); import re\nprint(re.sub("a", "o", "banana"))\n',
  // Not scanned: a language feature the lite engine leaves out (a class deriving from a
  // built-in type, math.gamma) asks for the full one.
  extra: 'class P(tuple):\n    def __new__(cls, a, b):\n        return super().__new__(cls, (a, b))\nimport math\nprint(P(1, 2), len(P(3, 4)), math.gamma(5))\n',
  // Not scanned: a \N{...} escape (the lite engine leaves out the Unicode name tables).
  names: 'print("\\N{BULLET} uno", len("\\N{GREEK SMALL LETTER ALPHA}b"))\n',
  // Neither: the lite engine runs it.
  plain: 'lines = ssc.queueStream([sc.parallelize(["a b a", "c"], 2)])\nnuevoDStream = lines.flatMap(lambda l: l.split()).countByValue()\nnuevoDStream.pprint()\n',
  // A module no engine has: the full engine's error (its list of modules has re and
  // pyspark.sql).
  missing: "import numpy\n",
};
const FULL = new Set(["re", "sql", "toDF", "hiddenRe", "missing", "extra", "names"]);

test("the scan finds the imports of re, the other full-engine modules and pyspark.sql, and nothing else", () => {
  for (const src of ["import unicodedata", "from decimal import Decimal", "import json, fractions", "import struct as s", "from textwrap import fill", "import uuid"]) {
    assert.ok(needsFullEngine(src), src);
  }
  for (const src of ["import structlog", "from uuidx import a", "import decimals"]) {
    assert.ok(!needsFullEngine(src), src);
  }
  for (const src of ["import re", "import os, re", "  from re import sub", "import re as regex", "from pyspark.sql import Row", "import pyspark.sql.functions as F", "rdd.toDF(['a'])"]) {
    assert.ok(needsFullEngine(src), src);
  }
  for (const src of ["import requests", "# import re\n", "from random import re_seed", "x = 're'", "print('pyspark')", PROGRAMS.plain, PROGRAMS.hiddenRe]) {
    assert.ok(!needsFullEngine(src), src);
  }
});

/** A worker core served in this thread, counting the loads of the full engine. */
function localWorker() {
  const replies = new Map();
  let handler;
  const loads = { full: 0 };
  serve(
    { post: (msg) => msg.id !== undefined && replies.get(msg.id)?.(msg), onMessage: (fn) => (handler = fn) },
    {
      loadWasm: () => readFile(new URL("pkg/runnel_wasm_bg.wasm", root)),
      loadFullWasm: () => {
        loads.full += 1;
        return readFile(new URL("pkg-full/runnel_wasm_bg.wasm", root));
      },
      importFull: () => import("../pkg-full/runnel_wasm.js"),
      WebSocket: undefined,
    },
  );
  let next = 1;
  const request = (msg) =>
    new Promise((resolve) => {
      const id = next++;
      replies.set(id, resolve);
      handler({ ...msg, id });
    });
  return { request, loads };
}

test("the full engine is loaded only for the programs that need it, once per worker", async () => {
  const w = localWorker();
  await w.request({ op: "init" });
  const options = { batches: 2, clock: "logical" };
  const plain = await w.request({ op: "run", source: PROGRAMS.plain, options });
  assert.match(plain.value.stdout, /\('a', 2\)/);
  assert.equal(w.loads.full, 0, "plain loaded the full engine");
  const hidden = await w.request({ op: "run", source: PROGRAMS.hiddenRe, options });
  assert.equal(hidden.value.stdout, "start\nbonono\n");
  assert.equal(w.loads.full, 1);
  const extra = await w.request({ op: "run", source: PROGRAMS.extra, options });
  assert.equal(extra.value.stdout, "(1, 2) 2 24.0\n");
  const names = await w.request({ op: "run", source: PROGRAMS.names, options });
  assert.equal(names.value.stdout, "\u2022 uno 2\n");
  for (const name of ["re", "sql", "toDF"]) {
    const out = await w.request({ op: "run", source: PROGRAMS[name], options });
    assert.ok(out.ok && !out.value.error, `${name}: ${JSON.stringify(out)}`);
  }
  const missing = await w.request({ op: "run", source: PROGRAMS.missing, options });
  assert.equal(missing.value.diagnostic.excType, "ModuleNotFoundError");
  assert.match(missing.value.diagnostic.message, /No module named 'numpy' \(Runnel provides: .*pyspark\.sql, .*\bre, /);
  assert.equal(missing.value.diagnostic.needsFullEngine, undefined);
  assert.equal(w.loads.full, 1, "the full engine is loaded once");
});

test("the lite engine says a language feature it leaves out needs the full engine", async () => {
  const lite = await import("../pkg/runnel_wasm.js");
  await lite.default({ module_or_path: await readFile(new URL("pkg/runnel_wasm_bg.wasm", root)) });
  for (const src of ["class P(tuple):\n    pass\n", "class C:\n    pass\nprint(vars(C()))\n", "import math\nprint(math.erf(1))\n", PROGRAMS.names]) {
    const out = lite.runProgram(src, { batches: 1, clock: "logical" });
    assert.equal(out.diagnostic.excType, "ModuleNotFoundError", src);
    assert.equal(out.diagnostic.needsFullEngine, true, src);
  }
});

test("the lite engine says a program needs the full engine, as data", async () => {
  const lite = await import("../pkg/runnel_wasm.js");
  await lite.default({ module_or_path: await readFile(new URL("pkg/runnel_wasm_bg.wasm", root)) });
  for (const [src, module] of [["import re\n", "re"], ["from pyspark.sql.functions import col\n", "pyspark.sql.functions"], ["sc.parallelize([1]).toDF()\n", "pyspark.sql"]]) {
    const out = lite.runProgram(src, { batches: 1, clock: "logical" });
    assert.equal(out.diagnostic.excType, "ModuleNotFoundError", src);
    assert.equal(out.diagnostic.needsFullEngine, true, src);
    assert.match(out.diagnostic.message, new RegExp(`'${module.replace(/\./g, "\\.")}'.*needs Runnel's full engine`));
  }
});

for (const [name, src] of Object.entries(PROGRAMS)) {
  test(`runProgram prints what the CLI's --json prints: ${name}${FULL.has(name) ? " (full engine)" : ""}`, { skip: noCli }, async () => {
    const dir = mkdtempSync(join(tmpdir(), "runnel-split-"));
    try {
      writeFileSync(join(dir, "prog.py"), src);
      let native;
      try {
        native = execFileSync(cli, ["run", "prog.py", "--batches", "3", "--clock", "logical", "--json"], { cwd: dir, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
      } catch (e) {
        native = e.stdout; // a failing program exits 1 after printing its JSON
      }
      let wasm;
      try {
        wasm = await runProgram(src, { batches: 3, clock: "logical", filename: "prog.py" });
      } catch (e) {
        assert.ok(e.output, `${e.name}: ${e.message}`);
        wasm = e.output;
      }
      // As data: JSON.stringify writes the CLI's `1.0` as `1`.
      assert.deepEqual(wasm, JSON.parse(native));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

test("startSession runs a program that needs the full engine (scanned or not)", async () => {
  for (const [src, want] of [
    ['import re\nprint(re.findall(r"\\d+", "a1b22"))\nlines = ssc.queueStream([sc.parallelize(["x1 y22"])])\nlines.flatMap(lambda l: re.findall(r"\\d+", l)).pprint()\n', "['1', '22']\n"],
    ['print("s"); import re\nlines = ssc.queueStream([sc.parallelize(["1,22"])])\nlines.flatMap(lambda l: re.split(",", l)).pprint()\n', "s\n"],
  ]) {
    const session = await startSession(src, { clock: "logical", batches: 1 });
    assert.equal(session.info.stdout, want);
    const events = [];
    for await (const e of session) events.push(e);
    assert.match(events.map((e) => e.stdout ?? "").join(""), /-\n1\n22\n/);
  }
});
