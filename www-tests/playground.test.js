// What the playground page reads from the package beside the output: the graph, every
// stream's batches (recordAll), the state of stateful operators, diagnostics as data.
import { test } from "node:test";
import assert from "node:assert/strict";
import { runProgram, startSession, RunnelError } from "../web/node.js";

const WORDS = `lines = ssc.queueStream([sc.parallelize(["a b", "b"]), sc.parallelize(["c a"])])
words = lines.flatMap(lambda l: l.split())
counts = words.map(lambda w: (w, 1)).reduceByKeyAndWindow(lambda a, b: a + b, None, 2, 1)
counts.pprint()
`;

test("runProgram describes the graph and records every stream by node id", async () => {
  const plain = await runProgram(WORDS, { batches: 2, clock: "logical" });
  const out = await runProgram(WORDS, { batches: 2, clock: "logical", recordAll: true });
  assert.equal(out.stdout, plain.stdout);
  const ops = out.graph.nodes.map((n) => n.op);
  assert.deepEqual(ops, ["queueStream", "flatMap", "map", "reduceByKeyAndWindow"]);
  const [lines, words, pairs, counts] = out.graph.nodes;
  assert.deepEqual([lines.name, lines.line, words.parents], ["lines", 1, [lines.id]]);
  assert.equal(pairs.name, undefined, "an unnamed intermediate DStream is still a node");
  assert.deepEqual([counts.windowSeconds, counts.slideSeconds, counts.stateful, counts.output], [2, 1, true, true]);
  assert.deepEqual(Object.keys(out.streams).sort(), out.graph.nodes.map((n) => n.id).sort());
  assert.deepEqual(out.streams[words.id].map((b) => b.partitions), [[["'a'", "'b'"], ["'b'"]], [[], ["'c'", "'a'"]]]);
});

test("a syntax error rejects with a diagnostic naming line and column", async () => {
  await assert.rejects(runProgram("x = foo(1,, 2)\n", { batches: 1 }), (e) => {
    assert.ok(e instanceof RunnelError);
    assert.equal(e.diagnostic.excType, "SyntaxError");
    assert.deepEqual([e.diagnostic.line, e.diagnostic.column], [1, 11]);
    assert.equal(e.output.diagnostic.line, 1);
    return true;
  });
});

test("a live session's start reply has the graph; a failing batch's error event has a diagnostic", async () => {
  const src = `def inverse(x):
    return 1 / x
s = ssc.queueStream([sc.parallelize([1]), sc.parallelize([0])]).map(inverse)
s.pprint()
ssc.start()
ssc.awaitTermination()
`;
  const session = await startSession(src, { clock: "logical", paused: true });
  try {
    assert.deepEqual(session.info.graph.nodes.map((n) => [n.op, n.name ?? null]), [["queueStream", null], ["map", "s"]]);
    const errors = [];
    session.on("error", (e) => errors.push(e));
    await session.step();
    // The failing batch ends the session, which may end the pending step's worker first.
    await session.step().catch(() => {});
    await session.done;
    assert.equal(errors.length, 1);
    const d = errors[0].diagnostic;
    assert.deepEqual([d.excType, d.line, d.batchTimeMs, d.batchTime], ["ZeroDivisionError", 2, 2000, "1970-01-01 00:00:02"]);
  } finally {
    await session.stop();
  }
});

test("a syntax error in a live session rejects with a diagnostic", async () => {
  await assert.rejects(startSession("def f(:\n", { clock: "logical" }), (e) => {
    assert.equal(e.diagnostic.excType, "SyntaxError");
    assert.equal(e.diagnostic.line, 1);
    return true;
  });
});

test("batch events carry the window contents of windowed reductions", async () => {
  const src = `pairs = ssc.queueStream([sc.parallelize([("a", 1)]), sc.parallelize([("a", 2), ("b", 1)]), sc.parallelize([("b", 5)])])
w = pairs.reduceByKeyAndWindow(lambda a, b: a + b, lambda a, b: a - b, 2, 1)
w.pprint()
`;
  const session = await startSession(src, { clock: "logical", paused: true, recordAll: true });
  try {
    const events = [];
    session.on("batch", (e) => events.push(e));
    for (let i = 0; i < 3; i++) await session.step();
    const node = session.info.graph.nodes.find((n) => n.name === "w").id;
    const state = events.map((e) => e.state.map((s) => [s.node, s.op, s.entries.sort()]));
    assert.deepEqual(state, [
      [[node, "reduceByKeyAndWindow", [["'a'", "1"]]]],
      [[node, "reduceByKeyAndWindow", [["'a'", "3"], ["'b'", "1"]]]],
      [[node, "reduceByKeyAndWindow", [["'a'", "2"], ["'b'", "6"]]]],
    ]);
    assert.ok(events.every((e) => node in e.streams));
  } finally {
    await session.stop();
  }
});

test("createEngine runs several sessions on one worker; stopping one leaves the others", async () => {
  const { createEngine } = await import("../web/node.js");
  const engine = createEngine();
  const prog = (word) => `s = ssc.queueStream([sc.parallelize(["${word}"]) for _ in range(5)])\ns.map(lambda w: w.upper()).pprint()\n`;
  try {
    const a = await engine.startSession(prog("uno"), { clock: "logical", paused: true });
    const b = await engine.startSession(prog("dos"), { clock: "logical", paused: true });
    const seen = { a: "", b: "" };
    a.on("batch", (e) => (seen.a += e.stdout));
    b.on("batch", (e) => (seen.b += e.stdout));
    await a.step();
    await b.step();
    await a.step();
    assert.equal((seen.a.match(/UNO/g) || []).length, 2);
    assert.equal((seen.b.match(/DOS/g) || []).length, 1);
    assert.ok(!seen.a.includes("DOS") && !seen.b.includes("UNO"), "each session gets its own events");
    assert.deepEqual(await a.stop(), { reason: "stopped" });
    await b.step();
    assert.equal((seen.b.match(/DOS/g) || []).length, 2, "the other session goes on");
    const out = await engine.runProgram(prog("tres"), { batches: 1 });
    assert.match(out.stdout, /TRES/);
    await b.stop();
  } finally {
    engine.close();
  }
});

test("the engine speaks the package's protocol version", async () => {
  const { init, PROTOCOL_VERSION } = await import("../web/node.js");
  const reply = await init();
  assert.equal(reply.protocol, PROTOCOL_VERSION);
  assert.equal(typeof PROTOCOL_VERSION, "number");
});
