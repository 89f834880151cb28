// A user's Vite app: npm pack the package, install the tarball and Vite into a fresh
// project whose main.js imports "runnel", `vite build`, serve dist/ on 127.0.0.1 and open
// it in headless Chromium (Debian's /usr/bin/chromium). The worker and the wasm must
// survive bundling: Vite emits them as assets from their `new URL(..., import.meta.url)`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { createServer } from "node:http";
import { mkdtempSync, mkdirSync, writeFileSync, readFileSync, readdirSync, rmSync, existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, extname, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const root = fileURLToPath(new URL("..", import.meta.url));
// Vite 8 wants npm >= 11 (and Node ^20.19 || >= 22.12); older toolchains get Vite 7.
const npmMajor = Number(execFileSync("npm", ["--version"], { encoding: "utf8" }).split(".")[0]);
const VITE = npmMajor >= 11 ? "8.3.8" : "7.3.8";
const TYPES = { ".html": "text/html", ".js": "text/javascript", ".mjs": "text/javascript", ".wasm": "application/wasm", ".json": "application/json", ".css": "text/css" };
const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], timeout: 170000 });
const npm = (args, cwd) => run("npm", [...args, "--no-audit", "--no-fund", "--loglevel=error"], cwd);

function serve(dir) {
  const server = createServer(async (req, res) => {
    let path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    if (path.endsWith("/")) path += "index.html";
    const file = normalize(join(dir, path));
    if (!file.startsWith(dir)) return res.writeHead(403).end();
    try {
      const body = await readFile(file);
      res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((r) => server.listen(0, "127.0.0.1", () => r(server)));
}

const chromiumMissing = !existsSync("/usr/bin/chromium") && "needs /usr/bin/chromium (scripts/test-wasm installs it: apt-get install -y chromium)";

test("a Vite app that imports runnel builds and runs map_upper in Chromium", { timeout: 300000, skip: chromiumMissing }, async () => {
  const dir = mkdtempSync(join(tmpdir(), "runnel-vite-"));
  let http, browser;
  try {
    const [info] = JSON.parse(npm(["pack", "--json", "--pack-destination", dir], root));
    const app = join(dir, "app");
    mkdirSync(app);
    writeFileSync(join(app, "package.json"), JSON.stringify({
      name: "app", private: true, type: "module",
      dependencies: { runnel: `file:${join(dir, info.filename)}` },
      devDependencies: { vite: VITE },
    }, null, 2));
    const source = readFileSync(join(root, "tests/conformance/cases/map_upper.py"), "utf8");
    const golden = JSON.parse(readFileSync(join(root, "tests/conformance/expected/map_upper.json"), "utf8"));
    const options = { batches: golden.batches, batchSeconds: golden.batch_seconds, clock: "logical", record: ["nuevoDStream"] };
    writeFileSync(join(app, "index.html"), `<!doctype html>
<html><head><meta charset="utf-8"><title>runnel + vite</title><link rel="icon" href="data:,"></head>
<body><pre id="out"></pre><script type="module" src="/main.js"></script></body></html>
`);
    writeFileSync(join(app, "main.js"), `import { runProgram } from "runnel";

const source = ${JSON.stringify(source)};
const out = document.getElementById("out");
runProgram(source, ${JSON.stringify(options)})
  .then((result) => { out.textContent = JSON.stringify(result); })
  .catch((e) => { out.textContent = JSON.stringify({ error: String(e?.stack ?? e) }); });
`);
    npm(["install", "--prefer-offline"], app);
    run("npx", ["--no-install", "vite", "build", "--logLevel", "warn"], app);
    const dist = join(app, "dist");
    const assets = readdirSync(join(dist, "assets"));
    assert.ok(assets.some((f) => f.endsWith(".wasm")), `the wasm is emitted as an asset (${assets.join(", ")})`);

    http = await serve(dist);
    browser = await chromium.launch({
      executablePath: "/usr/bin/chromium",
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
    const page = await browser.newPage();
    const problems = [];
    page.on("pageerror", (e) => problems.push(e.message));
    page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
    page.on("response", (res) => res.status() >= 400 && !res.url().endsWith("/favicon.ico") && problems.push(`${res.status()} ${res.url()}`));
    await page.goto(`http://127.0.0.1:${http.address().port}/`);
    await page.waitForFunction(() => document.getElementById("out")?.textContent !== "", null, { timeout: 60000 });
    const result = JSON.parse(await page.textContent("#out"));
    assert.equal(result.error, undefined, result.error);
    assert.equal(result.stdout, golden.stdout);
    assert.deepEqual(result.streams.nuevoDStream, golden.nuevoDStream);
    assert.deepEqual(problems, []);
  } finally {
    await browser?.close();
    http?.close();
    if (!process.env.KEEP_VITE_APP) rmSync(dir, { recursive: true, force: true });
    else console.log(`kept ${dir}`);
  }
});
