// The JS builder writes the PySpark program of the pipeline and runs it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { StreamingContext, runProgram, tuple } from "runnel";

test("a builder pipeline prints what the same PySpark program prints", async () => {
  const ssc = new StreamingContext({ batchSeconds: 1 });
  const counts = ssc
    .queueStream([["el rio fluye", "el mar"], ["fluye"]])
    .flatMap("lambda l: l.split(' ')")
    .map("lambda w: (w, 1)")
    .reduceByKey("lambda a, b: a + b");
  counts.pprint();
  const built = await ssc.run({ batches: 2 });
  const src = `lines = ssc.queueStream([sc.parallelize(["el rio fluye", "el mar"]), sc.parallelize(["fluye"])])
counts = lines.flatMap(lambda l: l.split(' ')).map(lambda w: (w, 1)).reduceByKey(lambda a, b: a + b)
counts.pprint()
`;
  const direct = await runProgram(src, { batches: 2, record: ["counts"] });
  assert.equal(built.stdout, direct.stdout);
  assert.deepEqual(built.streams.s4, direct.streams.counts);
  assert.match(built.stdout, /\('el', 2\)/);
});

test("the builder writes Python literals and refuses what is not a function", () => {
  const ssc = new StreamingContext({ batchSeconds: 2 });
  const s = ssc.queueStream([[tuple("a", 1), [null, true, 1.5, "it's"], { k: new Set([1]) }]]);
  assert.match(ssc.toPython(), /sc\.parallelize\(\[\("a", 1\), \[None, True, 1\.5, "it's"\], \{"k": \{1\}\}\]\)/);
  assert.match(ssc.toPython(), /ssc = StreamingContext\(sc, 2\)/);
  assert.throws(() => s.map(3), /map: expected a JS function or a Python lambda string/);
  assert.doesNotMatch(ssc.toPython(), /JS callbacks/);
  s.window(4, 2).countByValue().pprint(3);
  assert.match(ssc.toPython(), /s2 = s1\.window\(4, 2\)\ns3 = s2\.countByValue\(\)\ns3\.pprint\(3\)\nssc\.start\(\)/);
});

const LINES = [["el rio fluye", "el mar"], ["fluye", "el  rio"]];

/** A run's output without the graph's program lines (a JS pipeline's program has a header comment). */
function withoutLines(out) {
  return { ...out, graph: { nodes: out.graph.nodes.map(({ line, ...node }) => node) } };
}

