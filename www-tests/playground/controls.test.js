// Running, feeding and stepping programs in the page: Pause/Step/Stop, the terminal panel,
// a WebSocket source fed by a real local server, share links, blocks, diagnostics.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { WebSocketServer } from "ws";
import { artifacts, consoleText, open, openFresh, openSite, programHash, waitState } from "./site.js";

let site;
let page;

before(async () => {
  site = await openSite();
  page = await site.page();
});
after(() => site?.close());

const columns = () => page.locator("#timeline .batch").count();
const state = () => page.evaluate(() => document.body.dataset.runState);

test("Pause stops the batches, Step runs one, Stop ends the run and keeps the output", async () => {
  await open(page, site.base, "?example=map_upper&lang=en&clock=system&batchSeconds=0.5&batches=");
  await page.getByRole("button", { name: "Run" }).click();
  await page.waitForFunction(() => document.querySelectorAll("#timeline .batch").length >= 2);
  await page.getByRole("button", { name: "Pause" }).click();
  await waitState(page, "paused");
  const paused = await columns();
  await page.waitForTimeout(1200);
  assert.equal(await columns(), paused, "no batch runs while paused");
  await page.getByRole("button", { name: "Step" }).click();
  await page.waitForFunction((n) => document.querySelectorAll("#timeline .batch").length === n + 1, paused);
  assert.equal(await state(), "paused");
  const before = await consoleText(page);
  assert.match(before, /UNO\nDOS\nTRES/);
  await page.getByRole("button", { name: "Stop" }).click();
  await waitState(page, "finished");
  await page.waitForTimeout(700);
  assert.equal(await consoleText(page), before, "Stop keeps the output and runs nothing more");
  assert.deepEqual(page.problems, []);
});

test("lines typed into the terminal come back upper-cased in the next batch", async () => {
  await open(page, site.base, "?example=socket_upper&lang=en&clock=logical");
  await page.getByRole("button", { name: "Step" }).click();
  await waitState(page, "paused");
  await page.getByLabel("Line for the socket").fill("hola mundo");
  await page.getByLabel("Line for the socket").press("Enter");
  await page.getByLabel("Line for the socket").fill("adiós");
  await page.getByLabel("Line for the socket").press("Enter");
  await page.getByRole("button", { name: "Step" }).click();
  await page.waitForFunction(() => document.querySelectorAll("#timeline .batch").length === 2);
  const text = await consoleText(page);
  assert.match(text, /Time: 1970-01-01 00:00:20\n-+\nHOLA MUNDO\nADIÓS\n/);
  await page.getByRole("button", { name: "Stop" }).click();
});

test("a WebSocket URL feeds socketTextStream from a real local server", async () => {
  const wss = new WebSocketServer({ host: "127.0.0.1", port: 0 });
  await new Promise((r) => wss.once("listening", r));
  wss.on("connection", (ws) => ws.send("desde el servidor\notra línea"));
  try {
    const url = `ws://127.0.0.1:${wss.address().port}/`;
    await open(page, site.base, `?example=socket_upper&lang=en&clock=logical&socket=${encodeURIComponent(url)}`);
    assert.equal(await page.getByLabel("WebSocket URL for socketTextStream").inputValue(), url);
    await page.getByRole("button", { name: "Step" }).click();
    for (let i = 0; i < 20 && !/DESDE EL SERVIDOR/.test(await consoleText(page)); i++) {
      await page.waitForTimeout(150);
      await page.getByRole("button", { name: "Step" }).click();
    }
    assert.match(await consoleText(page), /DESDE EL SERVIDOR\nOTRA LÍNEA\n/);
    await page.getByRole("button", { name: "Stop" }).click();
  } finally {
    wss.close();
  }
});

test("a share link holds the program, input and settings, and reproduces the run", async () => {
  await open(page, site.base, "?example=window_slide&lang=en&clock=logical&batches=5");
  await page.getByRole("button", { name: "Run" }).click();
  await waitState(page, "finished");
  const first = await consoleText(page);
  await page.getByRole("button", { name: "Share link" }).click();
  await page.waitForFunction(() => location.hash.startsWith("#z="));
  const link = await page.evaluate(() => `${location.origin}${location.pathname}${location.hash}`);
  await openFresh(page, link);
  assert.equal(await page.locator("#clock").inputValue(), "logical");
  assert.equal(await page.locator("#batches").inputValue(), "5");
  await page.getByRole("button", { name: "Run" }).click();
  await waitState(page, "finished");
  assert.equal(await consoleText(page), first);
  assert.match(first, /Time: 1970-01-01 00:00:05/);
});

