// Live sessions on the system clock, fed by a real WebSocket server on 127.0.0.1.
import { test } from "node:test";
import assert from "node:assert/strict";
import { WebSocketServer } from "ws";
import { startSession } from "runnel";
import { readFileSync } from "node:fs";

const PROGRAM = (port) => `lines = ssc.socketTextStream("localhost", ${port})
nuevoDStream = lines.flatMap(lambda l: l.split(" ")).map(lambda w: (w, 1)).reduceByKey(lambda a, b: a + b)
nuevoDStream.pprint()
ssc.start()
ssc.awaitTermination()
`;

/** A WebSocket server on 127.0.0.1 at a free port. */
async function server() {
  const wss = new WebSocketServer({ host: "127.0.0.1", port: 0 });
  await new Promise((r) => wss.once("listening", r));
  const next = () => new Promise((r) => wss.once("connection", r));
  return { wss, port: wss.address().port, next, close: () => new Promise((r) => wss.close(r)) };
}

/** Batch events until `until(events)` holds (or the time runs out). */
function collect(session, until, ms = 8000) {
  const events = [];
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out with ${events.length} batches: ${JSON.stringify(events.map((e) => e.stdout))}`)), ms);
    const off = session.on("batch", (e) => {
      events.push(e);
      if (until(events)) {
        clearTimeout(timer);
        off();
        resolve(events);
      }
    });
  });
}

const words = (events) => events.flatMap((e) => (e.streams.nuevoDStream ?? []).flat());

test("a live session receives the lines a WebSocket server sends, one event per batch", async () => {
  const srv = await server();
  const connected = srv.next();
  const session = await startSession(PROGRAM(9999), {
    batchSeconds: 0.5,
    record: ["nuevoDStream"],
    sockets: { "localhost:9999": `ws://127.0.0.1:${srv.port}` },
  });
  try {
    const ws = await connected;
    ws.send("hola mundo\nhola");
    const events = await collect(session, (ev) => words(ev).includes("('hola', 2)"));
    const last = events.at(-1);
    assert.match(last.stdout, /^-{43}\nTime: \d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d+)?\n-{43}\n/);
    assert.ok(last.stdout.includes("('hola', 2)\n") && last.stdout.includes("('mundo', 1)\n"), last.stdout);
    assert.equal(last.metrics.recordsIn, 2);
    assert.equal(last.timeMs % 500, 0, "batch times are multiples of the interval");
    assert.ok(last.metrics.processingMs >= 0 && last.metrics.schedulingDelayMs >= 0);
    assert.ok(Math.abs(Date.now() - last.timeMs) < 5000, "batch times are on the system clock");
    assert.equal(last.metrics.inputs[0].received, 2);
    assert.equal(last.metrics.inputs[0].connected, true);
    // Each event has the next batch time one interval later.
    assert.equal(last.nextBatchTimeMs, last.timeMs + 500);
  } finally {
    await session.stop();
    await srv.close();
  }
});

test("the receiver reconnects with backoff after the server drops it", async () => {
  const srv = await server();
  let connection = srv.next();
  const session = await startSession(PROGRAM(7777), { batchSeconds: 0.3, record: ["nuevoDStream"], sockets: { "localhost:7777": `ws://127.0.0.1:${srv.port}` } });
  try {
    (await connection).terminate();
    connection = srv.next();
    const ws = await connection;
    ws.send("otra vez");
    const events = await collect(session, (ev) => words(ev).includes("('otra', 1)"));
    assert.ok(events.at(-1).metrics.inputs[0].reconnects >= 1);
  } finally {
    await session.stop();
    await srv.close();
  }
});

