// Float math in the wasm engine prints what CPython 3.11 on Linux prints, bit for bit:
// the interpreter's corpus cases through the package, against CPython's recorded output.
// float_math_bits: exp..tanh, logs, pow and **, the overflow errors, random's
// distributions (glibc's code ported); float_trig and float_trig_sweep: sin, cos, tan,
// asin, acos, atan, atan2 (pxfm's correctly rounded ones, on inputs where glibc is too),
// random.gauss and vonmisesvariate, hypot and dist (CPython's vector_norm);
// math_ieee_specials and math_log_ints: CPython's special values and errors, logs of
// huge ints. Rust's own f64 functions would come from musl's libm here.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { runProgram } from "runnel";

const dir = new URL("../crates/runnel_python/tests/cases/", import.meta.url);

for (const name of ["float_math_bits", "float_trig", "float_trig_sweep", "math_hypot", "math_ieee_specials", "math_log_ints"]) {
  test(`${name}: float math prints CPython's digits in the wasm engine`, async () => {
    const src = readFileSync(new URL(`${name}.py`, dir), "utf8");
    const want = readFileSync(new URL(`${name}.out`, dir), "utf8");
    const got = await runProgram(src, { batches: 0 });
    assert.equal(got.stdout, want);
  });
}
