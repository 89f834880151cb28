// A small static server for the built playground (playground/dist): 127.0.0.1 only,
// the right MIME types for .wasm and .js, no path outside the site root.
//   node playground/serve.mjs [PORT]      (PORT also from the environment; 8080)
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, sep } from "node:path";
import { fileURLToPath } from "node:url";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".py": "text/plain; charset=utf-8",
};

// The engine needs 'wasm-unsafe-eval'; WebSocket sources may point anywhere the learner says.
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self' ws: wss:";

/** The file a URL path names inside `root`, or null when it would leave it. */
export function resolvePath(root, urlPath) {
  let path;
  try {
    path = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (path.includes("\0")) return null;
  const full = normalize(join(root, path));
  if (full !== root && !full.startsWith(root.endsWith(sep) ? root : root + sep)) return null;
  return full;
}

async function fileFor(root, urlPath) {
  const full = resolvePath(root, urlPath);
  if (!full) return null;
  try {
    const s = await stat(full);
    return s.isDirectory() ? join(full, "index.html") : full;
  } catch {
    return null;
  }
}

/** Starts the server; resolves to the http.Server once it listens. */
export function serve(root, port = 8080, host = "127.0.0.1") {
  const server = createServer(async (req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") return res.writeHead(405).end();
    const file = await fileFor(root, new URL(req.url, "http://x").pathname);
    try {
      if (!file) throw new Error("outside");
      const body = await readFile(file);
      res.writeHead(200, {
        "content-type": TYPES[extname(file)] ?? "application/octet-stream",
        "content-security-policy": CSP,
        "x-content-type-options": "nosniff",
        "cache-control": "no-cache",
      });
      res.end(req.method === "HEAD" ? undefined : body);
    } catch {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found\n");
    }
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve(server));
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = fileURLToPath(new URL("./dist/", import.meta.url)).replace(/\/$/, "");
  const port = Number(process.argv[2] ?? process.env.PORT ?? 8080);
  const server = await serve(root, port);
  console.log(`Runnel playground: http://127.0.0.1:${server.address().port}/  (Ctrl-C stops it)`);
}
