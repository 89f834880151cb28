// Word count, wasm (the package in a Node worker) vs native (the runnel CLI), on the same
// program and data; both outputs must be equal. Prints records (lines) per second.
//   node www-tests/bench/wordcount.mjs [path/to/runnel] [batches] [lines per batch]
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runProgram, init } from "runnel";

const [cli = "target/release/runnel", batches = "20", perBatch = "20000"] = process.argv.slice(2);
const B = Number(batches);
const N = Number(perBatch);

// Deterministic text: N lines of 8 words from a vocabulary of 1000.
let seed = 42;
const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const lines = Array.from({ length: N }, () => Array.from({ length: 8 }, () => `w${Math.floor(rand() * 1000)}`).join(" "));
const text = lines.join("\n") + "\n";

const program = `text = sc.textFile("words.txt")
lines = ssc.queueStream([text for _ in range(${B})])
counts = lines.flatMap(lambda l: l.split(" ")).map(lambda w: (w, 1)).reduceByKey(lambda a, b: a + b)
counts.pprint()
`;

const dir = mkdtempSync(join(tmpdir(), "runnel-bench-"));
try {
  writeFileSync(join(dir, "words.txt"), text);
  writeFileSync(join(dir, "wordcount.py"), program);
  await init();
  let t = performance.now();
  const wasm = await runProgram(program, { batches: B, files: { "words.txt": text } });
  const wasmMs = performance.now() - t;
  t = performance.now();
  const native = JSON.parse(execFileSync(cli, ["run", "wordcount.py", "--batches", String(B), "--clock", "logical", "--json", "--cores", "1"], { cwd: dir, encoding: "utf8", maxBuffer: 1 << 28 }));
  const nativeMs = performance.now() - t;
  if (wasm.stdout !== native.stdout) throw new Error("wasm and native outputs differ");
  const records = B * N;
  const rate = (ms) => Math.round(records / (ms / 1000)).toLocaleString("en-US");
  console.log(`word count, ${B} batches x ${N} lines (${records * 8} words):`);
  console.log(`  wasm (Node ${process.version}, worker): ${wasmMs.toFixed(0)} ms, ${rate(wasmMs)} lines/s`);
  console.log(`  native (${cli}, incl. process start): ${nativeMs.toFixed(0)} ms, ${rate(nativeMs)} lines/s`);
  console.log(`  wasm / native time: ${(wasmMs / nativeMs).toFixed(2)}x`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.exit(0);