test("a pipeline built with blocks prints what the hand-written program prints", async () => {
  await open(page, site.base, "?lang=en&clock=logical&batches=3");
  const blocks = page.locator("#blocks");
  await blocks.getByLabel("Source: operator").selectOption("queueStream");
  await blocks.getByLabel("Source: data").fill('[[["a b", "b c"]], [["c a a"]]]');
  const ops = [
    ["flatMap", "f", 'lambda line: line.split(" ")'],
    ["map", "f", "lambda w: (w, 1)"],
    ["reduceByKey", "func", "lambda a, b: a + b"],
  ];
  for (const [i, [op, param, fn]] of ops.entries()) {
    await blocks.getByRole("button", { name: "Add operator" }).click();
    await blocks.getByLabel(`Operator ${i + 1}: operator`).selectOption(op);
    await blocks.getByLabel(`Operator ${i + 1}: ${param}`).fill(fn);
  }
  await blocks.getByRole("button", { name: "Write to editor" }).click();
  await page.getByRole("button", { name: "Run" }).click();
  await waitState(page, "finished");
  const built = await consoleText(page);
  const hand = `data = [[["a b", "b c"]], [["c a a"]]]
lines = ssc.queueStream(createQUEUERDD(data))
counts = lines.flatMap(lambda line: line.split(" ")).map(lambda w: (w, 1)).reduceByKey(lambda a, b: a + b)
counts.pprint()
`;
  await openFresh(page, `${site.base}?lang=en&clock=logical&batches=3${programHash(hand)}`);
  await page.getByRole("button", { name: "Run" }).click();
  await waitState(page, "finished");
  assert.equal(built, await consoleText(page));
  assert.match(built, /\('a', 3\)|\('a', 1\)/);
});

test("blocks read back a single-chain program from the editor", async () => {
  await open(page, site.base, "?example=map_upper&lang=en");
  await page.locator("#blocks").getByRole("button", { name: "Read from editor" }).click();
  assert.equal(await page.locator("#blocks").getByLabel("Operator 1: operator").inputValue(), "map");
  assert.equal(await page.locator("#blocks").getByLabel("Operator 1: f").inputValue(), "lambda record: record.upper()");
});

test("a syntax error is underlined on its line, with Python's exception type", async () => {
  const program = "data = [[[1, 2]]]\ninputStream = ssc.queueStream(createQUEUERDD(data))\nnuevo = inputStream.map(lambda x: x +)\nnuevo.pprint()\n";
  await openFresh(page, `${site.base}?lang=en&clock=logical&batches=2${programHash(program)}`);
  await page.getByRole("button", { name: "Run" }).click();
  await waitState(page, "error");
  await page.waitForSelector(".cm-lintRange-error");
  const line = await page.locator(".cm-line").evaluateAll((lines) => lines.findIndex((l) => l.querySelector(".cm-lintRange-error")) + 1);
  assert.equal(line, 3);
  assert.match(await page.locator("#diagnostic").textContent(), /SyntaxError/);
});

test("an exception in a function is underlined where it was raised, with the batch time, and the stream goes on", async () => {
  const program = "data = [[[1, 0]], [[4]]]\ninputStream = ssc.queueStream(createQUEUERDD(data))\ndef inverso(x):\n    return 1 / x\nnuevo = inputStream.map(inverso)\nnuevo.pprint()\n";
  await openFresh(page, `${site.base}?lang=en&clock=logical&batches=2${programHash(program)}`);
  await page.getByRole("button", { name: "Run" }).click();
  // A snippet's failed job is logged and the next batch runs, as Spark's JobScheduler does.
  await waitState(page, "finished");
  assert.match(await consoleText(page), /Time: 1970-01-01 00:00:02\n-+\n0\.25\n/);
  assert.match(await page.locator("#diagnostic").textContent(), /A job failed/);
  await page.waitForSelector(".cm-lintRange-error");
  const line = await page.locator(".cm-line").evaluateAll((lines) => lines.findIndex((l) => l.querySelector(".cm-lintRange-error")) + 1);
  assert.equal(line, 4);
  const text = await page.locator("#diagnostic").textContent();
  assert.match(text, /ZeroDivisionError/);
  assert.match(text, /1970-01-01 00:00:01/);
  await page.locator(".cm-lintRange-error").hover();
  await page.waitForSelector(".cm-tooltip-lint");
  await page.locator("#editor-section").screenshot({ path: `${artifacts}/diagnostic.png` });
});

