// The page's views and its reach: the timeline's window brackets and state tables, the
// course page's embedded playgrounds, keyboard-only use, phone width, axe-core, and
// screenshots of the main views (www-tests/playground/artifacts/, git-ignored).
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { artifacts, consoleText, open, openFresh, openSite, waitState } from "./site.js";

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
let site;

before(async () => {
  site = await openSite();
});
after(() => site?.close());

async function runExample(page, name, batches) {
  await open(page, site.base, `?example=${name}&lang=en&clock=logical&batches=${batches}`);
  await page.getByRole("button", { name: "Run" }).click();
  await waitState(page, "finished");
}

test("window(2, 2) brackets tile the timeline, window(2, 1) brackets overlap", async () => {
  const page = await site.page({ viewport: { width: 1400, height: 1000 } });
  const layout = async () =>
    page.locator(".bracket").evaluateAll((bs) => bs.map((b) => ({ from: +b.style.getPropertyValue("--from"), span: +b.style.getPropertyValue("--span"), row: +b.style.getPropertyValue("--row") })));
  await runExample(page, "window_fixed", 6);
  const fixed = await layout();
  await page.locator("#timeline").screenshot({ path: `${artifacts}/timeline-window-2-2.png` });
  await runExample(page, "window_slide", 6);
  const slide = await layout();
  await page.locator("#timeline").screenshot({ path: `${artifacts}/timeline-window-2-1.png` });
  assert.ok(fixed.length >= 2 && slide.length > fixed.length, `${JSON.stringify(fixed)} vs ${JSON.stringify(slide)}`);
  assert.deepEqual(new Set(fixed.map((b) => b.row)).size, 1, "fixed windows share one row");
  assert.equal(new Set(slide.map((b) => b.row)).size, 2, "sliding windows alternate rows");
  await page.context().close();
});

test("the state table changes batch by batch (updateStateByKey)", async () => {
  const page = await site.page({ viewport: { width: 1400, height: 1000 } });
  await runExample(page, "update_state_by_key_max", 5);
  const rows = () => page.locator("#state tbody tr").evaluateAll((trs) => trs.map((tr) => tr.textContent));
  const last = await rows();
  assert.ok(last.length >= 1, "a state table is shown");
  await page.locator("#timeline .batch-time").first().click();
  const first = await rows();
  assert.notDeepEqual(first, last);
  assert.match((await page.locator("#details").textContent()) ?? "", /Batch 1/);
  await page.screenshot({ path: `${artifacts}/main-state.png`, fullPage: true });
  await page.context().close();
});

test("the DStream graph is drawn and a node shows its details", async () => {
  const page = await site.page({ viewport: { width: 1400, height: 1000 } });
  await runExample(page, "reduce_by_key_and_window", 4);
  const nodes = page.locator("#graph .node");
  assert.ok((await nodes.count()) >= 2);
  await nodes.last().click();
  assert.ok(((await page.locator("#details").textContent()) ?? "").length > 0);
  await page.locator(".watch").screenshot({ path: `${artifacts}/graph-state-chart.png` });
  await page.context().close();
});

test("the course page runs two embedded programs at once", async () => {
  const page = await site.page();
  await page.goto(`${site.base}course.html?lang=en`);
  const embeds = page.locator("runnel-playground");
  assert.ok((await embeds.count()) >= 3);
  await embeds.nth(0).getByRole("button", { name: "Run" }).click();
  await embeds.nth(1).getByRole("button", { name: "Run" }).click();
  await page.waitForFunction(() => [...document.querySelectorAll("runnel-playground")].slice(0, 2).every((e) => e.dataset.runState === "finished"), null, { timeout: 30000 });
  const out = (i) => embeds.nth(i).locator("pre").evaluate((el) => el.textContent);
  assert.match(await out(0), /UNO\nDOS\nTRES/);
  assert.match(await out(1), /Time: 1970-01-01 00:00:02\n-+\n1\n2\n3\n4\n5\n6\n7\n8\n9\n/);
  // Step runs one batch at a time in an embed.
  const fourth = embeds.nth(3);
  await fourth.getByRole("button", { name: "Step" }).click();
  await page.waitForFunction(() => /RDD \(1970-01-01 00:00:01\)/.test(document.querySelectorAll("runnel-playground")[3].shadowRoot.querySelector("pre").textContent));
  assert.equal(await fourth.evaluate((e) => e.dataset.runState), "paused");
  assert.doesNotMatch(await out(3), /00:00:02/);
  await fourth.getByRole("button", { name: "Step" }).click();
  await page.waitForFunction(() => /RDD \(1970-01-01 00:00:02\)/.test(document.querySelectorAll("runnel-playground")[3].shadowRoot.querySelector("pre").textContent));
  assert.match(await out(3), /Particion: 1: \['cuatro', 'cinco'\]/);
  await page.waitForFunction(() => document.querySelectorAll("runnel-playground")[3].dataset.runState === "finished"); // batches="2"
  await page.screenshot({ path: `${artifacts}/course.png`, fullPage: true });
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test("the course page's playgrounds share one worker", async () => {
  const page = await site.page();
  const workers = [];
  page.on("worker", (w) => workers.push(w.url()));
  await page.goto(`${site.base}course.html?lang=en`);
  const embeds = page.locator("runnel-playground");
  for (const i of [0, 1, 2]) await embeds.nth(i).getByRole("button", { name: "Run" }).click();
  await page.waitForFunction(() => [...document.querySelectorAll("runnel-playground")].slice(0, 3).every((e) => e.dataset.runState === "finished"), null, { timeout: 30000 });
  assert.match(await embeds.nth(2).locator("pre").evaluate((el) => el.textContent), /\('a', 3\)/);
  assert.equal(workers.length, 1, workers.join(", "));
  await page.context().close();
});

test("keyboard only: Tab reaches Run, Enter runs the example", async () => {
  const page = await site.page();
  await open(page, site.base, "?example=map_upper&lang=en&clock=logical&batches=3");
  let focused = null;
  for (let i = 0; i < 60 && focused !== "run"; i++) {
    await page.keyboard.press("Tab");
    focused = await page.evaluate(() => document.activeElement?.id);
  }
  assert.equal(focused, "run", "Tab reaches the Run button");
  await page.keyboard.press("Enter");
  await waitState(page, "finished");
  assert.match(await consoleText(page), /UNO/);
  // Ctrl+Enter runs from the editor (a new run clears the Console first).
  await page.evaluate(() => document.getElementById("console").append("MARK"));
  await page.locator(".cm-content").focus();
  await page.keyboard.press("Control+Enter");
  await page.waitForFunction(() => !document.getElementById("console").textContent.includes("MARK") && document.body.dataset.runState === "finished");
  assert.match(await consoleText(page), /^-+\nTime: 1970-01-01 00:00:01\n-+\nUNO/);
  // The editor does not trap Tab: from inside it, Tab moves on.
  await page.locator(".cm-content").focus();
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => !!document.activeElement?.closest(".cm-editor")), false);
  await page.context().close();
});