test("maxRate delays input to later batches and a full buffer drops it", async () => {
  const session = await startSession(PROGRAM(1), {
    batchSeconds: 0.2,
    clock: "logical",
    paused: true,
    record: ["nuevoDStream"],
    sockets: { "localhost:1": "push" },
    maxRate: 10, // 2 records per 0.2 s batch
    maxBuffered: 5,
  });
  try {
    await session.push(["a", "b", "c", "d", "e", "f", "g"]);
    const events = [];
    session.on("batch", (e) => events.push(e));
    await session.step();
    await session.step();
    await session.step();
    await session.step();
    assert.deepEqual(events.map((e) => e.metrics.recordsIn), [2, 2, 1, 0]);
    assert.deepEqual(events.map((e) => e.metrics.inputs[0].delayed), [3, 1, 0, 0]);
    assert.equal(events[0].metrics.inputs[0].dropped, 2);
    assert.deepEqual(words(events).sort(), ["('a', 1)", "('b', 1)", "('c', 1)", "('d', 1)", "('e', 1)"]);
    assert.deepEqual(events.map((e) => e.timeMs), [200, 400, 600, 800], "logical batch times");
  } finally {
    await session.stop();
  }
});

test("pause, step and resume; stop ends the session at once, even mid-batch", async () => {
  const src = "import time\nnuevoDStream = ssc.queueStream([sc.parallelize([i]) for i in range(100)]).map(lambda x: x * 10)\nnuevoDStream.pprint()\n";
  const session = await startSession(src, { batchSeconds: 0.1, record: ["nuevoDStream"] });
  const seen = [];
  for await (const event of session) {
    seen.push(event.streams.nuevoDStream.flat());
    if (seen.length === 2) break; // leaving the loop stops the session
  }
  assert.deepEqual(seen, [["0"], ["10"]]);
  assert.equal((await session.done).reason, "stopped");

  const paused = await startSession(src, { batchSeconds: 0.1, record: ["nuevoDStream"], paused: true });
  const events = [];
  paused.on("batch", (e) => events.push(e));
  await new Promise((r) => setTimeout(r, 350));
  assert.equal(events.length, 0, "a paused session runs no batch");
  await paused.step();
  assert.deepEqual(events.map((e) => e.streams.nuevoDStream.flat()), [["0"]]);
  await paused.resume();
  await collect(paused, (ev) => ev.length >= 1, 3000);
  await paused.pause();
  const count = events.length;
  await new Promise((r) => setTimeout(r, 300));
  assert.equal(events.length, count, "pause holds");
  await paused.stop();

  const runaway = "def f(x):\n    while True:\n        x += 1\nnuevoDStream = ssc.queueStream([sc.parallelize([1])]).map(f)\nnuevoDStream.pprint()\n";
  const busy = await startSession(runaway, { batchSeconds: 0.1, stepBudget: 1e12 });
  await new Promise((r) => setTimeout(r, 300)); // the first batch is now looping
  const began = Date.now();
  const ended = await busy.stop();
  assert.equal(ended.reason, "stopped");
  assert.ok(Date.now() - began < 1000, `stop took ${Date.now() - began} ms`);
});

test("an error in a batch is an error event with the CLI's message, then the end", async () => {
  const session = await startSession("ssc.queueStream([sc.parallelize([0])]).map(lambda x: 1 / x).pprint()\nssc.start()\nssc.awaitTermination()\n", { batchSeconds: 0.1 });
  const error = new Promise((r) => session.on("error", r));
  assert.match((await error).message, /ZeroDivisionError: division by zero/);
  assert.equal((await session.done).reason, "error");
});

test("a snippet's failed job comes with its batch (jobErrors) and the session goes on", async () => {
  const session = await startSession("ssc.queueStream([sc.parallelize([0]), sc.parallelize([4])]).map(lambda x: 1 / x).pprint()\n", { clock: "logical", paused: true });
  try {
    const events = [];
    session.on("batch", (e) => events.push(e));
    await session.step();
    await session.step();
    const [first, second] = events;
    assert.deepEqual(first.jobErrors.map((d) => [d.excType, d.batchTimeMs]), [["ZeroDivisionError", 1000]]);
    assert.deepEqual(second.jobErrors, []);
    assert.match(second.stdout, /0\.25/);
  } finally {
    await session.stop();
  }
});

