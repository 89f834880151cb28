// The public API of the npm package `runnel`, written on purpose (not generated).

/** One batch of a recorded stream: each partition's records as Python's repr(). */
export interface RecordedBatch {
  /** The batch time in ms after the zero time. */
  time_ms: number;
  partitions: string[][];
}

import type { NodeDescription, GraphDescription as Graph, DiagnosticData, StateSnapshot as State, ErrorData, BatchRecord, QueryDescription } from "./protocol.js";

/**
 * One Structured Streaming micro-batch (`runnel run --json`'s "queries"): batch_id,
 * time_ms, input_rows, columns, rows (cells as show() prints them), watermark_ms (the
 * watermark it ran with) and next_watermark_ms, state (the stateful operators' rows after
 * it), event_times_ms (the events the watermark saw) and late (each row dropped as late:
 * its window or timestamp as show() prints it).
 */
export type QueryBatch = BatchRecord;

/** A started Structured Streaming query: name, mode, sink, trigger, plan (root first, with depths). */
export type QueryPlan = QueryDescription;

/** The worker protocol's version (the messages' types are web/protocol.d.ts, generated from Rust). */
export { PROTOCOL_VERSION } from "./protocol.js";

/**
 * One DStream of the program's graph (`runnel run --json`'s "graph"): id ("n3", the key of
 * its batches with `recordAll`), op (the PySpark method), parents (ids), name (the module
 * variable), windowSeconds/slideSeconds, stateful, output (an output operation reads it),
 * line (of the call that made it).
 */
export type GraphNode = NodeDescription;

/** The program's DStreams, parents before children. */
export type GraphDescription = Graph;

/**
 * A problem as data: excType ("SyntaxError", "ZeroDivisionError", ... or the package's
 * error name), message, line/column..endLine/endColumn (1-based; the parser's range, or the
 * innermost frame of the program that raised), batchTimeMs/batchTime, traceback (the CLI's text).
 */
export type Diagnostic = DiagnosticData;

/** Exactly what `runnel run --clock logical --json` prints. */
export interface RunOutput {
  stdout: string;
  /** Recorded streams by variable name (`record`), or by node id (`recordAll`). */
  streams: Record<string, RecordedBatch[]>;
  /** The program's DStream graph. */
  graph: GraphDescription;
  /** Task output and warnings; absent when empty. */
  stderr?: string;
  /** Each Structured Streaming query's micro-batches, by query name (queryName, or query0, query1...). */
  queries?: Record<string, QueryBatch[]>;
  /** Each Structured Streaming query the program started. */
  query_plans?: QueryPlan[];
  /** The error that ended the program (only on RunnelError.output). */
  error?: string;
  /** The same error as data. */
  diagnostic?: Diagnostic;
}

export interface EngineOptions {
  /** The batch interval of the predefined `ssc`, in seconds (1). */
  batchSeconds?: number;
  /** DStream variables whose batches are recorded (the CLI's --record NAME). */
  record?: string[];
  /** Records every DStream of the graph, keyed by node id ("n3"; the CLI's --record-all). */
  recordAll?: boolean;
  /** sc.defaultParallelism (2, as local[2]). */
  parallelism?: number;
  /** Steps a Python function may run per call before it fails. */
  stepBudget?: number;
  /** The file name shown in errors ("program.py"). */
  filename?: string;
  /** The UTC offset of batch times and of Python's local time (time.localtime, datetime.now), in minutes, fixed (no daylight saving); 0, UTC, when not given (pass -new Date().getTimezoneOffset() for the browser's zone). */
  tzOffsetMinutes?: number;
  /** Files the program can read (sc.textFile), by path. */
  files?: Record<string, string>;
  /**
   * JS functions defined as the program's globals `__js_0`, `__js_1`, ... (the builder
   * fills this). Only their text (`fn.toString()`) crosses to the worker, so closures over
   * outer variables are not carried; a strict CSP needs 'unsafe-eval' to rebuild them.
   */
  jsFunctions?: Array<string | ((...args: any[]) => unknown)>;
  /** Aborting kills the worker; the promise rejects with an AbortError. */
  signal?: AbortSignal;
}

