// Structured Streaming in the page: every gallery example recorded on real Spark
// (tests/conformance-ss) prints exactly Spark's output on the logical clock; Step runs
// one micro-batch at a time and the Structured Streaming view draws it (event-time
// windows, the watermark, late rows, rows and state); the terminal feeds a socket source.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { artifacts, consoleText, open, openSite, root, waitState } from "./site.js";
import { SS_GALLERY } from "../../playground/ss-cases.mjs";

let site;
let page;

before(async () => {
  site = await openSite();
  page = await site.page({ viewport: { width: 1280, height: 900 } });
});
after(() => site?.close());

test("the gallery lists the Structured Streaming examples", async () => {
  await open(page, site.base, "?lang=en");
  const listed = await page.locator("#gallery a[data-example]").evaluateAll((as) => as.map((a) => a.dataset.example));
  for (const name of [...SS_GALLERY, "ss_socket_wordcount", "sql_network_wordcount"]) assert.ok(listed.includes(name), name);
});

for (const name of SS_GALLERY) {
  test(`gallery example ${name} prints Spark's output`, async () => {
    const golden = readFileSync(`${root}tests/conformance-ss/expected/${name}.txt`, "utf8");
    await open(page, site.base, `?example=${name}&lang=en&clock=logical`);
    await page.getByRole("button", { name: "Run" }).click();
    await waitState(page, ["finished", "error"]);
    assert.equal(await page.evaluate(() => document.body.dataset.runState), "finished");
    assert.equal(await consoleText(page), golden);
    assert.deepEqual(page.problems, []);
  });
}

test("Step runs one micro-batch; the view draws windows, the watermark and late rows", async () => {
  await open(page, site.base, "?example=ss_window_wordcount&lang=en&clock=logical");
  const step = page.getByRole("button", { name: "Step" });
  const region = page.locator("#queries");
  for (let i = 0; i < 4; i++) {
    await step.click();
    await page.waitForFunction((n) => document.querySelectorAll("#queries .ss-picker button").length === n, i + 1);
  }
  assert.equal(await region.isVisible(), true);
  // Batch 3 emits the windows the watermark passed (append mode): dark bands.
  assert.match(await page.locator("#queries .ss-summary").textContent(), /^Batch: 3 · 2 input rows · 7 output rows · watermark 2026-01-01 10:00:21 → 2026-01-01 10:00:23$/);
  assert.ok((await page.locator("#queries .band-out").count()) >= 6);
  assert.equal(await page.locator("#queries .watermark").count(), 1);
  assert.equal(await page.locator("#queries .watermark-next").count(), 1);
  // Batch 3's windows that ended before its watermark left the state: none is "evicted"
  // without being emitted (append mode emits what it evicts).
  assert.equal(await page.locator("#queries .band-evicted").count(), 0);
  await region.screenshot({ path: `${artifacts}/ss-window-batch3.png` });
  // Batch 4: "muy tarde" falls in a window that ended before the watermark: two late rows.
  await step.click();
  await page.waitForFunction(() => document.querySelectorAll("#queries .ss-picker button").length === 5);
  assert.match(await page.locator("#queries .ss-summary").textContent(), /2 late rows dropped/);
  assert.equal(await page.locator("#queries .late").count(), 1, "one cross on the window both rows fell in");
  assert.equal(await page.locator("#queries .late-count").textContent(), "2 late rows dropped");
  assert.equal(await page.locator("#queries .band-evicted").count(), 0, "nothing left the state in batch 4");
  assert.equal(await page.locator("#queries .ss-rows tbody tr").count(), 0);
  await region.screenshot({ path: `${artifacts}/ss-window-batch4-late.png` });
  await page.screenshot({ path: `${artifacts}/ss-main.png`, fullPage: true });
  // Picking an older micro-batch shows it; its rows are the table show() printed.
  await page.locator("#queries .ss-picker button", { hasText: "3" }).click();
  assert.match(await page.locator("#queries .ss-summary").textContent(), /^Batch: 3 /);
  const first = await page.locator("#queries .ss-rows tbody tr").first().locator("td").allTextContents();
  assert.deepEqual(first, ["{2026-01-01 10:00:00, 2026-01-01 10:00:10}", "tarde", "1"]);
  // The plan is the query graph, root first.
  const plan = await page.locator("#queries .ss-plan li").allTextContents();
  assert.match(plan[0], /^Aggregate /);
  assert.match(plan.at(-1), /FileStreamSource\[json\]/);
  await page.getByRole("button", { name: "Stop" }).click();
  assert.deepEqual(page.problems, []);
});

test("on the real clock the worker's timer runs a micro-batch per interval", async () => {
  await open(page, site.base, "?example=ss_wordcount_complete&lang=en&clock=system&batchSeconds=0.3");
  await page.getByRole("button", { name: "Run" }).click();
  await page.waitForFunction(() => /Batch: 2\n/.test(document.getElementById("console").textContent), null, { timeout: 20000 });
  assert.equal(await page.evaluate(() => document.body.dataset.runState), "running", "a query on the real clock waits for more data");
  await page.getByRole("button", { name: "Stop" }).click();
  await waitState(page, ["finished"]);
  assert.equal(await consoleText(page), readFileSync(`${root}tests/conformance-ss/expected/ss_wordcount_complete.txt`, "utf8"));
  // The DStream views step aside for a program of queries alone.
  assert.equal(await page.locator("#timeline").isVisible(), false);
  assert.equal(await page.locator("#queries").isVisible(), true);
  assert.deepEqual(page.problems, []);
});

test("session windows are drawn as bands of their own lengths", async () => {
  await open(page, site.base, "?example=ss_session_window_append&lang=es&clock=logical");
  await page.locator("#run").click();
  await waitState(page, ["finished", "error"]);
  assert.equal(await page.evaluate(() => document.body.dataset.runState), "finished");
  assert.equal(await page.locator("#queries-heading").textContent(), "Structured Streaming");
  await page.locator("#queries .ss-picker button", { hasText: "1" }).click();
  const widths = await page.locator("#queries .band rect").evaluateAll((rs) => rs.map((r) => Math.round(Number(r.getAttribute("width")))));
  assert.ok(new Set(widths).size > 1, `sessions of different lengths: ${widths}`);
  assert.match(await page.locator("#queries figcaption").textContent(), /Tiempo de evento/);
  await page.locator("#queries").screenshot({ path: `${artifacts}/ss-session-es.png` });
});

test("lines typed into the terminal reach the socket source's next micro-batch", async () => {
  await open(page, site.base, "?example=ss_socket_wordcount&lang=en&clock=logical");
  await page.getByRole("button", { name: "Step" }).click();
  await waitState(page, "paused");
  const line = page.getByLabel("Line for the socket");
  await line.fill("el gato y el perro");
  await line.press("Enter");
  await page.getByRole("button", { name: "Step" }).click();
  await page.waitForFunction(() => /Batch: 0/.test(document.getElementById("console").textContent));
  const text = await consoleText(page);
  assert.match(text, /^-{43}\nBatch: 0\n-{43}\n\+-----\+-----\+\n\| word\|count\|\n/);
  assert.match(text, /\|   el\|    2\|/);
  await page.screenshot({ path: `${artifacts}/ss-socket.png`, fullPage: true });
  await page.getByRole("button", { name: "Stop" }).click();
  assert.deepEqual(page.problems, []);
});
