// Structured Streaming through the package: runProgram's `queries` and `query_plans`
// (the CLI's --json), and live sessions that run a micro-batch per trigger, batch event by
// batch event, fed by files (addFile, or `files` at the start) and by pushed socket lines.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { runProgram, startSession } from "runnel";
import { WebSocketServer } from "ws";

const root = new URL("../", import.meta.url);
const golden = (name) => readFileSync(new URL(`tests/conformance-ss/expected/${name}.txt`, root), "utf8");

const HEAD = `from pyspark.sql import SparkSession
from pyspark.sql.functions import window, col, explode, split
spark = SparkSession.builder.config("spark.sql.shuffle.partitions", "2").getOrCreate()
`;
// tests/conformance-ss/cases/ss_update_watermark_late.py, reading "in".
const LATE = `${HEAD}events = spark.readStream.schema("ts TIMESTAMP, user STRING").option("maxFilesPerTrigger", 1).json("in")
counts = (events.withWatermark("ts", "10 seconds")
          .groupBy(window(col("ts"), "10 seconds"), col("user")).count())
query = counts.writeStream.outputMode("update").format("console").option("truncate", False).start()
query.awaitTermination()
`;
const LATE_FILES = {
  "in/part-000.json": '{"ts": "2026-01-01 00:00:01", "user": "VIU"}\n{"ts": "2026-01-01 00:00:14", "user": "ana"}\n',
  "in/part-001.json": '{"ts": "2026-01-01 00:00:35", "user": "VIU"}\n',
  "in/part-002.json": '{"ts": "2026-01-01 00:00:05", "user": "late"}\n{"ts": "2026-01-01 00:00:36", "user": "VIU"}\n',
};
const T = (s) => Date.parse(`${s.replace(" ", "T")}Z`);

test("runProgram gives each query's micro-batches and plan, as the CLI's --json", async () => {
  const out = await runProgram(LATE, { batches: 5, files: LATE_FILES });
  assert.equal(out.stdout, golden("ss_update_watermark_late"));
  const [plan] = out.query_plans;
  assert.equal(plan.mode, "update");
  assert.equal(plan.sink, "console");
  const ops = plan.plan.map((l) => l.op);
  assert.equal(ops[0], "Aggregate");
  assert.equal(ops.at(-1), "FileStreamSource[json]");
  assert.ok(ops.includes("EventTimeWatermark"), ops.join());
  assert.deepEqual(plan.plan.map((l) => l.depth), ops.map((_, i) => i));
  const records = out.queries[plan.name];
  assert.deepEqual(records.map((r) => r.batch_id), [0, 1, 2, 3]);
  assert.deepEqual(records[0].columns, ["window", "user", "count"]);
  assert.deepEqual(records[0].event_times_ms, [T("2026-01-01 00:00:01"), T("2026-01-01 00:00:14")]);
  assert.equal(records[0].next_watermark_ms, T("2026-01-01 00:00:04"));
  assert.equal(records[1].watermark_ms, T("2026-01-01 00:00:04"));
  assert.deepEqual(records[2].rows[0], ["{2026-01-01 00:00:00, 2026-01-01 00:00:10}", "late", "1"]);
  // Batch 3 is Spark's data-less batch: the watermark (00:00:26) evicts what ended before it.
  assert.equal(records[3].input_rows, 0);
  assert.ok(records[3].state.every((row) => T(row[0].slice(1, 20)) >= T("2026-01-01 00:00:20")), JSON.stringify(records[3].state));
});

test("a live session runs one micro-batch per trigger, each a batch event, then ends idle", async (t) => {
  const session = await startSession(LATE, { clock: "logical", paused: true, files: LATE_FILES });
  t.after(() => session.stop()); // a failed assertion must not leave the worker running
  assert.equal(session.info.started, true);
  assert.equal(session.info.stdout, "");
  assert.equal(session.info.queryPlans.length, 1);
  const name = session.info.queryPlans[0].name;
  const events = [];
  session.on("batch", (e) => events.push(e));
  for (let i = 0; i < 4; i++) await session.step();
  assert.deepEqual(events.map((e) => e.queries[name].map((r) => r.batch_id)), [[0], [1], [2], [3]]);
  assert.equal(events.map((e) => e.stdout).join(""), golden("ss_update_watermark_late"));
  assert.equal(events[0].metrics.recordsIn, 2);
  const ended = new Promise((r) => session.on("end", r));
  // Nothing left: the queries are idle and no socket can bring more. The end cuts the
  // step's reply off (as the last batch of a stepped DStream session).
  await session.step().catch((e) => assert.equal(e.name, "AbortError"));
  assert.equal((await ended).reason, "idle");
  assert.equal(events.length, 4);
});