export interface RunOptions extends EngineOptions {
  /** How many batch intervals to run. */
  batches: number;
  clock?: "logical";
  /**
   * Data for receivers: key "host:port" for socketTextStream, the directory for
   * textFileStream; entry k is the text arriving before batch k + 1, one record a line.
   */
  input?: Record<string, string[]>;
}

export interface SessionOptions extends EngineOptions {
  /** "system" (default): batches on the wall clock, as Spark. "logical": zero time 1970-01-01, as fast as allowed. */
  clock?: "system" | "logical";
  /** Stop after this many batches. */
  batches?: number;
  /** Start paused (step() or resume() to run). */
  paused?: boolean;
  /**
   * Where each socketTextStream("host", port) reads: a WebSocket URL, or "push" for lines
   * given with session.push(). Default: ws://host:port.
   */
  sockets?: Record<string, string>;
  /** spark.streaming.receiver.maxRate: records per second per receiver (0: unlimited); each 200 ms block holds maxRate × 0.2. */
  maxRate?: number;
  /** Records a receiver buffers; beyond it input is dropped (100000). */
  maxBuffered?: number;
  /** Batch events kept for the async iterator before the session pauses itself (256). */
  queueLimit?: number;
}

export interface InputMetrics {
  /** "host:port" of the receiver. */
  source: string;
  url: string | null;
  received: number;
  /** Records dropped because the buffer was full. */
  dropped: number;
  /** Records left waiting for later batches (maxRate). */
  delayed: number;
  reconnects: number;
  connected: boolean;
  lastError: string | null;
}

export interface BatchMetrics {
  recordsIn: number;
  processingMs: number;
  schedulingDelayMs: number;
  inputs: InputMetrics[];
}

export interface BatchEvent {
  /** The batch time, ms since the epoch (logical clock: since the zero time). */
  timeMs: number;
  /** The batch time as Spark prints it. */
  time: string;
  /** 1 for the first batch of the session. */
  batch: number;
  /** What the program printed in this batch (pprint, driver prints). Text, not HTML. */
  stdout: string;
  /** Task output and warnings of this batch. */
  stderr: string;
  /** Each recorded stream's partitions in this batch (by name, or by node id with recordAll). */
  streams: Record<string, string[][]>;
  /** The state of every stateful operator after this batch. */
  state: StateSnapshot[];
  /** The Structured Streaming micro-batches of this batch (one per query at most), by query name. */
  queries: Record<string, QueryBatch[]>;
  metrics: BatchMetrics;
  stopped: boolean;
  nextBatchTimeMs: number | null;
}

/**
 * A stateful operator after a batch: node (id), op, entries [repr(key), repr(value)]:
 * updateStateByKey's state, or the window's current contents by key.
 */
export type StateSnapshot = State;

export interface OpenedSource {
  stream: number;
  kind: "socket" | "textFiles";
  key: string;
  host?: string;
  port?: number;
  directory?: string;
}

export interface SessionInfo {
  /** What the module code printed (statements after awaitTermination* included). */
  stdout: string;
  stderr: string;
  sources: OpenedSource[];
  started: boolean;
  stopped: boolean;
  zeroTimeMs: number | null;
  batchMs: number | null;
  nextBatchTimeMs: number | null;
  awaitTimeoutSeconds: number | null;
  /** ssc.stop() came after awaitTerminationOrTimeout(t): the session stops t seconds after the start. */
  stopRequested: boolean;
  /** The program's DStream graph. */
  graph: GraphDescription;
  /** The Structured Streaming queries the module code started. */
  queryPlans: QueryPlan[];
  /** The micro-batches the module code ran (processAllAvailable, trigger(once=True)), by query name. */
  queries: Record<string, QueryBatch[]>;
}

/** "idle": on the logical clock, the Structured Streaming queries processed all the data there was and no socket can bring more. */
export type EndReason = "stopped" | "timeout" | "batches" | "error" | "crash" | "no-context" | "idle";

export interface SessionEnd {
  reason: EndReason;
  files?: Record<string, string>;
}

export class RunnelError extends Error {
  name: "RunnelError" | "RunnelCrash" | "AbortError" | "TypeError" | string;
  /** For runProgram: the partial output, as the CLI's --json prints it. */
  output?: RunOutput;
  /** The problem as data (always set; the engine's errors have lines and batch times). */
  diagnostic: Diagnostic;
}