test("awaitTerminationOrTimeout(t) stops the session t seconds after the start", async () => {
  const src = "nuevoDStream = ssc.queueStream([sc.parallelize([1])]).map(lambda x: x)\nnuevoDStream.pprint()\nssc.start()\nssc.awaitTerminationOrTimeout(0.45)\n";
  const session = await startSession(src, { batchSeconds: 0.1, clock: "logical" });
  const events = [];
  session.on("batch", (e) => events.push(e));
  assert.equal((await session.done).reason, "timeout");
  assert.deepEqual(events.map((e) => e.timeMs), [100, 200, 300, 400]);
});

test("text pushed to a textFileStream directory is one block (one file) of the next batch", async () => {
  const src = 'files = ssc.textFileStream("inbox")\nnuevoDStream = files.map(lambda l: len(l))\nnuevoDStream.pprint()\n';
  const session = await startSession(src, { clock: "logical", paused: true, record: ["nuevoDStream"] });
  try {
    assert.deepEqual(session.info.sources.map((s) => [s.kind, s.key]), [["textFiles", "inbox"]]);
    await session.push("uno\ndos", "inbox");
    await session.push("tres", "inbox");
    const batch = new Promise((r) => session.on("batch", r));
    await session.step();
    assert.deepEqual((await batch).streams.nuevoDStream, [["3", "3"], ["4"]]);
    await assert.rejects(session.push("x", "elsewhere"), /opened no source "elsewhere"/);
  } finally {
    await session.stop();
  }
});

test("the course's awaitTerminationOrTimeout(4); ssc.stop() runs 4 batches, then stops", async () => {
  const src = readFileSync(new URL("../examples/wordcount_queue.py", import.meta.url), "utf8");
  const session = await startSession(src, { clock: "logical", record: ["counts"] });
  assert.equal(session.info.stopRequested, true);
  assert.equal(session.info.awaitTimeoutSeconds, 4);
  const events = [];
  session.on("batch", (e) => events.push(e));
  assert.equal((await session.done).reason, "timeout");
  assert.deepEqual(events.map((e) => e.timeMs), [1000, 2000, 3000, 4000]);
  assert.match(events[0].stdout, /\('el', 2\)/);
  assert.deepEqual(events[3].streams.counts, [[], []], "each event carries its own batch only");
});

test("ssc.start(); time.sleep(s); ssc.stop() runs the batches of those seconds in the worker too", async () => {
  const src = readFileSync(new URL("../examples/wordcount_queue.py", import.meta.url), "utf8")
    .replace("ssc.awaitTerminationOrTimeout(4)", "import time\n    time.sleep(2.5)\n    time.sleep(1.5)");
  assert.match(src, /time\.sleep\(1\.5\)\n {4}ssc\.stop/);
  const session = await startSession(src, { clock: "logical", record: ["counts"] });
  assert.equal(session.info.stopRequested, true);
  assert.equal(session.info.awaitTimeoutSeconds, 4, "the sleeps add up");
  const events = [];
  session.on("batch", (e) => events.push(e));
  assert.equal((await session.done).reason, "timeout");
  assert.deepEqual(events.map((e) => e.timeMs), [1000, 2000, 3000, 4000]);
});

test("batch events carry the state of updateStateByKey", async () => {
  const src = `def total(new, old):
    return sum(new) + (old or 0)
pairs = ssc.queueStream([sc.parallelize([("a", 1), ("b", 2)]), sc.parallelize([("a", 5)])])
nuevoDStream = pairs.updateStateByKey(total)
nuevoDStream.pprint()
`;
  const session = await startSession(src, { clock: "logical", paused: true });
  try {
    const events = [];
    session.on("batch", (e) => events.push(e));
    await session.step();
    await session.step();
    const node = session.info.graph.nodes.find((n) => n.name === "nuevoDStream").id;
    const state = events.map((e) => e.state.map((s) => [s.node, s.op, s.entries.sort()]));
    assert.deepEqual(state, [
      [[node, "updateStateByKey", [["'a'", "1"], ["'b'", "2"]]]],
      [[node, "updateStateByKey", [["'a'", "6"], ["'b'", "2"]]]],
    ]);
  } finally {
    await session.stop();
  }
});
