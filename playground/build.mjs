// Builds the playground into playground/dist: the page and the course page (esbuild
// bundles, CodeMirror included), the npm package's worker (web/*.js) and the engine
// (pkg/, from scripts/build-wasm). The gallery's programs are read here from
// tests/conformance/cases (the course's cases, not the x_, y_ and z_ extras) and playground/examples.
//   node playground/build.mjs
import { build } from "esbuild";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { SS_GALLERY, ssPageProgram } from "./ss-cases.mjs";

const here = fileURLToPath(new URL(".", import.meta.url));
const root = fileURLToPath(new URL("..", import.meta.url));
const dist = `${here}dist/`;

function readPrograms(dir, keep) {
  const out = {};
  for (const file of readdirSync(dir).sort()) {
    if (file.endsWith(".py") && keep(file)) out[file.slice(0, -3)] = readFileSync(dir + file, "utf8");
  }
  return out;
}

/**
 * `import sources from "gallery:sources"`: every gallery program by name;
 * `import ssExamples from "gallery:ss"`: the Structured Streaming cases of the gallery
 * (tests/conformance-ss, Spark-recorded) as page programs with their input files.
 */
const gallerySources = {
  name: "gallery-sources",
  setup(b) {
    b.onResolve({ filter: /^gallery:(sources|ss)$/ }, (a) => ({ path: a.path.slice(8), namespace: "gallery" }));
    b.onLoad({ filter: /.*/, namespace: "gallery" }, (a) => {
      if (a.path === "ss") return { contents: `export default ${JSON.stringify(ssGallery())};`, loader: "js" };
      const cases = readPrograms(`${root}tests/conformance/cases/`, (f) => !/^[xyz]_/.test(f));
      const extra = readPrograms(`${here}examples/`, () => true);
      return { contents: `export default ${JSON.stringify({ ...cases, ...extra })};`, loader: "js" };
    });
  },
};

/** The gallery's Structured Streaming cases (gallery-ss.mjs lists them) as page programs. */
function ssGallery() {
  const out = {};
  for (const name of SS_GALLERY) out[name] = ssPageProgram(name, readFileSync(`${root}tests/conformance-ss/cases/${name}.py`, "utf8"));
  return out;
}

if (!existsSync(`${root}pkg/runnel_wasm_bg.wasm`) || !existsSync(`${root}pkg-full/runnel_wasm_bg.wasm`)) {
  console.error("playground/build.mjs: pkg/ or pkg-full/ is missing; run scripts/build-wasm first");
  process.exit(1);
}
rmSync(dist, { recursive: true, force: true });
mkdirSync(`${dist}web`, { recursive: true });
mkdirSync(`${dist}pkg`, { recursive: true });

await build({
  entryPoints: { app: `${here}src/main.js`, embed: `${here}src/embed.js` },
  bundle: true,
  format: "esm",
  splitting: true,
  minify: true,
  sourcemap: false,
  target: "es2022",
  outdir: dist,
  chunkNames: "chunks/[name]-[hash]",
  loader: { ".css": "text" },
  plugins: [gallerySources],
  logLevel: "warning",
  // engine.js probes for the playground contract's exports (createEngine, operators...)
  // that land in steps; a missing one is expected, not a mistake.
  logOverride: { "import-is-undefined": "silent" },
});

// The worker: bundled on its own (worker-core, the receivers and wasm-bindgen's glue), in
// web/ so that it finds the engine at ../pkg/ as the package's own worker does.
await build({
  entryPoints: [`${here}src/worker.js`],
  bundle: true,
  format: "esm",
  minify: true,
  target: "es2022",
  outfile: `${dist}web/playground-worker.js`,
  logLevel: "warning",
});

for (const f of ["index.html", "course.html", "style.css"]) cpSync(`${here}${f}`, `${dist}${f}`);
// The lite engine (the first load) and the full one (re, pyspark.sql: fetched only for a
// program that needs it).
for (const p of ["pkg", "pkg-full"]) {
  mkdirSync(`${dist}${p}`, { recursive: true });
  for (const f of ["runnel_wasm.js", "runnel_wasm_bg.wasm"]) cpSync(`${root}${p}/${f}`, `${dist}${p}/${f}`);
}
console.log(`playground/build.mjs: built ${dist}`);