/** The data of a session's "error" event. */
export type ErrorEvent = ErrorData;

export interface Session extends AsyncIterable<BatchEvent> {
  readonly info: SessionInfo;
  /** Resolves when the session has ended. */
  readonly done: Promise<SessionEnd>;
  on(event: "batch", listener: (event: BatchEvent) => void): () => void;
  on(event: "error", listener: (error: ErrorEvent) => void): () => void;
  on(event: "end", listener: (end: SessionEnd) => void): () => void;
  off(event: "batch" | "error" | "end", listener: (...args: any[]) => void): void;
  pause(): Promise<void>;
  resume(): Promise<void>;
  /** Runs one batch now. */
  step(): Promise<void>;
  /** Lines for a receiver (a netcat-like input): text split at newlines, or an array. `source` is "host:port" or a directory. */
  push(lines: string | string[], source?: string): Promise<{ source: string; lines: number } | undefined>;
  /** A file `dir/name` for the program's Structured Streaming file sources (readStream...json(dir)), read at the next trigger. */
  addFile(path: string, text: string): Promise<{ path: string } | undefined>;
  /** Ends the session at once (its worker is terminated). */
  stop(): Promise<SessionEnd>;
  close(): Promise<SessionEnd>;
}

export interface ConfigureOptions {
  /** The worker script (default: the package's worker.js / worker-node.js). */
  workerURL?: string | URL;
  /** The engine: a URL, a Response, bytes or a compiled WebAssembly.Module. */
  wasm?: string | URL | Response | BufferSource | WebAssembly.Module;
  /** The full engine (Python's `re`, `pyspark.sql`), loaded only for programs that need it. */
  fullWasm?: string | URL | Response | BufferSource | WebAssembly.Module;
}

export function configure(options: ConfigureOptions): void;
export function init(): Promise<{ version: string; protocol: number }>;
export function runProgram(source: string, options: RunOptions): Promise<RunOutput>;
export function startSession(source: string, options?: SessionOptions): Promise<Session>;

/** An engine whose sessions and runs share one worker (several playgrounds on a page). */
export interface Engine {
  runProgram(source: string, options: RunOptions): Promise<RunOutput>;
  /** A session on the shared worker: stop() ends it between batches, the worker goes on. */
  startSession(source: string, options?: SessionOptions): Promise<Session>;
  /** Ends the worker and every session on it. */
  close(): void;
}
export function createEngine(): Engine;

/** A Python tuple in queueStream data. */
export interface PyTuple {
  readonly __tuple: unique symbol;
}
export function tuple(...items: unknown[]): PyTuple;

/** A JS value as the builder's JS callbacks see Python values (and may return them). */
export type PyValue = null | boolean | number | string | PyValue[] | { [key: string]: PyValue } | Map<PyValue, PyValue>;

/**
 * A Python function given as source text ("lambda w: (w, 1)"), or a JS function (its text
 * is rebuilt in the worker: no closures; an array it returns is a Python tuple).
 */
export type PyFn = string | ((...args: any[]) => PyValue | undefined | void);

// BEGIN GENERATED from the operator registry (crates/runnel_pyspark/src/operators): do not edit

