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

test("the builder writes Python literals and refuses JS functions with a clear error", () => {
  const ssc = new StreamingContext({ batchSeconds: 2 });
  const s = ssc.queueStream([[tuple("a", 1), [null, true, 1.5, "it's"], { k: new Set([1]) }]]);
  assert.match(ssc.toPython(), /sc\.parallelize\(\[\("a", 1\), \[None, True, 1\.5, "it's"\], \{"k": \{1\}\}\]\)/);
  assert.match(ssc.toPython(), /ssc = StreamingContext\(sc, 2\)/);
  assert.throws(() => s.map((x) => x), /JS functions are not supported yet/);
  s.window(4, 2).countByValue().pprint(3);
  assert.match(ssc.toPython(), /s2 = s1\.window\(4, 2\)\ns3 = s2\.countByValue\(\)\ns3\.pprint\(3\)\nssc\.start\(\)/);
});
