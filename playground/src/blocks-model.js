// Blocks as data: a pipeline {source: {op, args}, steps: [{op, args}], output: {op, args}}
// ↔ a PySpark program. Only a single chain can be expressed: an optional `data = [...]`,
// one source, `y = x.op(...)` steps each on the one before, and an output call on the last.
// `args` maps parameter names to Python text (lambdas as text).

/** The palette when the package has no operator registry: the builder's methods. */
export const FALLBACK_OPERATORS = [
  src("queueStream", []),
  src("socketTextStream", [["hostname", null, "str"], ["port", null, "int"]]),
  src("textFileStream", [["directory", null, "str"]]),
  ...["map", "flatMap", "filter", "mapValues", "flatMapValues", "transform"].map((n) => op(n, "transformation", [[n === "transform" ? "func" : "f", null, "function"]])),
  op("reduceByKey", "transformation", [["func", null, "function"], ["numPartitions", "None", "int"]]),
  op("reduce", "transformation", [["func", null, "function"]]),
  ...["count", "countByValue", "groupByKey", "glom"].map((n) => op(n, "transformation", [])),
  op("repartition", "transformation", [["numPartitions", null, "int"]]),
  op("window", "window", [["windowDuration", null, "duration"], ["slideDuration", "None", "duration"]]),
  op("countByWindow", "window", [["windowDuration", null, "duration"], ["slideDuration", null, "duration"]]),
  op("countByValueAndWindow", "window", [["windowDuration", null, "duration"], ["slideDuration", null, "duration"]]),
  op("reduceByWindow", "window", [["reduceFunc", null, "function"], ["invReduceFunc", null, "function"], ["windowDuration", null, "duration"], ["slideDuration", null, "duration"]]),
  op("reduceByKeyAndWindow", "window", [["func", null, "function"], ["invFunc", null, "function"], ["windowDuration", null, "duration"], ["slideDuration", "None", "duration"]]),
  op("updateStateByKey", "state", [["updateFunc", null, "function"]]),
  op("pprint", "output", [["num", "10", "int"]]),
];

/** What a new block's fields start with (the course's style), by "op.param" or param. */
const SUGGESTED = {
  data: '[[["el rio fluye", "el mar"]], [["el rio"]]]',
  hostname: '"localhost"',
  port: "9999",
  directory: '"inbox"',
  "map.f": "lambda x: x",
  "flatMap.f": 'lambda line: line.split(" ")',
  "filter.f": "lambda x: True",
  "mapValues.f": "lambda v: v",
  "flatMapValues.f": "lambda v: [v]",
  "transform.func": "lambda rdd: rdd.distinct()",
  "reduceByKey.func": "lambda a, b: a + b",
  "reduce.func": "lambda a, b: a + b",
  "reduceByWindow.reduceFunc": "lambda a, b: a + b",
  "reduceByWindow.invReduceFunc": "None",
  "reduceByKeyAndWindow.func": "lambda a, b: a + b",
  "reduceByKeyAndWindow.invFunc": "None",
  "updateStateByKey.updateFunc": "lambda nuevos, acumulado: sum(nuevos) + (acumulado or 0)",
  "repartition.numPartitions": "2",
  windowDuration: "2",
  slideDuration: "1",
};

// queueStream's block holds the course's data for createQUEUERDD, not RDDs.
const QUEUE_PARAMS = [{ name: "data", kind: "any" }];

function src(name, params) {
  return { name, kind: "source", receiver: "StreamingContext", params: params.map(([n, d, k]) => ({ name: n, ...(d === null ? {} : { default: d }), kind: k })), stateful: false };
}

function op(name, kind, params) {
  return { ...src(name, params), kind, receiver: "DStream", stateful: kind === "state" };
}

/** The operators blocks can use: sources on the context, chainable one-stream operators, outputs. */
export function palette(operators) {
  const list = operators ?? FALLBACK_OPERATORS;
  const chainable = (o) => o.receiver === "DStream" && !o.params.some((p) => /^dstreams?$/.test(p.kind));
  const sources = list.filter((o) => o.kind === "source" && ["queueStream", "socketTextStream", "textFileStream"].includes(o.name));
  return {
    sources: (sources.length ? sources : FALLBACK_OPERATORS.filter((o) => o.kind === "source")).map((o) => (o.name === "queueStream" ? { ...o, params: QUEUE_PARAMS } : o)),
    steps: list.filter((o) => chainable(o) && ["transformation", "window", "state"].includes(o.kind)),
    outputs: list.filter((o) => chainable(o) && o.name === "pprint"),
  };
}

/** A new block for operator `o`: suggested text, else the Python default, else empty. */
export function blockFor(o) {
  const start = (p) => SUGGESTED[`${o.name}.${p.name}`] ?? SUGGESTED[p.name] ?? p.default ?? "";
  return { op: o.name, args: Object.fromEntries(o.params.map((p) => [p.name, start(p)])) };
}

/** The PySpark program of a pipeline (`operators`: the registry, for the defaults it may leave out). */
export function generate(p, operators) {
  const params = new Map(palette(operators).steps.concat(palette(operators).outputs, palette(operators).sources).map((o) => [o.name, o.params]));
  const argList = (b) => args(b.args, params.get(b.op) ?? []);
  const lines = [];
  let current = "inputStream";
  if (p.source.op === "queueStream") {
    lines.push(`data = ${p.source.args.data ?? "[]"}`, `${current} = ssc.queueStream(createQUEUERDD(data))`);
  } else {
    lines.push(`${current} = ssc.${p.source.op}(${argList(p.source)})`);
  }
  p.steps.forEach((s, i) => {
    const name = i === p.steps.length - 1 ? "nuevoDStream" : `paso${i + 1}`;
    lines.push(`${name} = ${current}.${s.op}(${argList(s)})`);
    current = name;
  });
  lines.push(`${current}.${p.output?.op ?? "pprint"}(${p.output ? argList(p.output) : ""})`);
  return `${lines.join("\n")}\n`;
}