/** The builder's DStream: PySpark's DStream methods, writing the program. */
export class DStream {
  readonly name: string;
  /** The number of records of each batch. `lines.count()` */
  count(): DStream;
  /** The records for which f is true. `lines.filter(lambda l: len(l) > 3)` */
  filter(f: PyFn | null): DStream;
  /** Every item of f(record), for each record. `lines.flatMap(lambda l: l.split(" "))` */
  flatMap(f: PyFn | null, preservesPartitioning?: boolean): DStream;
  /** f of each record. `lines.map(lambda l: l.upper())` */
  map(f: PyFn | null, preservesPartitioning?: boolean): DStream;
  /** f of each partition's records (an iterator), flattened. `nums.mapPartitions(lambda it: [sum(it)])` */
  mapPartitions(f: PyFn | null, preservesPartitioning?: boolean): DStream;
  /** f of each partition's index and records, flattened. `nums.mapPartitionsWithIndex(lambda i, it: [(i, sum(it))])` */
  mapPartitionsWithIndex(f: PyFn | null, preservesPartitioning?: boolean): DStream;
  /** Each batch reduced to one record with func. `nums.reduce(lambda a, b: max(a, b))` */
  reduce(func: PyFn | null): DStream;
  /** The values of each key reduced with func, each batch. `pairs.reduceByKey(lambda a, b: a + b)` */
  reduceByKey(func: PyFn | null, numPartitions?: number): DStream;
  /** The values of each key combined with three functions, each batch. `pairs.combineByKey(lambda v: (v, 1), lambda c, v: (c[0] + v, c[1] + 1), lambda a, b: (a[0] + b[0], a[1] + b[1]))` */
  combineByKey(createCombiner: PyFn | null, mergeValue: PyFn | null, mergeCombiners: PyFn | null, numPartitions?: number): DStream;
  /** The records placed in numPartitions partitions by the hash of their key. `pairs.partitionBy(3)` */
  partitionBy(numPartitions: number, partitionFunc?: PyFn | null): DStream;
  /** Calls func(rdd) or func(time, rdd) on the driver for each batch. `lines.foreachRDD(lambda rdd: print(rdd.collect()))` */
  foreachRDD(func: PyFn | null): this;
  /** Prints the batch time and the first num records of each batch. `lines.pprint()` */
  pprint(num?: number): this;
  /** f of each (key, value) record's value. `pairs.mapValues(lambda v: v * 2)` */
  mapValues(f: PyFn | null): DStream;
  /** (key, x) for every x of f(value). `pairs.flatMapValues(lambda v: range(v))` */
  flatMapValues(f: PyFn | null): DStream;
  /** Each partition as one list. `nums.glom()` */
  glom(): DStream;
  /** Keeps the batches in memory (MEMORY_ONLY). `lines.cache()` */
  cache(): DStream;
  /** Keeps the batches at the given storage level. `lines.persist(StorageLevel.MEMORY_ONLY)` */
  persist(storageLevel: string): DStream;
  /** Checkpoints the batches every interval seconds. `counts.checkpoint(10)` */
  checkpoint(interval: number): DStream;
  /** The values of each key together, each batch. `pairs.groupByKey()` */
  groupByKey(numPartitions?: number): DStream;
  /** (record, count) for each distinct record, each batch. `words.countByValue()` */
  countByValue(): DStream;
  /** Writes each batch as text files under prefix-TIME_IN_MS[.suffix]. `counts.saveAsTextFiles("out/counts", "txt")` */
  saveAsTextFiles(prefix: string, suffix?: string): this;
  /** The RDD func(rdd) or func(time, rdd) returns, each batch. `lines.transform(lambda rdd: rdd.distinct())` */
  transform(func: PyFn | null): DStream;
  /** The RDD func(rdd, other_rdd) returns, each batch. `a.transformWith(lambda x, y: x.union(y), b)` */
  transformWith(func: PyFn | null, other: DStream, keepSerializer?: boolean): DStream;
  /** The records spread over numPartitions partitions. `lines.repartition(4)` */
  repartition(numPartitions: number): DStream;
  /** The records of both DStreams, each batch. `a.union(b)` */
  union(other: DStream): DStream;
  /** For each key, the values of both DStreams, each batch. `a.cogroup(b)` */
  cogroup(other: DStream, numPartitions?: number): DStream;
  /** (key, (v, w)) for each pair of values of a key in both, each batch. `a.join(b)` */
  join(other: DStream, numPartitions?: number): DStream;
  /** join, keeping keys only on the left (w is None). `a.leftOuterJoin(b)` */
  leftOuterJoin(other: DStream, numPartitions?: number): DStream;
  /** join, keeping keys only on the right (v is None). `a.rightOuterJoin(b)` */
  rightOuterJoin(other: DStream, numPartitions?: number): DStream;
  /** join, keeping keys of either side. `a.fullOuterJoin(b)` */
  fullOuterJoin(other: DStream, numPartitions?: number): DStream;
  /** The records of the batches in a sliding window. `lines.window(3, 1)` */
  window(windowDuration: number, slideDuration?: number): DStream;
  /** The records of a sliding window reduced to one with reduceFunc. `nums.reduceByWindow(lambda a, b: a + b, None, 3, 1)` */
  reduceByWindow(reduceFunc: PyFn | null, invReduceFunc: PyFn | null, windowDuration: number, slideDuration: number): DStream;
  /** The number of records in a sliding window. `lines.countByWindow(3, 1)` */
  countByWindow(windowDuration: number, slideDuration: number): DStream;
  /** (record, count) for each distinct record in a sliding window. `words.countByValueAndWindow(3, 1)` */
  countByValueAndWindow(windowDuration: number, slideDuration: number, numPartitions?: number): DStream;
  /** The values of each key in a sliding window together. `pairs.groupByKeyAndWindow(3, 1)` */
  groupByKeyAndWindow(windowDuration: number, slideDuration: number, numPartitions?: number): DStream;
  /** The values of each key in a sliding window reduced with func. `pairs.reduceByKeyAndWindow(lambda a, b: a + b, None, 3, 1)` */
  reduceByKeyAndWindow(func: PyFn | null, invFunc: PyFn | null, windowDuration: number, slideDuration?: number, numPartitions?: number, filterFunc?: PyFn | null): DStream;
  /** Each key's state: updateFunc(new values, old state), each batch. `pairs.updateStateByKey(lambda vs, s: sum(vs) + (s or 0))` */
  updateStateByKey(updateFunc: PyFn | null, numPartitions?: number, initialRDD?: unknown[] | null): DStream;
}

