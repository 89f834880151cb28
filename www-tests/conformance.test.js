// Every conformance case of tests/conformance through the package's runProgram (the wasm
// engine in a worker thread), against the output real Spark 3.5.9 gave for it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { runProgram } from "runnel";
import { compare, header } from "./golden.js";

const dir = new URL("../tests/conformance/", import.meta.url);
const cases = readdirSync(new URL("cases/", dir)).filter((n) => n.endsWith(".py")).sort();

test("the conformance folder has the course's cases", () => {
  assert.ok(cases.length >= 25, `found ${cases.length}`);
});

for (const name of cases) {
  test(`conformance: ${name}`, async () => {
    const src = readFileSync(new URL(`cases/${name}`, dir), "utf8");
    const golden = JSON.parse(readFileSync(new URL(`expected/${name.replace(/\.py$/, ".json")}`, dir), "utf8"));
    const got = await runProgram(src, {
      batches: golden.batches,
      batchSeconds: golden.batch_seconds,
      clock: "logical",
      record: ["nuevoDStream"],
      filename: name,
    });
    // Stricter than the declared mode, as the native suite: exact.
    const problems = compare(golden, got, "exact");
    const declared = header(src, "compare") === "batch-multiset" ? compare(golden, got, "batch-multiset") : problems;
    assert.deepEqual(declared, [], declared.join("\n"));
    assert.deepEqual(problems, [], problems.join("\n"));
  });
}
