// The JS builder: PySpark's DStream API in camelCase. It writes the PySpark program that
// builds the same pipeline (so every pipeline also runs on a real Spark cluster) and runs
// it with runProgram or startSession. A function is a Python expression given as a string
// ("lambda w: (w, 1)") or a JS function: the program then calls the global `__js_N`, and
// the function's text (`fn.toString()`, not its closure) travels to the worker, which
// rebuilds it and defines `__js_N` before the program runs.

import { RunnelError } from "./errors.js";
import { OPERATORS } from "./operators.js";

const TUPLE = Symbol("runnel.tuple");

/** A Python tuple in queueStream data: tuple("a", 1) is ('a', 1). */
export function tuple(...items) {
  return { [TUPLE]: items };
}

/** A JS value as a Python literal. */
export function pyLiteral(v) {
  if (v === null || v === undefined) return "None";
  if (v === true) return "True";
  if (v === false) return "False";
  if (typeof v === "number") {
    if (Number.isNaN(v)) return 'float("nan")';
    if (!Number.isFinite(v)) return v > 0 ? 'float("inf")' : '-float("inf")';
    return String(v);
  }
  if (typeof v === "bigint") return v.toString();
  if (typeof v === "string") return JSON.stringify(v);
  if (v[TUPLE]) return v[TUPLE].length === 1 ? `(${pyLiteral(v[TUPLE][0])},)` : `(${v[TUPLE].map(pyLiteral).join(", ")})`;
  if (Array.isArray(v)) return `[${v.map(pyLiteral).join(", ")}]`;
  if (v instanceof Set) return v.size ? `{${[...v].map(pyLiteral).join(", ")}}` : "set()";
  if (typeof v === "object") return `{${Object.entries(v).map(([k, x]) => `${pyLiteral(k)}: ${pyLiteral(x)}`).join(", ")}}`;
  throw new RunnelError(`cannot write ${typeof v} as a Python value`, { name: "TypeError" });
}

/** A function argument in the program: a Python lambda string, or `__js_N` for a JS function. */
function pyFn(ssc, fn, where) {
  if (typeof fn === "string" && fn.trim()) return fn.trim();
  if (typeof fn === "function") {
    ssc.jsFunctions.push(fn.toString());
    return `__js_${ssc.jsFunctions.length - 1}`;
  }
  throw new RunnelError(`${where}: expected a JS function or a Python lambda string`, { name: "TypeError" });
}

/** The Python text of argument `v` for parameter `param` (the registry says its kind). */
function pyArg(ssc, param, v, where) {
  if (v === undefined) return param.default ?? "None";
  switch (param.kind) {
    case "function":
      return v === null ? "None" : pyFn(ssc, v, where);
    case "dstream":
      return dstreamName(v, where);
    case "dstreams":
      return `[${[].concat(v).map((d) => dstreamName(d, where)).join(", ")}]`;
    case "rdd":
      return v === null ? "None" : `sc.parallelize(${pyLiteral(v)})`;
    case "rdds":
      return `[${v.map((b) => `sc.parallelize(${pyLiteral(b)})`).join(", ")}]`;
    case "storageLevel":
      return String(v);
    default:
      return pyLiteral(v);
  }
}

function dstreamName(v, where) {
  if (v instanceof DStream) return v.name;
  throw new RunnelError(`${where}: expected a DStream of this builder`, { name: "TypeError" });
}

/** A call's argument list: trailing arguments left out stay out; one left out before a given one gets its default. */
function pyArgs(ssc, op, given) {
  const params = op.params;
  const variadic = params.find((p) => p.variadic);
  if (variadic) return given.map((v) => pyArg(ssc, variadic, v, op.name)).join(", ");
  if (given.length > params.length) {
    throw new RunnelError(`${op.name}: takes at most ${params.length} arguments, got ${given.length}`, { name: "TypeError" });
  }
  let last = given.length;
  while (last > 0 && given[last - 1] === undefined) last--;
  const out = [];
  for (let i = 0; i < last; i++) out.push(pyArg(ssc, params[i], given[i], op.name));
  for (let i = last; i < params.length; i++) {
    if (params[i].default === undefined && !params[i].variadic) {
      throw new RunnelError(`${op.name}: missing required argument '${params[i].name}'`, { name: "TypeError" });
    }
  }
  return out.join(", ");
}

/** DStream methods the builder leaves out: they make no pipeline (the registry's export says the same). */
export const NOT_IN_BUILDER = ["context", "slice"];

/** A StreamingContext that writes the PySpark program as the pipeline is built. */
export class StreamingContext {
  constructor(api, { batchSeconds = 1, appName = "runnel" } = {}) {
    this.api = api;
    this.batchSeconds = batchSeconds;
    this.lines = [
      "from pyspark import SparkContext",
      "from pyspark.streaming import StreamingContext",
      `sc = SparkContext("local[2]", ${JSON.stringify(appName)})`,
      `ssc = StreamingContext(sc, ${pyLiteral(batchSeconds)})`,
    ];
    this.count = 0;
    this.names = [];
    /** Source texts of the JS functions, `__js_0`, `__js_1`, ... in the program. */
    this.jsFunctions = [];
  }

  define(expr) {
    const name = `s${++this.count}`;
    this.lines.push(`${name} = ${expr}`);
    this.names.push(name);
    return new DStream(this, name);
  }

  /** The PySpark program of the pipeline built so far. */
  toPython() {
    const head = this.jsFunctions.length
      ? [
          `# This program calls JS callbacks (${this.jsFunctions.map((_, i) => `__js_${i}`).join(", ")}) that runnel's`,
          "# builder defines from JS functions: it cannot run on Spark as is (write those",
          "# functions as Python lambdas for that).",
        ]
      : [];
    return [...head, ...this.lines, "ssc.start()", "ssc.awaitTermination()", ""].join("\n");
  }

  /** What run and start pass: the recorded streams and the JS functions' texts. */
  runOptions(options) {
    return { batchSeconds: this.batchSeconds, record: this.names, ...options, jsFunctions: [...this.jsFunctions] };
  }

  /** Runs it with runProgram; every stream is recorded, under its variable name (s1, s2, ...). */
  run(options = {}) {
    return this.api.runProgram(this.toPython(), this.runOptions(options));
  }

  /** Runs it live with startSession. */
  start(options = {}) {
    return this.api.startSession(this.toPython(), this.runOptions(options));
  }
}

/** One DStream of the builder; its methods are PySpark's (from the operator registry). */
export class DStream {
  constructor(ssc, name) {
    this.ssc = ssc;
    this.name = name;
  }
}

// Every operator of the registry is a method: sources and ssc.union/transform on the
// StreamingContext, the rest on DStream. Outputs add a line and return the DStream.
for (const op of OPERATORS) {
  if (op.receiver === "StreamingContext") {
    StreamingContext.prototype[op.name] = function (...given) {
      return this.define(`ssc.${op.name}(${pyArgs(this, op, given)})`);
    };
  } else if (!NOT_IN_BUILDER.includes(op.name)) {
    DStream.prototype[op.name] = function (...given) {
      const call = `${this.name}.${op.name}(${pyArgs(this.ssc, op, given)})`;
      if (op.kind !== "output") return this.ssc.define(call);
      this.ssc.lines.push(call);
      return this;
    };
  }
}
