// An exported script runs on real PySpark and prints what the playground printed, for
// several examples. Slow (a JVM per script): runs with RUNNEL_SPARK_TESTS=1; the Python
// with pyspark 3.5.9 is RUNNEL_SPARK_PYTHON (default /work/venv-spark/bin/python).
//   RUNNEL_SPARK_TESTS=1 node --test www-tests/playground/spark-export.test.js
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { consoleText, open, openSite, root, waitState } from "./site.js";

const enabled = process.env.RUNNEL_SPARK_TESTS === "1";
const python = process.env.RUNNEL_SPARK_PYTHON ?? "/work/venv-spark/bin/python";
let site;
let page;

before(async () => {
  if (!enabled) return;
  site = await openSite();
  page = await site.page();
});
after(() => site?.close());

/** Spark's wall-clock times moved onto the logical clock, as tools/oracle/harness.py does. */
export function toLogicalClock(text, batchSeconds) {
  const stamp = /\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d+)?/g;
  const first = text.match(stamp)?.[0];
  if (!first) return text;
  const zero = Date.parse(`${first.replace(" ", "T")}Z`) - batchSeconds * 1000;
  return text.replace(stamp, (s) => {
    const iso = new Date(Date.parse(`${s.replace(" ", "T")}Z`) - zero).toISOString();
    return iso.replace("T", " ").replace(/\.000Z$/, "").replace(/Z$/, "");
  });
}

for (const name of ["map_upper", "window_slide", "foreach_rdd_print", "update_state_by_key_max"]) {
  test(`the exported ${name} prints on PySpark what the playground printed`, { skip: !enabled && "set RUNNEL_SPARK_TESTS=1 (needs pyspark and Java)", timeout: 240000 }, async () => {
    const golden = JSON.parse(readFileSync(`${root}tests/conformance/expected/${name}.json`, "utf8"));
    await open(page, site.base, `?example=${name}&lang=en&clock=logical&batches=${golden.batches}&batchSeconds=${golden.batch_seconds}`);
    await page.getByRole("button", { name: "Run" }).click();
    await waitState(page, "finished");
    const printed = await consoleText(page);
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export PySpark" }).click()]);
    const script = join(mkdtempSync(join(tmpdir(), "runnel-export-")), "program.py");
    await download.saveAs(script);
    const out = execFileSync(python, [script], { encoding: "utf8", env: { ...process.env, PYTHONHASHSEED: "0", PYSPARK_PYTHON: python }, stdio: ["ignore", "pipe", "ignore"], timeout: 220000 });
    const spark = toLogicalClock(out, golden.batch_seconds);
    // A batch after the last may start printing before Spark stops: compare the prefix.
    assert.equal(spark.slice(0, printed.length), printed);
  });
}

// A Structured Streaming example: the script writes its input files (the Files panel's),
// then runs the program, whose query.awaitTermination() never returns on Spark: it is
// stopped once it printed as much as the playground did.
test("the exported ss_update_watermark_late prints on PySpark what the playground printed", { skip: !enabled && "set RUNNEL_SPARK_TESTS=1 (needs pyspark and Java)", timeout: 240000 }, async () => {
  await open(page, site.base, "?example=ss_update_watermark_late&lang=en&clock=logical");
  await page.getByRole("button", { name: "Run" }).click();
  await waitState(page, "finished");
  const printed = await consoleText(page);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export PySpark" }).click()]);
  const dir = mkdtempSync(join(tmpdir(), "runnel-export-"));
  await download.saveAs(join(dir, "program.py"));
  const child = spawn(python, ["program.py"], { cwd: dir, env: { ...process.env, PYTHONHASHSEED: "0", PYSPARK_PYTHON: python }, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  let err = "";
  child.stderr.on("data", (d) => (err = (err + d).slice(-4000)));
  await new Promise((resolve) => {
    const timer = setTimeout(resolve, 220000);
    child.stdout.on("data", (d) => {
      out += d;
      if (out.length >= printed.length) (clearTimeout(timer), resolve());
    });
    child.on("exit", () => (clearTimeout(timer), resolve()));
  });
  child.kill("SIGKILL");
  assert.equal(out.slice(0, printed.length), printed, err);
});
