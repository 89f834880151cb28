// A trap kills the worker: the pending promise rejects (none is left pending) and the next
// call gets a new worker.
import { test } from "node:test";
import assert from "node:assert/strict";
import { configure, runProgram } from "runnel";

test("a trapping worker rejects the pending call, and the next call starts a new worker", async () => {
  configure({ workerURL: new URL("./fixtures/trapping-worker.mjs", import.meta.url) });
  const both = [runProgram("x = 1\n", { batches: 1 }), runProgram("x = 2\n", { batches: 1 })];
  for (const p of both) {
    await assert.rejects(p, (e) => e.name === "RunnelCrash" && /unreachable/.test(e.message));
  }
  configure({ workerURL: undefined });
  const out = await runProgram("print('alive')\nssc.queueStream([sc.parallelize([1])]).pprint()\n", { batches: 1 });
  assert.match(out.stdout, /^alive\n/);
});
