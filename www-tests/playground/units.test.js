// The playground's pure modules in Node: blocks ↔ programs, the generator's PRNG, share
// links, the exported script, the static server's path rule.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pythonStrings, ssPageProgram } from "../../playground/ss-cases.mjs";
import { lineCount } from "../../playground/src/files-panel.js";
import { blockFor, generate, palette, parse, splitArgs } from "../../playground/src/blocks-model.js";
import { operators } from "../../web/operators.js";
import { lineMaker, mulberry32 } from "../../playground/src/generator.js";
import { decodeHash, encodeShare } from "../../playground/src/share.js";
import { exportScript } from "../../playground/src/export.js";
import { resolvePath } from "../../playground/serve.mjs";
import { trimBatch } from "../../playground/src/trim-batch.js";
import { compactEvent, pairOf } from "../../playground/src/records.js";
import { root } from "./site.js";
import { Text } from "@codemirror/state";
import { diagnosticRange } from "../../playground/src/editor.js";
import { layers } from "../../playground/src/graph-view.js";
import { pickLang } from "../../playground/src/i18n.js";

test("blocks: a generated program parses back to the same pipeline", () => {
  const p = {
    source: { op: "queueStream", args: { data: '[[["a b"]], [["c"]]]' } },
    steps: [
      { op: "flatMap", args: { f: 'lambda l: l.split(" ")' } },
      { op: "reduceByKeyAndWindow", args: { func: "lambda a, b: a + b", invFunc: "None", windowDuration: "2", slideDuration: "1" } },
    ],
    output: { op: "pprint", args: { num: "3" } },
  };
  const program = generate(p);
  assert.match(program, /^data = \[\[\["a b"\]\], \[\["c"\]\]\]\ninputStream = ssc.queueStream\(createQUEUERDD\(data\)\)\n/);
  assert.match(program, /\.reduceByKeyAndWindow\(lambda a, b: a \+ b, None, 2, 1\)\n/);
  assert.deepEqual(parse(program), p);
  assert.match(generate({ ...p, output: { op: "pprint", args: { num: "10" } } }), /nuevoDStream\.pprint\(\)\n$/, "a default is left out");
});

test("blocks with the engine's operator registry: its sources and chainable operators, defaults left out", () => {
  const param = (name, def, kind) => ({ name, ...(def === undefined ? {} : { default: def }), kind });
  const registry = [
    { name: "queueStream", kind: "source", receiver: "StreamingContext", params: [param("rdds", undefined, "rdds"), param("oneAtATime", "True", "bool")] },
    { name: "socketTextStream", kind: "source", receiver: "StreamingContext", params: [param("hostname", undefined, "str"), param("port", undefined, "int"), param("storageLevel", "StorageLevel.MEMORY_AND_DISK_2", "storageLevel")] },
    { name: "map", kind: "transformation", receiver: "DStream", params: [param("f", undefined, "function"), param("preservesPartitioning", "False", "bool")] },
    { name: "join", kind: "transformation", receiver: "DStream", params: [param("other", undefined, "dstream")] },
    { name: "cache", kind: "other", receiver: "DStream", params: [] },
    { name: "pprint", kind: "output", receiver: "DStream", params: [param("num", "10", "int")] },
  ];
  const pal = palette(registry);
  assert.deepEqual(pal.steps.map((o) => o.name), ["map"]);
  assert.deepEqual(pal.sources[0].params.map((p) => p.name), ["data"], "queueStream takes the course's data");
  const source = blockFor(pal.sources[1]);
  assert.deepEqual(source.args, { hostname: '"localhost"', port: "9999", storageLevel: "StorageLevel.MEMORY_AND_DISK_2" });
  const map = blockFor(pal.steps[0]);
  const program = generate({ source, steps: [map], output: blockFor(pal.outputs[0]) }, registry);
  assert.equal(program, 'inputStream = ssc.socketTextStream("localhost", 9999)\nnuevoDStream = inputStream.map(lambda x: x)\nnuevoDStream.pprint()\n');
  assert.deepEqual(parse(program, registry).steps, [{ op: "map", args: { f: "lambda x: x" } }]);
});

test("blocks: the course's programs parse, a program with a def does not", () => {
  const src = readFileSync(`${root}tests/conformance/cases/map_upper.py`, "utf8");
  const p = parse(src);
  assert.equal(p.source.op, "queueStream");
  assert.deepEqual(p.steps, [{ op: "map", args: { f: "lambda record: record.upper()" } }]);
  assert.equal(parse(readFileSync(`${root}tests/conformance/cases/reduce_by_key_max.py`, "utf8")), null);
  assert.deepEqual(splitArgs('lambda a, b: (a, ","), 2, [1, 2]'), ['lambda a, b: (a, ",")', "2", "[1, 2]"]);
});