test("JS functions give exactly what the same pipeline with Python lambdas gives", async () => {
  const js = new StreamingContext({ batchSeconds: 1 });
  js.queueStream(LINES).flatMap((l) => l.split(" ")).map((w) => [w, 1]).reduceByKey((a, b) => a + b).pprint();
  const py = new StreamingContext({ batchSeconds: 1 });
  py.queueStream(LINES).flatMap("lambda l: l.split(' ')").map("lambda w: (w, 1)").reduceByKey("lambda a, b: a + b").pprint();
  assert.match(js.toPython(), /^# This program calls JS callbacks \(__js_0, __js_1, __js_2\)[^\n]*\n# [^\n]*cannot run on Spark as is/);
  assert.match(js.toPython(), /s2 = s1\.flatMap\(__js_0\)\ns3 = s2\.map\(__js_1\)\ns4 = s3\.reduceByKey\(__js_2\)/);
  const [a, b] = await Promise.all([js.run({ batches: 2 }), py.run({ batches: 2 })]);
  assert.deepEqual(withoutLines(a), withoutLines(b));
  assert.match(a.stdout, /\('el', 2\)/);
  assert.match(a.stdout, /\('', 1\)/);
});

test("values cross both ways: None, bools, ints, floats, tuples, lists, dicts, sets", async () => {
  const data = [[null, true, 3, 2.5, "s", tuple("k", 1), [1, [2]], { a: 1 }, new Set([7])]];
  const js = new StreamingContext();
  js.queueStream(data).map((x) => [typeof x, x === null ? null : x, Array.isArray(x)]).pprint();
  const py = new StreamingContext();
  const kind = "lambda x: ('object' if x is None or isinstance(x, (tuple, list, dict, set)) else {bool: 'boolean', int: 'number', float: 'number', str: 'string'}[type(x)], tuple(tuple(y) if isinstance(y, list) else y for y in x) if isinstance(x, (tuple, list, set)) else x, isinstance(x, (tuple, list, set)))";
  py.queueStream(data).map(kind).pprint();
  const [a, b] = await Promise.all([js.run({ batches: 1 }), py.run({ batches: 1 })]);
  assert.deepEqual(withoutLines(a), withoutLines(b));
  assert.match(a.stdout, /\('number', 2\.5, False\)/);
  assert.match(a.stdout, /\('object', \{'a': 1\}, False\)/);
  const big = new StreamingContext();
  big.queueStream([[1]]).map(() => [2 ** 53, 2 ** 53 + 2, 0.5, -0, undefined, { n: null }]).pprint();
  const out = await big.run({ batches: 1 });
  assert.match(out.stdout, /\(9007199254740992, 9007199254740994\.0, 0\.5, 0, None, \{'n': None\}\)/);
});

test("an exception thrown by a JS callback rejects with the error and the batch time", async () => {
  const ssc = new StreamingContext();
  ssc.queueStream([["ok"], ["boom"]]).map((w) => {
    if (w === "boom") throw new RangeError(`no ${w} here`);
    return w;
  }).pprint();
  await assert.rejects(ssc.run({ batches: 2 }), (e) => {
    assert.match(e.message, /JSError: RangeError: no boom here/);
    assert.match(e.message, /1970-01-01 00:00:02/);
    assert.match(e.output.stdout, /Time: 1970-01-01 00:00:01\n-+\nok\n/);
    return true;
  });
});

test("a JS callback returning a Symbol or a function is a clear TypeError", async () => {
  for (const [fn, what] of [[() => Symbol("s"), "symbol"], [() => () => 1, "function"], [() => new Date(0), "Date object"]]) {
    const ssc = new StreamingContext();
    ssc.queueStream([[1]]).map(fn).pprint();
    await assert.rejects(ssc.run({ batches: 1 }), new RegExp(`TypeError: a JS function returned a ${what}, which has no Python value[\\s\\S]*1970-01-01 00:00:01`));
  }
});

test("closures are not carried: a free variable is a JSError; bad function text is a clear error", async () => {
  const factor = 3;
  const ssc = new StreamingContext();
  ssc.queueStream([[1]]).map((x) => x * factor).pprint();
  await assert.rejects(ssc.run({ batches: 1 }), /JSError: ReferenceError: factor is not defined/);
  const obj = { twice(x) { return 2 * x; } };
  const bad = new StreamingContext();
  bad.queueStream([[1]]).map(obj.twice).pprint();
  await assert.rejects(bad.run({ batches: 1 }), /jsFunctions\[0\] is not a JS function expression \(SyntaxError/);
});

test("JS callbacks run in live sessions too", async () => {
  const ssc = new StreamingContext();
  ssc.queueStream([["a b a"], ["b"]]).flatMap((l) => l.split(" ")).map((w) => [w, 1]).reduceByKey((a, b) => a + b).pprint();
  const session = await ssc.start({ clock: "logical", batches: 2 });
  const out = [];
  for await (const e of session) out.push(e.stdout);
  assert.match(out[0], /\('a', 2\)/);
  assert.match(out[1], /\('b', 1\)/);
});

test("the builder has every operator of the registry, and writes each call as PySpark does", async () => {
  const { operators } = await import("runnel");
  const ops = operators();
  const ssc = new StreamingContext({ batchSeconds: 1 });
  const s = ssc.queueStream([[1, 2]]);
  const skipped = ["context", "slice"];
  assert.ok(ops.length >= 45, `${ops.length} operators`);
  for (const op of ops) {
    const target = op.receiver === "DStream" ? s : ssc;
    if (skipped.includes(op.name)) continue;
    assert.equal(typeof target[op.name], "function", `${op.receiver}.${op.name}`);
  }
  // Leaving out an argument before a given one writes the registry's default.
  s.reduceByKeyAndWindow("lambda a, b: a + b", null, 2, undefined, 3);
  assert.match(ssc.toPython(), /\.reduceByKeyAndWindow\(lambda a, b: a \+ b, None, 2, None, 3\)/);
  assert.throws(() => s.window(), /window: missing required argument 'windowDuration'/);
  // The data is a fresh copy: changing it changes nothing for the next caller.
  ops[0].name = "changed";
  assert.equal(operators()[0].name, "queueStream");
});