test("phone width: no sideways scrolling, controls reachable", async () => {
  const page = await site.page({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  await runExample(page, "count_by_value", 3);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 1, `the page scrolls sideways by ${overflow}px`);
  assert.ok(await page.getByRole("button", { name: "Run" }).isVisible());
  await page.screenshot({ path: `${artifacts}/phone.png`, fullPage: false });
  await page.context().close();
});

for (const [path, name] of [["?example=window_slide&lang=en&clock=logical&batches=4", "main"], ["course.html?lang=en", "course"], ["?example=map_upper&lang=es", "main-es"], ["?example=ss_window_wordcount&lang=es&clock=logical", "main-ss-es"]]) {
  test(`axe-core finds no serious or critical violation on ${name}`, async () => {
    const page = await site.page({ bypassCSP: true, viewport: { width: 1280, height: 900 } });
    await page.goto(`${site.base}${path}`);
    if (name.startsWith("main")) {
      await waitState(page, "idle");
      await page.getByRole("button", { name: name === "main" ? "Run" : "Ejecutar" }).click();
      await waitState(page, "finished");
    } else {
      await page.waitForSelector("runnel-playground >> pre");
    }
    await page.evaluate(axeSource);
    const result = await page.evaluate(() => globalThis.axe.run(document, { resultTypes: ["violations"] }));
    const bad = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    assert.deepEqual(bad.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`), []);
    if (name === "main") await page.screenshot({ path: `${artifacts}/main.png`, fullPage: true });
    await page.context().close();
  });
}

test("Spanish is the default for a Spanish browser; ?lang=en wins", async () => {
  const page = await site.page({ locale: "es-ES" });
  await openFresh(page, `${site.base}?example=map_upper`);
  assert.ok(await page.getByRole("button", { name: "Ejecutar" }).isVisible());
  assert.ok(await page.getByRole("region", { name: "Consola" }).isVisible());
  await openFresh(page, `${site.base}?example=map_upper&lang=en`);
  assert.ok(await page.getByRole("button", { name: "Run" }).isVisible());
  await page.context().close();
});

test("a long run keeps at most 40 batches in the page", async () => {
  const page = await site.page();
  await open(page, site.base, "?example=map_upper&lang=en&clock=logical&batches=");
  await page.getByRole("button", { name: "Run" }).click();
  await page.waitForFunction(() => /older batches hidden/.test(document.querySelector("#timeline [data-hidden]").textContent), null, { timeout: 30000 });
  await page.getByRole("button", { name: "Stop" }).click();
  const columns = await page.locator("#timeline .batch").count();
  assert.ok(columns <= 40, `${columns} batches in the page`);
  await page.context().close();
});

test("the course page's embeds speak its language (<html lang=\"es\">) unless ?lang= says otherwise", async () => {
  const page = await site.page();
  await page.goto(`${site.base}course.html`);
  await page.waitForSelector("runnel-playground >> pre");
  assert.equal(await page.getByRole("button", { name: "Ejecutar" }).count(), 4);
  assert.equal(await page.getByRole("button", { name: "Run" }).count(), 0);
  await page.context().close();
});