/** Arguments in order, without the trailing ones left empty or at their Python default. */
function args(values, params) {
  const list = params.length ? params.map((p) => [values[p.name], p.default]) : Object.values(values).map((v) => [v, undefined]);
  const text = list.map(([v, d]) => [String(v ?? "").trim(), d]);
  while (text.length && (text.at(-1)[0] === "" || text.at(-1)[0] === text.at(-1)[1])) text.pop();
  return text.map(([v]) => v || "None").join(", ");
}

/** The pipeline of a program, or null when it is not a single chain. */
export function parse(program, operators) {
  const known = new Map((operators ?? FALLBACK_OPERATORS).map((o) => [o.name, o]));
  const statements = splitStatements(program);
  const vars = new Map();
  let source = null;
  let current = null;
  const steps = [];
  let output = null;
  for (const s of statements) {
    let m;
    if (output) return null;
    if ((m = /^(\w+)\s*=\s*createQUEUE?E?RDD\((\w+)\)$/.exec(s)) && vars.has(m[2])) vars.set(m[1], { queue: vars.get(m[2]) });
    else if ((m = /^(\w+)\s*=\s*(\[[\s\S]*\])$/.exec(s)) && !source) vars.set(m[1], m[2]);
    else if ((m = /^(\w+)\s*=\s*ssc\.(\w+)\(([\s\S]*)\)$/.exec(s)) && !source) {
      source = sourceOf(m[2], m[3], vars, known);
      if (!source) return null;
      current = m[1];
    } else if ((m = /^(\w+)\s*=\s*(\w+)\.(\w+)\(([\s\S]*)\)$/.exec(s)) && m[2] === current && known.has(m[3])) {
      steps.push({ op: m[3], args: bind(known.get(m[3]), m[4]) });
      current = m[1];
    } else if ((m = /^(\w+)\.(pprint)\(([\s\S]*)\)$/.exec(s)) && m[1] === current) {
      output = { op: m[2], args: bind(known.get("pprint") ?? { params: [{ name: "num" }] }, m[3]) };
    } else return null;
  }
  return source && output ? { source, steps, output } : null;
}

function sourceOf(op, args, vars, known) {
  if (op !== "queueStream") return known.has(op) ? { op, args: bind(known.get(op), args) } : null;
  const [first] = splitArgs(args);
  const inline = /^createQUEUE?E?RDD\((\w+)\)$/.exec(first ?? "");
  const data = inline ? vars.get(inline[1]) : vars.get(first)?.queue;
  return typeof data === "string" ? { op, args: { data } } : null;
}

/** Positional and keyword arguments onto the operator's parameter names. */
function bind(operator, text) {
  const args = {};
  splitArgs(text).forEach((a, i) => {
    const kw = /^(\w+)\s*=(?!=)\s*([\s\S]*)$/.exec(a);
    if (kw && !a.startsWith("lambda")) args[kw[1]] = kw[2];
    else args[operator.params[i]?.name ?? `arg${i}`] = a;
  });
  return args;
}

/**
 * Walks `text` outside its string literals: `visit(i, c, depth)` sees each such character
 * with the bracket depth around it and may return true to stop there. Returns where it
 * stopped (`at`, -1 at the end) and the depth there.
 */
function scanCode(text, visit = () => false) {
  let depth = 0;
  let quote = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === "\\") i++;
      else if (c === quote) quote = null;
      continue;
    }
    if (c === '"' || c === "'") {
      quote = c;
      continue;
    }
    if (")]}".includes(c)) depth--;
    if (visit(i, c, depth)) return { at: i, depth };
    if ("([{".includes(c)) depth++;
  }
  return { at: -1, depth };
}

/** Splits at top-level commas (outside brackets, strings and a lambda's parameters). */
export function splitArgs(text) {
  const out = [];
  let start = 0;
  let lambdaParams = false;
  scanCode(text, (i, c, depth) => {
    if (depth !== 0) return false;
    if (/^lambda\b/.test(text.slice(i, i + 7)) && !/\w/.test(text[i - 1] ?? "")) lambdaParams = true;
    else if (c === ":") lambdaParams = false;
    else if (c === "," && !lambdaParams) {
      out.push(text.slice(start, i).trim());
      start = i + 1;
    }
    return false;
  });
  const last = text.slice(start).trim();
  if (last) out.push(last);
  return out;
}

/** Statements of a program: comments and blank lines dropped, bracketed lines joined. */
export function splitStatements(program) {
  const out = [];
  let buf = "";
  for (const raw of program.split("\n")) {
    const line = stripComment(raw).trimEnd();
    if (!line.trim() && !buf) continue;
    buf = buf ? `${buf}\n${line}` : line.trim();
    if (balance(buf) <= 0) {
      out.push(buf.trim());
      buf = "";
    }
  }
  if (buf) out.push(buf.trim());
  return out;
}

/** A line without its comment (a # outside strings). */
function stripComment(line) {
  const { at } = scanCode(line, (i, c) => c === "#");
  return at < 0 ? line : line.slice(0, at);
}

/** The bracket depth at the end of `text` (above 0: a statement goes on). */
function balance(text) {
  return scanCode(text).depth;
}
