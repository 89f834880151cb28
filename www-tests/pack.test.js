// npm pack, install the tarball into a fresh project, run an example: no build step.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync, copyFileSync, rmSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const npm = (args, cwd) => execFileSync("npm", [...args, "--no-audit", "--no-fund", "--loglevel=error"], { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });

test("the packed tarball installs into a fresh project and runs an example", { timeout: 180000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), "runnel-pack-"));
  try {
    const [info] = JSON.parse(npm(["pack", "--json", "--pack-destination", dir], root));
    const files = info.files.map((f) => f.path);
    for (const f of ["pkg/runnel_wasm_bg.wasm", "pkg/runnel_wasm.js", "pkg-full/runnel_wasm_bg.wasm", "pkg-full/runnel_wasm.js", "web/worker.js", "web/worker-node.js", "web/index.js", "web/node.js", "web/index.d.ts", "package.json"]) {
      assert.ok(files.includes(f), `${f} is in the tarball (${files.join(", ")})`);
    }
    assert.ok(!files.some((f) => f.startsWith("crates/") || f.startsWith("www-tests/")), "no sources or tests in the tarball");
    const project = join(dir, "app");
    execFileSync("mkdir", [project]);
    writeFileSync(join(project, "package.json"), JSON.stringify({ name: "app", private: true, type: "module" }));
    npm(["install", "--prefer-offline", join(dir, info.filename)], project);
    copyFileSync(join(root, "www-tests/fixtures/example.mjs"), join(project, "example.mjs"));
    const printed = execFileSync("node", ["example.mjs"], { cwd: project, encoding: "utf8", timeout: 60000 });
    const { out, built } = JSON.parse(printed);
    assert.deepEqual(Object.keys(out), ["stdout", "streams", "graph"]);
    assert.deepEqual(out.graph.nodes.map((n) => n.op).slice(0, 1), ["queueStream"]);
    assert.match(out.stdout, /Time: 1970-01-01 00:00:02\n-{43}\n/);
    assert.deepEqual(out.streams.nuevoDStream.map((b) => b.time_ms), [1000, 2000]);
    assert.ok(out.streams.nuevoDStream[0].partitions.flat().includes("('el', 2)"));
    assert.match(built, /\('x', 2\)/);
    const pkg = JSON.parse(readFileSync(join(project, "node_modules/runnel/package.json"), "utf8"));
    assert.equal(pkg.name, "runnel");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