test("generator: the same seed gives the same lines; Zipf favours the first words", () => {
  const settings = { seed: 7, vocabulary: ["a", "b", "c", "d", "e"], wordsPerLine: 3, distribution: "zipf" };
  assert.deepEqual(lineMaker(settings)(50), lineMaker(settings)(50));
  assert.notDeepEqual(lineMaker({ ...settings, seed: 8 })(50), lineMaker(settings)(50));
  const words = lineMaker(settings)(2000).join(" ").split(" ");
  const count = (w) => words.filter((x) => x === w).length;
  assert.ok(count("a") > 2 * count("e"), `${count("a")} vs ${count("e")}`);
  const r = mulberry32(1);
  const xs = Array.from({ length: 1000 }, r);
  assert.ok(xs.every((x) => x >= 0 && x < 1));
});

test("share links round-trip a long program and its input", async () => {
  const program = "x = 1\n".repeat(5000) + "print('ñandú ✓')\n";
  const data = { program, files: [{ name: "inbox", text: "a\nb" }], lines: ["hola"], settings: { clock: "logical", batches: 3 } };
  const hash = await encodeShare(data);
  assert.ok(hash.startsWith("#z=") && hash.length < program.length / 20, `${hash.length} chars`);
  assert.deepEqual(await decodeHash(hash), data);
  const plain = `#program=${Buffer.from("print('hé')\n").toString("base64url")}`;
  assert.deepEqual(await decodeHash(plain), { program: "print('hé')\n" });
  await assert.rejects(decodeHash("#z=AAAA"));
});

