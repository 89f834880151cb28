// The JS builder: PySpark's DStream API in camelCase. It writes the PySpark program that
// builds the same pipeline (so every pipeline also runs on a real Spark cluster) and runs
// it with runProgram or startSession. A function is a Python expression given as a string
// ("lambda w: (w, 1)") or a JS function: the program then calls the global `__js_N`, and
// the function's text (`fn.toString()`, not its closure) travels to the worker, which
// rebuilds it and defines `__js_N` before the program runs.

import { RunnelError } from "./errors.js";

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

function args(list) {
  return list.filter((a) => a !== undefined).join(", ");
}

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

  /** queueStream: `batches` is an array of batches, each an array of records. */
  queueStream(batches, oneAtATime = true) {
    const rdds = batches.map((b) => `sc.parallelize(${pyLiteral(b)})`);
    return this.define(`ssc.queueStream([${rdds.join(", ")}]${oneAtATime ? "" : ", oneAtATime=False"})`);
  }

  socketTextStream(host, port) {
    return this.define(`ssc.socketTextStream(${pyLiteral(host)}, ${pyLiteral(port)})`);
  }

  textFileStream(directory) {
    return this.define(`ssc.textFileStream(${pyLiteral(directory)})`);
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

/** One DStream of the builder; its methods mirror PySpark's. */
export class DStream {
  constructor(ssc, name) {
    this.ssc = ssc;
    this.name = name;
  }

  op(method, ...list) {
    return this.ssc.define(`${this.name}.${method}(${args(list)})`);
  }

  output(line) {
    this.ssc.lines.push(line);
    return this;
  }
}

const FN_OPS = { map: "map", flatMap: "flatMap", filter: "filter", mapValues: "mapValues", flatMapValues: "flatMapValues", reduce: "reduce", mapPartitions: "mapPartitions", transform: "transform", updateStateByKey: "updateStateByKey" };
for (const [js, py] of Object.entries(FN_OPS)) {
  DStream.prototype[js] = function (fn) {
    return this.op(py, pyFn(this.ssc, fn, js));
  };
}
const N_OPS = { count: "count", countByValue: "countByValue", groupByKey: "groupByKey", glom: "glom", repartition: "repartition", cache: "cache" };
for (const [js, py] of Object.entries(N_OPS)) {
  DStream.prototype[js] = function (n) {
    return this.op(py, n === undefined ? undefined : pyLiteral(n));
  };
}
Object.assign(DStream.prototype, {
  reduceByKey(fn, numPartitions) {
    return this.op("reduceByKey", pyFn(this.ssc, fn, "reduceByKey"), numPartitions === undefined ? undefined : pyLiteral(numPartitions));
  },
  union(other) {
    return this.op("union", other.name);
  },
  join(other, numPartitions) {
    return this.op("join", other.name, numPartitions === undefined ? undefined : pyLiteral(numPartitions));
  },
  window(windowSeconds, slideSeconds) {
    return this.op("window", pyLiteral(windowSeconds), slideSeconds === undefined ? undefined : pyLiteral(slideSeconds));
  },
  reduceByKeyAndWindow(fn, invFn, windowSeconds, slideSeconds) {
    const f = pyFn(this.ssc, fn, "reduceByKeyAndWindow");
    const inv = invFn == null ? "None" : pyFn(this.ssc, invFn, "reduceByKeyAndWindow");
    return this.op("reduceByKeyAndWindow", f, inv, pyLiteral(windowSeconds), slideSeconds === undefined ? undefined : pyLiteral(slideSeconds));
  },
  countByWindow(windowSeconds, slideSeconds) {
    return this.op("countByWindow", pyLiteral(windowSeconds), pyLiteral(slideSeconds));
  },
  pprint(num) {
    return this.output(`${this.name}.pprint(${num === undefined ? "" : pyLiteral(num)})`);
  },
});
