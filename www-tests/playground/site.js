// The built playground (playground/dist, from `node playground/build.mjs`) served on
// 127.0.0.1 by the same server `scripts/start` uses, and one headless Chromium (Debian's
// /usr/bin/chromium; no browser download) shared by a test file's tests.
import { existsSync, mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { serve } from "../../playground/serve.mjs";

export const root = fileURLToPath(new URL("../../", import.meta.url));
export const dist = `${root}playground/dist`;
export const artifacts = `${root}www-tests/playground/artifacts`;

const FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

/** Starts the server and the browser; `close()` ends both. */
export async function openSite() {
  if (!existsSync(`${dist}/index.html`)) throw new Error("playground/dist is missing: run `node playground/build.mjs` (after scripts/build-wasm)");
  if (!existsSync("/usr/bin/chromium")) throw new Error("needs /usr/bin/chromium (apt-get install -y chromium)");
  mkdirSync(artifacts, { recursive: true });
  const server = await serve(dist, 0);
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: FLAGS });
  const base = `http://127.0.0.1:${server.address().port}/`;
  return {
    base,
    browser,
    /** A new page with errors collected in `page.problems`. */
    async page(options = {}) {
      const context = await browser.newContext({ locale: "en-US", ...options });
      const page = await context.newPage();
      page.problems = [];
      page.on("pageerror", (e) => page.problems.push(`pageerror: ${e.message}`));
      page.on("response", (r) => r.status() >= 400 && !r.url().endsWith("favicon.ico") && page.problems.push(`${r.status()} ${r.url()}`));
      return page;
    },
    async close() {
      await browser.close();
      await new Promise((r) => server.close(r));
    },
  };
}

/** Waits until <body data-run-state> is one of `states`. */
export function waitState(page, states, timeout = 30000) {
  const list = [].concat(states);
  return page.waitForFunction((l) => l.includes(document.body.dataset.runState), list, { timeout });
}

export function consoleText(page) {
  return page.getByRole("region", { name: "Console" }).evaluate((el) => el.textContent);
}

/** Opens `query` (e.g. "?example=map_upper&clock=logical") and waits for the engine. */
export async function open(page, base, query = "", hash = "") {
  await openFresh(page, `${base}${query}${hash}`);
}

/** The plain link form of a program: #program=<base64url of its UTF-8>. */
export function programHash(text) {
  return `#program=${Buffer.from(text, "utf8").toString("base64url")}`;
}

/** Opens a fresh document (a hash-only change would not reload the page). */
export async function openFresh(page, url) {
  await page.goto("about:blank");
  await page.goto(url);
  await waitState(page, ["idle"]);
}
