// The gallery's Structured Streaming examples are cases of tests/conformance-ss (recorded
// on real Spark by its harness_ss.py): `data = [...]` (one list of lines per input file),
// `# --- program ---`, a program reading `input_dir` that starts `query`. The page shows
// each as the standalone program check_ss.py runs (the recorder's SparkSession settings,
// `input_dir` a directory of the page's Files panel), ending in `query.awaitTermination()`,
// with the data as the files of that directory: the page runs a micro-batch per file.

/** Case names in the gallery (see playground/src/gallery.js for their titles). */
export const SS_GALLERY = [
  "ss_wordcount_complete",
  "ss_window_wordcount",
  "ss_update_watermark_late",
  "ss_session_window_append",
  "ss_dedup_watermark",
  "ss_static_join",
  "ss_foreach_batch",
  "ss_tweets_count",
  "ss_tweets_window",
];

/** The directory the page's program reads. */
export const SS_INPUT_DIR = "entrada";

/** `{source, files: [{name, text}]}` for the case `name` whose text is `text`. */
export function ssPageProgram(name, text) {
  const [head, program] = text.split("# --- program ---\n");
  if (program === undefined) throw new Error(`${name}: no "# --- program ---" line`);
  const data = pythonStrings(head.replace(/^\s*data\s*=/, ""));
  const files = data.map((lines, i) => ({
    name: `${SS_INPUT_DIR}/part-${String(i).padStart(3, "0")}.${lines[0]?.startsWith("{") ? "json" : "txt"}`,
    text: `${lines.join("\n")}\n`,
  }));
  const source = `from pyspark.sql import SparkSession
spark = (SparkSession.builder.master("local[2]").appName("${name}")
         .config("spark.sql.session.timeZone", "UTC").config("spark.sql.shuffle.partitions", "2")
         .getOrCreate())
spark.sparkContext.setLogLevel("ERROR")
# Input: the files of "${SS_INPUT_DIR}" (Input > Files), one per micro-batch.
input_dir = "${SS_INPUT_DIR}"
checkpoint_dir = "checkpoint"
${program.trimEnd()}
query.awaitTermination()
`;
  return { source, files };
}

/** A Python list of lists of string literals (the cases' `data`) as arrays of strings. */
export function pythonStrings(literal) {
  const out = [];
  let current = null;
  const token = /\[|\]|'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"|[\s,]+|#[^\n]*/gy;
  let depth = 0;
  let m;
  const text = literal.trim();
  while (token.lastIndex < text.length && (m = token.exec(text))) {
    if (m[0] === "[") {
      depth += 1;
      if (depth === 2) current = [];
    } else if (m[0] === "]") {
      if (depth === 2) out.push(current);
      depth -= 1;
    } else if (m[1] !== undefined || m[2] !== undefined) {
      if (depth !== 2) throw new Error("data: a string outside a file's list");
      current.push(unescape(m[1] ?? m[2]));
    }
  }
  if (depth !== 0 || token.lastIndex < text.length) throw new Error(`data: cannot read ${JSON.stringify(text.slice(token.lastIndex, token.lastIndex + 20))}`);
  return out;
}

function unescape(s) {
  return s.replace(/\\(.)/g, (_, c) => ({ n: "\n", t: "\t" })[c] ?? c);
}
