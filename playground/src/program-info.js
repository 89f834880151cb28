// What the page needs to know about a program before it runs: the sockets, directories
// and files it reads, to wire the input panels. A light scan of the text; the engine is
// the judge of what the program means.

const STRING = String.raw`["']([^"'\n]*)["']`;

/**
 * Every `socketTextStream("host", port)`, and every Structured Streaming socket source
 * (`readStream.format("socket").option("host", h).option("port", p)`), as "host:port".
 */
export function socketKeys(source) {
  const re = new RegExp(String.raw`socketTextStream\(\s*${STRING}\s*,\s*(\d+)`, "g");
  const dstreams = [...source.matchAll(re)].map((m) => `${m[1]}:${m[2]}`);
  return unique([...dstreams, ...readStreamSockets(source)]);
}

const OPTION = (name) => new RegExp(String.raw`\.option\(\s*["']${name}["']\s*,\s*["']?([^"'\s)]+)`);

function readStreamSockets(source) {
  const out = [];
  for (const m of source.matchAll(/\.format\(\s*["']socket["']\s*\)/g)) {
    // The options of the same reader: up to its load().
    const rest = source.slice(m.index, source.indexOf(".load(", m.index) + 1 || m.index + 400);
    const host = OPTION("host").exec(rest)?.[1];
    const port = OPTION("port").exec(rest)?.[1];
    if (host && port) out.push(`${host}:${port}`);
  }
  return out;
}

/** Whether the program reads Structured Streaming sources (its files are `dir/name`). */
export function readsStreams(source) {
  return /\breadStream\b/.test(source);
}

/** Every `textFileStream("dir")` directory. */
export function fileStreamDirs(source) {
  return unique([...source.matchAll(new RegExp(String.raw`textFileStream\(\s*${STRING}`, "g"))].map((m) => m[1]));
}

/** Every `sc.textFile("path")` path. */
export function textFilePaths(source) {
  return unique([...source.matchAll(new RegExp(String.raw`\.textFile\(\s*${STRING}`, "g"))].map((m) => m[1]));
}

function unique(list) {
  return [...new Set(list)];
}
