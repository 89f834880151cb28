// Every gallery example that has a Spark golden (the course's cases in
// tests/conformance) runs in the page on the logical clock, and the Console's text is
// exactly the stdout real Spark 3.5.9 printed.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { consoleText, open, openSite, waitState, root } from "./site.js";

// The course's cases; x_, y_ and z_ cases test the engine beyond the course (the package runs
// them in www-tests/conformance.test.js).
const cases = readdirSync(`${root}tests/conformance/cases`).filter((f) => f.endsWith(".py") && !/^[xyz]_/.test(f)).map((f) => f.slice(0, -3)).sort();
let site;
let page;

before(async () => {
  site = await openSite();
  page = await site.page();
});
after(() => site?.close());

test("the gallery lists every course case", async () => {
  await open(page, site.base, "?lang=en");
  const listed = await page.locator("#gallery a[data-example]").evaluateAll((as) => as.map((a) => a.dataset.example));
  for (const name of cases) assert.ok(listed.includes(name), `${name} is not in the gallery`);
  assert.ok(cases.length >= 25, `${cases.length} cases`);
  for (const extra of ["socket_upper", "tweets_filter", "tweets_count", "tweets_window"]) assert.ok(listed.includes(extra), extra);
});

for (const name of cases) {
  test(`gallery example ${name} prints Spark's output`, async () => {
    const golden = JSON.parse(readFileSync(`${root}tests/conformance/expected/${name}.json`, "utf8"));
    await open(page, site.base, `?example=${name}&lang=en&clock=logical&batches=${golden.batches}&batchSeconds=${golden.batch_seconds}`);
    await page.getByRole("button", { name: "Run" }).click();
    await waitState(page, ["finished", "error"]);
    assert.equal(await page.evaluate(() => document.body.dataset.runState), "finished");
    assert.equal(await consoleText(page), golden.stdout);
    assert.deepEqual(page.problems, []);
  });
}
