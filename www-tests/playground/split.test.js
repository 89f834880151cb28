// The page loads the lite engine (pkg/) first and fetches the full one (pkg-full/: Python's
// `re`, `pyspark.sql`) only when a program needs it; the Console then shows what Spark (the
// golden) or the native CLI prints. The CLI: RUNNEL_CLI, or target/{release,debug}/runnel.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { consoleText, openFresh, openSite, programHash, root, waitState } from "./site.js";

const targetDir = process.env.CARGO_TARGET_DIR ?? `${root}target`;
const cli = process.env.RUNNEL_CLI ?? ["release", "debug"].map((p) => join(targetDir, p, "runnel")).find(existsSync);

let site;
before(async () => {
  site = await openSite();
});
after(() => site?.close());

/** What the native CLI prints for `source` on the logical clock. */
function cliStdout(source, batches) {
  const dir = mkdtempSync(join(tmpdir(), "runnel-split-"));
  try {
    writeFileSync(join(dir, "prog.py"), source);
    return execFileSync(cli, ["run", "prog.py", "--batches", String(batches), "--clock", "logical"], { cwd: dir, encoding: "utf8" });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs `source` in a fresh page; resolves to the Console's text and the engine files fetched. */
async function runInPage(source, batches) {
  const page = await site.page();
  const fetched = [];
  page.on("request", (r) => fetched.push(new URL(r.url()).pathname));
  await openFresh(page, `${site.base}?lang=en&clock=logical&batches=${batches}&batchSeconds=1${programHash(source)}`);
  const firstLoad = fetched.slice();
  await page.getByRole("button", { name: "Run" }).click();
  await waitState(page, ["finished", "error"]);
  const result = { state: await page.evaluate(() => document.body.dataset.runState), text: await consoleText(page), firstLoad, fetched: fetched.slice(), problems: page.problems };
  await page.context().close();
  return result;
}

const full = (paths) => paths.filter((p) => p.includes("/pkg-full/"));

test("a program without re or pyspark.sql never fetches the full engine", async () => {
  const src = readFileSync(`${root}tests/conformance/cases/map_upper.py`, "utf8");
  const golden = JSON.parse(readFileSync(`${root}tests/conformance/expected/map_upper.json`, "utf8"));
  const r = await runInPage(src, golden.batches);
  assert.equal(r.state, "finished");
  assert.equal(r.text, golden.stdout);
  assert.ok(r.firstLoad.some((p) => p.endsWith("/pkg/runnel_wasm_bg.wasm")), r.firstLoad.join(" "));
  assert.deepEqual(full(r.fetched), []);
  assert.deepEqual(r.problems, []);
});

test("an `import re` program fetches the full engine and prints Spark's output", async () => {
  const src = readFileSync(`${root}tests/conformance/cases/x_re_findall_flat_map.py`, "utf8");
  const golden = JSON.parse(readFileSync(`${root}tests/conformance/expected/x_re_findall_flat_map.json`, "utf8"));
  const r = await runInPage(src, golden.batches);
  assert.deepEqual(full(r.firstLoad), [], "the first load is the lite engine only");
  assert.ok(full(r.fetched).some((p) => p.endsWith("/pkg-full/runnel_wasm_bg.wasm")), r.fetched.join(" "));
  assert.equal(r.state, "finished");
  assert.equal(r.text, golden.stdout);
  if (cli) assert.equal(r.text, cliStdout(src, golden.batches));
  assert.deepEqual(r.problems, []);
});

test("a pyspark.sql program fetches the full engine and prints what the CLI prints", { skip: !cli && "no native CLI" }, async () => {
  const src = 'from pyspark.sql import SparkSession, Row\nspark = SparkSession.builder.getOrCreate()\ndf = spark.createDataFrame([Row(word="b", n=2), Row(word="a", n=1), Row(word="b", n=5)])\ndf.show()\ndf.groupBy("word").count().orderBy("word").show()\n';
  const r = await runInPage(src, 2);
  assert.deepEqual(full(r.firstLoad), []);
  assert.ok(full(r.fetched).some((p) => p.endsWith("/pkg-full/runnel_wasm_bg.wasm")), r.fetched.join(" "));
  assert.equal(r.state, "finished");
  const want = cliStdout(src, 2);
  assert.match(want, /\|word\|count\|/);
  assert.equal(r.text, want);
  assert.deepEqual(r.problems, []);
});
