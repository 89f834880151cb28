// Blocks as data: a pipeline {source: {op, args}, steps: [{op, args}], output: {op, args}}
// ↔ a PySpark program. Only a single chain can be expressed: an optional `data = [...]`,
// one source, `y = x.op(...)` steps each on the one before, and an output call on the last.
// `args` maps parameter names to Python text (lambdas as text).

/** The palette when the package has no operator registry: the builder's methods. */
export const FALLBACK_OPERATORS = [
  src("queueStream", [["data", "[[[\"el rio fluye\", \"el mar\"]], [[\"el rio\"]]]", "any"]]),
  src("socketTextStream", [["hostname", "\"localhost\"", "str"], ["port", "9999", "int"]]),
  src("textFileStream", [["directory", "\"inbox\"", "str"]]),
  op("map", "transformation", [["f", "lambda x: x", "function"]]),
  op("flatMap", "transformation", [["f", "lambda line: line.split(\" \")", "function"]]),
  op("filter", "transformation", [["f", "lambda x: True", "function"]]),
  op("mapValues", "transformation", [["f", "lambda v: v", "function"]]),
  op("flatMapValues", "transformation", [["f", "lambda v: [v]", "function"]]),
  op("reduceByKey", "transformation", [["func", "lambda a, b: a + b", "function"]]),
  op("reduce", "transformation", [["f", "lambda a, b: a + b", "function"]]),
  op("count", "transformation", []),
  op("countByValue", "transformation", []),
  op("groupByKey", "transformation", []),
  op("glom", "transformation", []),
  op("repartition", "transformation", [["numPartitions", "2", "int"]]),
  op("transform", "transformation", [["func", "lambda rdd: rdd.distinct()", "function"]]),
  op("window", "window", [["windowDuration", "2", "duration"], ["slideDuration", "1", "duration"]]),
  op("countByWindow", "window", [["windowDuration", "2", "duration"], ["slideDuration", "1", "duration"]]),
  op("countByValueAndWindow", "window", [["windowDuration", "2", "duration"], ["slideDuration", "1", "duration"]]),
  op("reduceByWindow", "window", [["reduceFunc", "lambda a, b: a + b", "function"], ["invReduceFunc", "None", "function"], ["windowDuration", "2", "duration"], ["slideDuration", "1", "duration"]]),
  op("reduceByKeyAndWindow", "window", [["func", "lambda a, b: a + b", "function"], ["invFunc", "None", "function"], ["windowDuration", "2", "duration"], ["slideDuration", "1", "duration"]]),
  op("updateStateByKey", "state", [["updateFunc", "lambda nuevos, acumulado: sum(nuevos) + (acumulado or 0)", "function"]]),
  op("pprint", "output", [["num", "10", "int"]]),
];

function src(name, params) {
  return { name, kind: "source", receiver: "StreamingContext", params: params.map(([n, d, k]) => ({ name: n, default: d, kind: k })), stateful: false };
}

function op(name, kind, params) {
  return { name, kind, receiver: "DStream", params: params.map(([n, d, k]) => ({ name: n, default: d, kind: k })), stateful: kind === "state" };
}

/** The operators blocks can use: sources on the context, chainable one-stream operators, outputs. */
export function palette(operators) {
  const list = operators ?? FALLBACK_OPERATORS;
  const chainable = (o) => o.receiver === "DStream" && !o.params.some((p) => p.kind === "dstream");
  const sources = list.filter((o) => o.kind === "source" && ["queueStream", "socketTextStream", "textFileStream"].includes(o.name));
  return {
    sources: sources.length ? sources : FALLBACK_OPERATORS.filter((o) => o.kind === "source"),
    steps: list.filter((o) => chainable(o) && o.kind !== "output"),
    outputs: list.filter((o) => chainable(o) && o.kind === "output" && o.name === "pprint"),
  };
}

/** The PySpark program of a pipeline. */
export function generate(p) {
  const lines = [];
  let current = "inputStream";
  if (p.source.op === "queueStream") {
    lines.push(`data = ${p.source.args.data ?? "[]"}`, `${current} = ssc.queueStream(createQUEUERDD(data))`);
  } else {
    lines.push(`${current} = ssc.${p.source.op}(${Object.values(p.source.args).join(", ")})`);
  }
  p.steps.forEach((s, i) => {
    const name = i === p.steps.length - 1 ? "nuevoDStream" : `paso${i + 1}`;
    lines.push(`${name} = ${current}.${s.op}(${argList(s.args)})`);
    current = name;
  });
  lines.push(`${current}.${p.output?.op ?? "pprint"}(${argList(p.output?.args ?? {})})`);
  return `${lines.join("\n")}\n`;
}

/** Arguments in order, stopping before the first empty one (Python defaults cover the rest). */
function argList(args) {
  const values = Object.values(args);
  const end = values.findIndex((v) => v === undefined || String(v).trim() === "");
  return (end < 0 ? values : values.slice(0, end)).join(", ");
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
      source = sourceOf(m[2], m[3], vars);
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

function sourceOf(op, args, vars) {
  if (op !== "queueStream") return { op, args: Object.fromEntries(splitArgs(args).map((a, i) => [i ? "port" : op === "textFileStream" ? "directory" : "hostname", a])) };
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

/** Splits at top-level commas (outside brackets, strings and a lambda's parameters). */
export function splitArgs(text) {
  const out = [];
  let depth = 0;
  let quote = null;
  let start = 0;
  let lambdaParams = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === "\\") i++;
      else if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if ("([{".includes(c)) depth++;
    else if (")]}".includes(c)) depth--;
    else if (depth === 0 && /^lambda\b/.test(text.slice(i, i + 7)) && !/\w/.test(text[i - 1] ?? "")) lambdaParams = true;
    else if (c === ":" && depth === 0) lambdaParams = false;
    else if (c === "," && depth === 0 && !lambdaParams) {
      out.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
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
  let quote = null;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === "\\") i++;
      else if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === "#") return line.slice(0, i);
  }
  return line;
}

function balance(text) {
  let depth = 0;
  let quote = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === "\\") i++;
      else if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if ("([{".includes(c)) depth++;
    else if (")]}".includes(c)) depth--;
  }
  return depth;
}