test("export: the course helper, the contexts and a stop after the run's batches", () => {
  const src = readFileSync(`${root}tests/conformance/cases/map_upper.py`, "utf8");
  const script = exportScript(src, { batchSeconds: 1, batches: 3 });
  assert.match(script, /^from pyspark import SparkContext, SparkConf$/m);
  assert.match(script, /^def createQUEUERDD\(data\):$/m);
  assert.match(script, /^ssc = StreamingContext\(sc, 1\)$/m);
  assert.match(script, /^listener = StopAfterBatches\(3\)$/m);
  assert.doesNotMatch(script, /ssc.checkpoint/);
  const stateful = readFileSync(`${root}tests/conformance/cases/update_state_by_key_max.py`, "utf8");
  assert.match(exportScript(stateful, { batches: 5 }), /^ssc.checkpoint\(/m);
  const full = readFileSync(`${root}playground/examples/socket_upper.py`, "utf8");
  assert.ok(exportScript(full, { batchSeconds: 10 }).endsWith(full), "a whole program is exported as it is");
});

test("export: a Structured Streaming program is written with its input files first", () => {
  const { source, files } = ssPageProgram("ss_window_wordcount", readFileSync(`${root}tests/conformance-ss/cases/ss_window_wordcount.py`, "utf8"));
  const script = exportScript(source, { batchSeconds: 1 }, [...files, { name: "notes.txt", text: "not an input" }]);
  assert.ok(script.endsWith(source), "the program as it is, after its input");
  assert.doesNotMatch(script, /StreamingContext|createQUEUERDD/);
  // The prelude writes the files where the program reads them (run by CPython here).
  const dir = mkdtempSync(join(tmpdir(), "runnel-export-"));
  const prelude = script.slice(0, script.indexOf("from pyspark"));
  execFileSync("python3", ["-c", prelude], { cwd: dir });
  assert.deepEqual(readdirSync(join(dir, "entrada")), files.map((f) => f.name.slice("entrada/".length)));
  for (const f of files) assert.equal(readFileSync(join(dir, f.name), "utf8"), f.text);
  const mtimes = files.map((f) => statSync(join(dir, f.name)).mtimeMs);
  assert.deepEqual(mtimes, [...mtimes].sort((a, b) => a - b), "file order is batch order");
});

test("ss-cases: a case's data (Python string literals) and its page program", () => {
  assert.deepEqual(pythonStrings(`[['a "b"', "c'd"], ["e\\\\f"]]`), [['a "b"', "c'd"], ["e\\f"]]);
  assert.throws(() => pythonStrings("[['a'], 3]"), /cannot read/);
  const { source, files } = ssPageProgram("x", `data = [["l1", "l2"], ['{"a": 1}']]\n# --- program ---\nquery = 1\n`);
  assert.deepEqual(files, [{ name: "entrada/part-000.txt", text: "l1\nl2\n" }, { name: "entrada/part-001.json", text: '{"a": 1}\n' }]);
  assert.match(source, /^input_dir = "entrada"$/m);
  assert.ok(source.endsWith("query = 1\nquery.awaitTermination()\n"));
});

test("micro-batches cross to the page with at most 200 rows, and their count", () => {
  const rows = Array.from({ length: 250 }, (_, i) => [`w${i}`, "1"]);
  const e = trimBatch({ queries: { q: [{ batch_id: 0, rows, columns: ["word", "count"], state: [] }] }, streams: {} });
  assert.equal(e.queries.q[0].rows.length, 200);
  assert.equal(e.queries.q[0].rows_total, 250);
  assert.deepEqual(e.queries.q[0].rows[199], ["w199", "1"]);
  const small = trimBatch({ queries: { q: [{ batch_id: 1, rows: [["a", "1"]], state: [] }] } });
  assert.equal(small.queries.q[0].rows_total, undefined);
});

test("the Files panel counts a file's lines as records (a final newline starts none)", () => {
  assert.deepEqual(["", "a", "a\n", "a\nb", "a\nb\n", "a\r\nb\r\n"].map(lineCount), [0, 1, 1, 2, 2, 2]);
});

test("the static server never leaves its root", () => {
  const r = "/srv/site";
  assert.equal(resolvePath(r, "/index.html"), "/srv/site/index.html");
  assert.equal(resolvePath(r, "/web/../pkg/x.wasm"), "/srv/site/pkg/x.wasm");
  assert.equal(resolvePath(r, "/../etc/passwd"), null);
  assert.equal(resolvePath(r, "/%2e%2e/%2e%2e/etc/passwd"), null);
  assert.equal(resolvePath(r, "/..%2f..%2fetc/passwd"), null);
  assert.equal(resolvePath(r, "/a%00b"), null);
  assert.equal(resolvePath(r, "/%E0%A4%A"), null);
});

test("batch events cross to the page trimmed, with each partition's size", () => {
  const big = Array.from({ length: 1000 }, (_, i) => `'r${i}'`);
  const e = trimBatch({ timeMs: 1000, streams: { n1: [big, ["'a'"]] }, stdout: "" });
  assert.deepEqual(e.streamSizes, { n1: [1000, 1] });
  assert.equal(e.streams.n1[0].length, 12);
  assert.deepEqual(e.streams.n1[1], ["'a'"]);
  const c = compactEvent(e);
  assert.deepEqual(c.streams.n1.map((p) => p.total), [1000, 1]);
  assert.deepEqual(compactEvent({ streams: { x: [["'a'", "'b'"]] } }).streams.x, [{ total: 2, records: ["'a'", "'b'"] }]);
});

test("state records split into key and value", () => {
  assert.deepEqual(pairOf("(1999, 10)"), ["1999", "10"]);
  assert.deepEqual(pairOf("('a, b', (1, 2))"), ["'a, b'", "(1, 2)"]);
  assert.deepEqual(pairOf("'x'"), ["'x'", ""]);
});

test("blocks: the palette from the operator registry chains its one-stream operators", () => {
  const pal = palette(operators());
  const names = (list) => list.map((o) => o.name);
  assert.deepEqual(names(pal.sources), ["queueStream", "socketTextStream", "textFileStream"]);
  assert.equal(pal.sources[0].params[0].name, "data", "the queue block writes createQUEUERDD(data)");
  for (const name of ["map", "flatMap", "reduceByKey", "window", "reduceByKeyAndWindow", "updateStateByKey", "countByValueAndWindow"]) {
    assert.ok(names(pal.steps).includes(name), name);
  }
  for (const name of ["context", "slice", "cache", "union", "join", "pprint"]) {
    assert.ok(!names(pal.steps).includes(name), name);
  }
  assert.deepEqual(names(pal.outputs), ["pprint"]);
  // A block leaves Python's defaults to Python: partitionBy(3) never writes its partitionFunc.
  const partitionBy = blockFor(pal.steps.find((o) => o.name === "partitionBy"));
  partitionBy.args.numPartitions = "3";
  const pipeline = { source: { op: "socketTextStream", args: { hostname: '"localhost"', port: "9999" } }, steps: [partitionBy], output: { op: "pprint", args: {} } };
  assert.match(generate(pipeline, operators()), /nuevoDStream = inputStream\.partitionBy\(3\)\n/);
});

test("a diagnostic's range: its span, a frame's line without the indentation, nothing outside the text", () => {
  const doc = Text.of(["x = 1", "    return 1 / x", ""]);
  assert.deepEqual(diagnosticRange(doc, { line: 1, column: 5, endLine: 1, endColumn: 6 }), { from: 4, to: 5 });
  const frame = diagnosticRange(doc, { line: 2 });
  assert.equal(doc.sliceString(frame.from, frame.to), "return 1 / x");
  assert.equal(diagnosticRange(doc, { line: 9 }), null);
  assert.equal(diagnosticRange(doc, {}), null);
});

test("the graph's layers: sources first, a node one past its deepest parent", () => {
  const nodes = [
    { id: "a", parents: [] },
    { id: "b", parents: [] },
    { id: "c", parents: ["a"] },
    { id: "d", parents: ["c", "b"] },
  ];
  assert.deepEqual(Object.fromEntries(layers(nodes)), { a: 0, b: 0, c: 1, d: 2 });
});

test("the page's language: ?lang= wins, else the browser's", () => {
  assert.equal(pickLang("?lang=es", ["en-US"]), "es");
  assert.equal(pickLang("", ["es-ES", "en"]), "es");
  assert.equal(pickLang("", ["en-GB", "es"]), "en");
  assert.equal(pickLang("?lang=fr", ["de"]), "en");
});
