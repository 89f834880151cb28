// Comparing a runProgram result with a golden recorded on real Spark, as tests/lib.rs
// does for the native runs: exactly, or per batch as multisets for `# compare:
// batch-multiset` cases.

const RULE = "-------------------------------------------";

export function header(src, key) {
  for (const line of src.split("\n")) {
    if (!line.startsWith("#")) break;
    const rest = line.replace(/^#+\s*/, "");
    if (rest.startsWith(`${key}:`)) return rest.slice(key.length + 1).trim();
  }
  return null;
}

function blocks(text) {
  const lines = text.split("\n");
  if (lines.at(-1) === "") lines.pop();
  const out = [[]];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] === RULE && lines[i + 1]?.startsWith("Time: ") && lines[i + 2] === RULE) {
      out.push([lines[i + 1]]);
      i += 2;
      continue;
    }
    out.at(-1).push(lines[i]);
  }
  return out.map((b) => [...b].sort());
}

const sorted = (parts) => parts.flat().sort();
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);

/** What differs (empty when they match). */
export function compare(golden, got, mode) {
  const problems = [];
  if (got.error !== undefined) problems.push(`the program failed: ${got.error}`);
  const sameStdout = mode === "exact" ? golden.stdout === got.stdout : same(blocks(golden.stdout), blocks(got.stdout));
  if (!sameStdout) problems.push(`stdout differs:\n--- expected\n${golden.stdout}\n--- got\n${got.stdout}`);
  const want = golden.nuevoDStream;
  if (Array.isArray(want)) {
    const have = got.streams?.nuevoDStream ?? [];
    if (!same(want.map((b) => b.time_ms), have.map((b) => b.time_ms))) {
      problems.push(`batch times differ: ${JSON.stringify(want.map((b) => b.time_ms))} vs ${JSON.stringify(have.map((b) => b.time_ms))}`);
      return problems;
    }
    want.forEach((w, i) => {
      const h = have[i].partitions;
      const ok = mode === "exact" ? same(w.partitions, h) : w.partitions.length === h.length && same(sorted(w.partitions), sorted(h));
      if (!ok) problems.push(`batch ${w.time_ms} ms: partitions ${JSON.stringify(w.partitions)} vs ${JSON.stringify(h)}`);
    });
  }
  return problems;
}
