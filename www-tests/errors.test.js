// Errors cross as rejected promises with the CLI's text; the worker survives a runaway UDF;
// aborting kills and replaces the worker.
import { test } from "node:test";
import assert from "node:assert/strict";
import { runProgram, RunnelError, init } from "runnel";

const WORDS = 'lines = ssc.queueStream([sc.parallelize(["a b a"])])\nnuevoDStream = lines.flatMap(lambda l: l.split()).countByValue()\nnuevoDStream.pprint()\n';

test("init loads the engine and reports its version", async () => {
  const { version } = await init();
  assert.match(version, /^\d+\.\d+\.\d+$/);
});

test("a syntax error rejects with the CLI's message and the partial output", async () => {
  await assert.rejects(runProgram("print('before')\nx = (1,\n", { batches: 1 }), (e) => {
    assert.ok(e instanceof RunnelError);
    assert.match(e.message, /line 2/);
    assert.equal(typeof e.output.stdout, "string");
    return true;
  });
});

test("an exception in a UDF names the exception and the batch", async () => {
  const src = "nuevoDStream = ssc.queueStream([sc.parallelize([1, 0]), sc.parallelize([4])]).map(lambda x: 1 / x)\nnuevoDStream.pprint()\n";
  // A program waiting for its context gets the error, as Spark's awaitTermination raises it.
  const waits = `${src}ssc.start()\nssc.awaitTermination()\n`;
  await assert.rejects(runProgram(waits, { batches: 2 }), /ZeroDivisionError: division by zero[\s\S]*1970-01-01 00:00:01/);
  // A snippet goes on, as Spark's JobScheduler does: the failed job is in job_errors.
  const out = await runProgram(src, { batches: 2 });
  assert.match(out.stdout, /Time: 1970-01-01 00:00:02\n-+\n0\.25\n/);
  assert.deepEqual(out.job_errors.map((d) => [d.excType, d.batchTime]), [["ZeroDivisionError", "1970-01-01 00:00:01"]]);
  assert.match(out.stderr, /Error running job streaming job 1000 ms\.0/);
});

test("a runaway UDF ends with the step-budget error and the worker stays usable", async () => {
  const src = "def f(x):\n    while True:\n        x += 1\nnuevoDStream = ssc.queueStream([sc.parallelize([1])]).map(f)\nnuevoDStream.pprint()\n";
  const began = Date.now();
  await assert.rejects(runProgram(src, { batches: 1, stepBudget: 100000 }), (e) => /step/i.test(e.message));
  assert.ok(Date.now() - began < 20000);
  const out = await runProgram(WORDS, { batches: 1 });
  assert.match(out.stdout, /\('a', 2\)/);
});

test("options are checked", async () => {
  await assert.rejects(runProgram(WORDS, {}), /batches/);
  await assert.rejects(runProgram(WORDS, { batches: 1, batchSeconds: 0 }), /batchSeconds must be positive/);
  await assert.rejects(runProgram(WORDS, { batches: 1, clock: "system" }), /startSession/);
});

test("aborting rejects with AbortError, and the next run gets a fresh worker", async () => {
  const src = "def f(x):\n    while True:\n        x += 1\nnuevoDStream = ssc.queueStream([sc.parallelize([1])]).map(f)\nnuevoDStream.pprint()\n";
  const controller = new AbortController();
  const run = runProgram(src, { batches: 1, stepBudget: 1e12, signal: controller.signal });
  setTimeout(() => controller.abort(), 300);
  await assert.rejects(run, (e) => e.name === "AbortError");
  const out = await runProgram(WORDS, { batches: 1 });
  assert.match(out.stdout, /\('b', 1\)/);
});

test("socketTextStream and textFileStream read pasted input in runProgram", async () => {
  const src = 'a = ssc.socketTextStream("localhost", 9999)\nb = ssc.textFileStream("in")\nnuevoDStream = a.union(b).map(lambda l: l.upper())\nnuevoDStream.pprint()\n';
  const out = await runProgram(src, { batches: 2, record: ["nuevoDStream"], input: { "localhost:9999": ["uno\ndos", "tres"], in: ["file one"] } });
  assert.deepEqual(
    out.streams.nuevoDStream.map((b) => b.partitions.flat().sort()),
    [["'DOS'", "'FILE ONE'", "'UNO'"], ["'TRES'"]],
  );
});