/** The builder's sources and operators over several DStreams (beside the StreamingContext's own methods). */
export interface StreamingContextOperators {
  /** A DStream of the given RDDs (or lists), one per batch. `ssc.queueStream([sc.parallelize([1, 2]), sc.parallelize([3])])` */
  queueStream(rdds: unknown[][], oneAtATime?: boolean, defaultRdd?: unknown[] | null): DStream;
  /** Lines of text received from a TCP server, one record per line. `ssc.socketTextStream("localhost", 9999)` */
  socketTextStream(hostname: string, port: number, storageLevel?: string): DStream;
  /** The lines of new files appearing in a directory. `ssc.textFileStream("data/")` */
  textFileStream(directory: string): DStream;
  /** Fixed-length byte records of new files appearing in a directory. `ssc.binaryRecordsStream("data/", 4)` */
  binaryRecordsStream(directory: string, recordLength: number): DStream;
  /** The RDD a function makes of the RDDs of several DStreams, each batch. `ssc.transform([a, b], lambda rdds: rdds[0].union(rdds[1]))` */
  transform(dstreams: DStream[], transformFunc: PyFn | null): DStream;
  /** The records of several DStreams together, each batch. `ssc.union(a, b, c)` */
  union(...dstreams: DStream[]): DStream;
}
// END GENERATED

/** One operator of the registry (`operators()`). */
export interface OperatorParam {
  name: string;
  /** The default, as Python text; absent: required. */
  default?: string;
  kind: "function" | "int" | "bool" | "str" | "duration" | "time" | "dstream" | "dstreams" | "rdds" | "rdd" | "storageLevel" | "any";
  /** `*name`: every remaining positional argument. */
  variadic?: boolean;
}
export interface Operator {
  name: string;
  kind: "source" | "transformation" | "window" | "state" | "output" | "other";
  receiver: "StreamingContext" | "DStream";
  params: OperatorParam[];
  /** How many DStreams it reads. */
  arity: number | "any";
  stateful: boolean;
  doc: string;
  example: string;
  /** The conformance case that pins it on Spark. */
  case?: string;
}
/** The operator registry: every PySpark Streaming operator, as data (a fresh copy). */
export function operators(): Operator[];

/** The builder's sources (queueStream's `rdds`: batches, each an array of records). */
export interface StreamingContext extends StreamingContextOperators {}
/** PySpark's StreamingContext in camelCase; it writes the PySpark program it runs. */
export class StreamingContext {
  constructor(options?: { batchSeconds?: number; appName?: string });
  /** The PySpark program of the pipeline (it runs on Spark too). */
  toPython(): string;
  /** runProgram; every stream is recorded under its variable name (s1, s2, ...). */
  run(options: Omit<RunOptions, "batchSeconds">): Promise<RunOutput>;
  start(options?: Omit<SessionOptions, "batchSeconds">): Promise<Session>;
}
