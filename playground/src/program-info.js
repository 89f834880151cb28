// What the page needs to know about a program before it runs: the sockets, directories
// and files it reads, to wire the input panels. A light scan of the text; the engine is
// the judge of what the program means.

const STRING = String.raw`["']([^"'\n]*)["']`;

/** Every `socketTextStream("host", port)` as "host:port". */
export function socketKeys(source) {
  const re = new RegExp(String.raw`socketTextStream\(\s*${STRING}\s*,\s*(\d+)`, "g");
  return unique([...source.matchAll(re)].map((m) => `${m[1]}:${m[2]}`));
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