test("addFile feeds a running query's file source; pushed lines feed its socket source", async (t) => {
  const files = await startSession(LATE, { clock: "logical", paused: true });
  t.after(() => files.stop());
  const seen = [];
  files.on("batch", (e) => seen.push(e));
  await files.addFile("in/part-000.json", LATE_FILES["in/part-000.json"]);
  await files.step();
  assert.equal(seen.length, 1);
  assert.match(seen[0].stdout, /\|\{2026-01-01 00:00:10, 2026-01-01 00:00:20\}\|ana \|1    \|/);
  await files.stop();

  const source = `${HEAD}lines = spark.readStream.format("socket").option("host", "localhost").option("port", 9999).load()
words = lines.select(explode(split(lines.value, " ")).alias("word"))
query = words.groupBy("word").count().orderBy("word").writeStream.outputMode("complete").format("console").start()
query.awaitTermination()
`;
  const socket = await startSession(source, { clock: "logical", paused: true, sockets: { "localhost:9999": "push" } });
  t.after(() => socket.stop());
  assert.deepEqual(socket.info.sources.map((s) => s.key), ["localhost:9999"]);
  const got = [];
  socket.on("batch", (e) => got.push(e));
  await socket.step(); // nothing typed yet: no micro-batch, no event
  assert.equal(got.length, 0);
  await socket.push("el gato\nel perro");
  await socket.step();
  assert.equal(got.length, 1);
  assert.equal(got[0].stdout, "-------------------------------------------\nBatch: 0\n-------------------------------------------\n+-----+-----+\n| word|count|\n+-----+-----+\n|   el|    2|\n| gato|    1|\n|perro|    1|\n+-----+-----+\n\n");
  await socket.stop();

  // A socket source of a query keeps at most maxBuffered lines waiting; the rest is dropped.
  const small = await startSession(source, { clock: "logical", paused: true, sockets: { "localhost:9999": "push" }, maxBuffered: 3 });
  t.after(() => small.stop());
  const seen2 = [];
  small.on("batch", (e) => seen2.push(e));
  await small.push("a\nb\nc\nd\ne");
  await small.step();
  assert.match(seen2[0].stdout, /\n\|   a\|    1\|\n\|   b\|    1\|\n\|   c\|    1\|\n\+-/);
  assert.deepEqual([seen2[0].metrics.inputs[0].received, seen2[0].metrics.inputs[0].dropped], [5, 2]);
  await small.stop();
});

test("on the system clock a query's socket source reads a WebSocket server, a micro-batch per interval", async (t) => {
  const wss = new WebSocketServer({ host: "127.0.0.1", port: 0 });
  await new Promise((r) => wss.once("listening", r));
  t.after(() => {
    for (const c of wss.clients) c.terminate(); // close() waits for its clients
    return new Promise((r) => wss.close(r));
  });
  wss.on("connection", (ws) => ws.send("uno dos\nuno"));
  const port = wss.address().port;
  const source = `${HEAD}lines = spark.readStream.format("socket").option("host", "localhost").option("port", ${port}).load()
words = lines.select(explode(split(lines.value, " ")).alias("word"))
query = words.groupBy("word").count().orderBy("word").writeStream.outputMode("complete").format("console").start()
query.awaitTermination()
`;
  const session = await startSession(source, { batchSeconds: 0.2, sockets: { [`localhost:${port}`]: `ws://127.0.0.1:${port}/` } });
  t.after(() => session.stop());
  const first = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("no micro-batch in 10 s")), 10000);
    session.on("batch", (e) => (clearTimeout(timer), resolve(e)));
  });
  assert.equal(first.stdout, "-------------------------------------------\nBatch: 0\n-------------------------------------------\n+----+-----+\n|word|count|\n+----+-----+\n| dos|    1|\n| uno|    2|\n+----+-----+\n\n");
  assert.equal(first.metrics.inputs[0].received, 2);
  assert.equal(first.metrics.inputs[0].connected, true);
  assert.ok(first.nextBatchTimeMs > first.timeMs && first.nextBatchTimeMs % 200 === 0, `${first.timeMs} → ${first.nextBatchTimeMs}`);
});

test("a live session of a program with DStreams and a query runs both, turn by turn in time", async (t) => {
  const source = `from pyspark import SparkContext
from pyspark.streaming import StreamingContext
${HEAD}sc = spark.sparkContext
ssc = StreamingContext(sc, 1)
ssc.queueStream([sc.parallelize(["uno dos"]), sc.parallelize(["tres"])]).flatMap(lambda l: l.split()).pprint()
events = spark.readStream.schema("ts TIMESTAMP, user STRING").option("maxFilesPerTrigger", 1).json("in")
query = events.groupBy("user").count().writeStream.outputMode("complete").format("console").start()
ssc.start()
ssc.awaitTermination()
`;
  const session = await startSession(source, { clock: "logical", paused: true, files: LATE_FILES });
  t.after(() => session.stop());
  assert.equal(session.info.started, true);
  const name = session.info.queryPlans[0].name;
  const events = [];
  session.on("batch", (e) => events.push(e));
  for (let i = 0; i < 6; i++) await session.step();
  const kinds = events.map((e) => (e.queries[name]?.length ? `q${e.queries[name][0].batch_id}@${e.timeMs}` : `d@${e.timeMs}`));
  // The query's first trigger at once, then each second a DStream batch and a trigger
  // (a tie goes to the DStream batch), as both run at once on Spark.
  assert.deepEqual(kinds, ["q0@0", "d@1000", "q1@1000", "d@2000", "q2@2000", "d@3000"]);
  const out = events.map((e) => e.stdout).join("");
  assert.match(out, /Time: 1970-01-01 00:00:01\n-+\nuno\ndos\n/);
  assert.match(out, /Time: 1970-01-01 00:00:02\n-+\ntres\n/);
  assert.match(out, /Batch: 2\n-+\n\+----\+-----\+\n\|user\|count\|\n\+----\+-----\+\n(\|.*\|\n){3}\+/);
});