test("the generator feeds the socket with no server, the same lines for the same seed", async () => {
  const run = async () => {
    await open(page, site.base, "?example=socket_upper&lang=en&clock=logical");
    await page.getByLabel("Lines per second").fill("40");
    await page.getByLabel("Seed").fill("7");
    await page.getByLabel("Vocabulary").fill("uno dos tres");
    await page.getByRole("button", { name: "Step" }).click();
    await waitState(page, "paused");
    await page.getByRole("button", { name: "Start generator" }).click();
    await page.waitForTimeout(600);
    await page.getByRole("button", { name: "Stop generator" }).click();
    await page.getByRole("button", { name: "Step" }).click();
    await page.waitForFunction(() => document.querySelectorAll("#timeline .batch").length === 2);
    const text = await consoleText(page);
    await page.getByRole("button", { name: "Stop" }).click();
    return text.split("\n").filter((l) => /^(UNO|DOS|TRES)( |$)/.test(l));
  };
  const first = await run();
  assert.ok(first.length >= 5, first.join("\n"));
  assert.ok(first.every((l) => l.split(" ").length === 4), "4 words a line");
  const second = await run();
  const n = Math.min(first.length, second.length);
  assert.deepEqual(second.slice(0, n), first.slice(0, n), "same seed, same lines");
});

test("a file added in the Files panel reaches textFileStream; sc.textFile reads a file by path", async () => {
  const program = `lines = ssc.textFileStream("inbox")\nlines.map(lambda l: l.upper()).pprint()\n`;
  await openFresh(page, `${site.base}?lang=en&clock=logical${programHash(program)}`);
  await page.getByRole("button", { name: "Step" }).click();
  await waitState(page, "paused");
  assert.equal(await page.getByLabel("File name or path").inputValue(), "inbox");
  await page.getByLabel("File contents").fill("primera linea\nsegunda");
  await page.getByRole("button", { name: "Add file" }).click();
  await page.getByRole("button", { name: "Step" }).click();
  await page.waitForFunction(() => document.querySelectorAll("#timeline .batch").length === 2);
  assert.match(await consoleText(page), /PRIMERA LINEA\nSEGUNDA\n/);
  await page.getByRole("button", { name: "Stop" }).click();

  const batch = `rdd = sc.textFile("datos.txt")\nprint(rdd.map(lambda l: len(l)).collect())\n`;
  await openFresh(page, `${site.base}?lang=en&clock=logical&batches=1${programHash(batch)}`);
  await page.getByLabel("File name or path").fill("datos.txt");
  await page.getByLabel("File contents").fill("abc\nde");
  await page.getByRole("button", { name: "Add file" }).click();
  await page.getByRole("button", { name: "Run" }).click();
  await waitState(page, ["finished", "error"]);
  assert.match(await consoleText(page), /^\[3, 2\]\n/);
});

test("the editor autosaves: a page opened with no program shows the last one edited", async () => {
  await open(page, site.base, "?example=count&lang=en");
  await page.locator(".cm-content").click();
  await page.keyboard.press("Control+End");
  await page.keyboard.type("\n# mi nota guardada");
  await page.waitForTimeout(500);
  await openFresh(page, `${site.base}?lang=en`);
  assert.match(await page.locator(".cm-content").textContent(), /# mi nota guardada/);
  assert.match(await page.locator(".cm-content").textContent(), /inputStream.count\(\)/);
});

test("a file chosen with the file picker (as a drop does) reaches textFileStream", async () => {
  const program = `lines = ssc.textFileStream("entrada")\nlines.count().pprint()\n`;
  await openFresh(page, `${site.base}?lang=en&clock=logical${programHash(program)}`);
  await page.locator("#file-picker").setInputFiles({ name: "tweets.txt", mimeType: "text/plain", buffer: Buffer.from("uno\ndos\ntres\n") });
  await page.getByRole("button", { name: "Step" }).click();
  await page.waitForFunction(() => document.querySelectorAll("#timeline .batch").length === 1);
  assert.match(await consoleText(page), /Time: 1970-01-01 00:00:01\n-+\n3\n/);
  await page.getByRole("button", { name: "Stop" }).click();
});
