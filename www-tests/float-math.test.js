// Float math in the wasm engine prints what CPython 3.11 on Linux prints, bit for bit:
// the interpreter's corpus case float_math_bits (exp..tanh, logs, pow and **,
// the overflow errors, random's distributions) through the package, against CPython's
// recorded output. Rust's own f64 functions would come from musl's libm here.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { runProgram } from "runnel";

const dir = new URL("../crates/runnel_python/tests/cases/", import.meta.url);

test("float math prints CPython's digits in the wasm engine", async () => {
  const src = readFileSync(new URL("float_math_bits.py", dir), "utf8");
  const want = readFileSync(new URL("float_math_bits.out", dir), "utf8");
  const got = await runProgram(src, { batches: 0 });
  assert.equal(got.stdout, want);
});
