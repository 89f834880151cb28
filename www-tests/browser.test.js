// The package in headless Chromium (Debian's /usr/bin/chromium): a page imports
// web/index.js, the engine runs in a module Web Worker, a live session reads a WebSocket
// server on 127.0.0.1. The page is served under the CSP the README documents.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { join, extname } from "node:path";
import { fileURLToPath } from "node:url";
import { WebSocketServer } from "ws";
import { chromium } from "playwright-core";

const root = fileURLToPath(new URL("..", import.meta.url));
const TYPES = { ".html": "text/html", ".js": "text/javascript", ".wasm": "application/wasm", ".json": "application/json", ".py": "text/plain" };
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self'; connect-src 'self' ws://127.0.0.1:*";

function serve() {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    if (path.includes("..")) return res.writeHead(403).end();
    try {
      const body = await readFile(join(root, path));
      res.writeHead(200, { "content-type": TYPES[extname(path)] ?? "application/octet-stream", "content-security-policy": CSP });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((r) => server.listen(0, "127.0.0.1", () => r(server)));
}

test("in Chromium: runProgram matches Spark, output is text, a live session reads a WebSocket", { timeout: 120000 }, async () => {
  assert.ok(existsSync("/usr/bin/chromium"), "needs /usr/bin/chromium (apt-get install -y chromium chromium-driver)");
  const http = await serve();
  const wss = new WebSocketServer({ host: "127.0.0.1", port: 0 });
  await new Promise((r) => wss.once("listening", r));
  wss.on("connection", (ws) => setTimeout(() => ws.send("hola\nmundo"), 100));
  // playwright gives the browser a fresh profile directory of its own.
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  try {
    const page = await browser.newPage();
    const problems = [];
    page.on("pageerror", (e) => problems.push(e.message));
    page.on("response", (res) => res.status() >= 400 && !res.url().endsWith("/favicon.ico") && problems.push(`${res.status()} ${res.url()}`));
    await page.goto(`http://127.0.0.1:${http.address().port}/www-tests/fixtures/page.html?ws=${wss.address().port}`);
    const r = await page.evaluate(() => window.results);
    assert.equal(r.error, undefined, r.error);
    assert.equal(r.run.stdout, r.golden.stdout);
    assert.deepEqual(r.run.streams.nuevoDStream, r.golden.nuevoDStream);
    assert.ok(r.rendered.startsWith("<b>bold</b>\n"), r.rendered);
    assert.equal(r.boldElements, 0, "printed text is not parsed as HTML");
    assert.deepEqual(r.received, ["'aloh'", "'odnum'"]);
    assert.ok(r.events.at(-1).connected);
    assert.match(r.count, /\n3\n/);
    assert.deepEqual(problems, []);
  } finally {
    await browser.close();
    wss.close();
    http.close();
  }
});
