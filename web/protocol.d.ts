// Generated from crates/runnel_protocol (Rust serde types) by its tests/drift.rs:
// do not edit; run `UPDATE_PROTOCOL=1 cargo test -p runnel_protocol`.

export declare const PROTOCOL_VERSION: 2;

export type GraphDescription = { nodes: Array<NodeDescription>, };

export type NodeDescription = { 
/**
 * `"n3"`: stable for a program (the node's index in the core graph).
 */
id: string, 
/**
 * The PySpark method that made it (`queueStream`, `reduceByKeyAndWindow`, ...).
 */
op: string, parents: Array<string>, 
/**
 * The module-level variable it was assigned to, if any.
 */
name?: string, 
/**
 * A window's length (windowed operators only).
 */
windowSeconds?: number, 
/**
 * The interval between the node's batches (the batch interval unless windowed).
 */
slideSeconds?: number, stateful: boolean, 
/**
 * An output operation (pprint, foreachRDD, saveAsTextFiles) reads it.
 */
output: boolean, 
/**
 * The program line of the call that made it.
 */
line?: number, };

export type Severity = "error";

export type DiagnosticData = { 
/**
 * Always `"error"` for now.
 */
severity: Severity, 
/**
 * Python's exception type: `SyntaxError`, `ZeroDivisionError`, ...
 */
excType: string, 
/**
 * The message after `Type: `.
 */
message: string, 
/**
 * 1-based line: where the parser points for a syntax error, the innermost frame of the
 * program for an exception.
 */
line?: number, 
/**
 * 1-based column in characters (compile errors only).
 */
column?: number, 
/**
 * Where a compile error's range ends: line...
 */
endLine?: number, 
/**
 * ...and 1-based column.
 */
endColumn?: number, 
/**
 * The batch whose computation raised it (ms since the epoch).
 */
batchTimeMs?: number, 
/**
 * The batch's time as Spark prints it.
 */
batchTime?: string, 
/**
 * The whole report as the CLI prints it (traceback, caret, batch).
 */
traceback?: string, 
/**
 * `true` when the program imported a module this build leaves out (the npm package's
 * lite engine): its full engine runs the program.
 */
needsFullEngine?: boolean, };

export type StateSnapshot = { 
/**
 * The node id of the graph's description (`"n3"`).
 */
node: string, 
/**
 * The operator keeping it (`updateStateByKey`, `reduceByKeyAndWindow`, ...).
 */
op: string, 
/**
 * `(repr(key), repr(value))` of each entry, in partition order.
 */
entries: Array<[string, string]>, };

export type RecordedBatch = { 
/**
 * The batch time in ms after the zero time.
 */
time_ms: number, 
/**
 * Each partition's records as Python's `repr()`.
 */
partitions: Array<Array<string>>, };

export type BatchRecord = { batch_id: number, 
/**
 * The clock's time when the batch ran (ms).
 */
time_ms: number, input_rows: number, columns: Array<string>, 
/**
 * The rows the sink got, each cell as `show()` prints it.
 */
rows: Array<Array<string>>, 
/**
 * The watermark the batch ran with (ms), when the query has one.
 */
watermark_ms?: number, 
/**
 * The watermark after the batch (what the next batch runs with).
 */
next_watermark_ms?: number, 
/**
 * The stateful operators' rows after the batch: groups (keys then aggregates),
 * deduplication keys, buffered join rows; at most 1000.
 */
state: Array<Array<string>>, 
/**
 * The event times the watermark operator saw in this batch (ms), at most 1000.
 */
event_times_ms: Array<number>, 
/**
 * For each input row dropped as late (its event-time key at or below the watermark
 * the batch ran with), that key as `show()` prints it: a window `{start, end}` or a
 * timestamp; at most 1000.
 */
late: Array<string>, };

export type PlanLine = { 
/**
 * 0 for the root.
 */
depth: number, 
/**
 * The operator (`Aggregate`, `EventTimeWatermark`, `FileStreamSource[json]`...).
 */
op: string, 
/**
 * Its arguments as text (columns, condition, delay).
 */
detail: string, streaming: boolean, };

export type QueryDescription = { 
/**
 * The key of its records: `queryName`, or `query0`, `query1`... in start order.
 */
name: string, 
/**
 * `append`, `update` or `complete`.
 */
mode: string, 
/**
 * `console`, `memory`, `foreachBatch`, `noop`.
 */
sink: string, 
/**
 * `default`, `processingTime`, `once`, `availableNow`, `continuous`.
 */
trigger: string, 
/**
 * The plan's operators, root first; children follow their parent one level deeper.
 */
plan: Array<PlanLine>, };

export type RunOutput = { 
/**
 * Everything the program printed on the driver.
 */
stdout: string, 
/**
 * Each `--record` stream's batches (with `--record-all`: every stream's, by node id).
 */
streams: { [key in string]: Array<RecordedBatch> }, 
/**
 * The program's DStream graph ([`Session::describe`]).
 */
graph: GraphDescription, 
/**
 * Task output and warnings.
 */
stderr: string, 
/**
 * Each Structured Streaming query's micro-batches (rows, watermark, state), by
 * query name, when the session recorded them.
 */
queries: { [key in string]: Array<BatchRecord> }, 
/**
 * Each Structured Streaming query the program started: name, output mode, sink,
 * trigger and plan (the playground's query graph).
 */
query_plans?: Array<QueryDescription>, 
/**
 * The output jobs that failed while the stream went on (a snippet's: Spark's
 * JobScheduler logs them), as data.
 */
job_errors?: Array<DiagnosticData>, 
/**
 * The error that ended the program, rendered for people.
 */
error?: string, 
/**
 * The same error as data (type, message, line and column, batch time).
 */
diagnostic?: DiagnosticData, };

export type EngineOptions = { 
/**
 * The batch interval of the predefined `ssc` (1 s by default).
 */
batchSeconds?: number, 
/**
 * DStream variables whose batches are recorded (the CLI's `--record NAME`).
 */
record?: Array<string>, 
/**
 * Records every DStream of the graph, keyed by node id (`--record-all`).
 */
recordAll?: boolean, 
/**
 * `sc.defaultParallelism` (2 by default, as `local[2]`).
 */
parallelism?: number, 
/**
 * Steps a Python function may run per call.
 */
stepBudget?: number, 
/**
 * The file name shown in errors (`program.py`).
 */
filename?: string, 
/**
 * The UTC offset of batch times and of Python's local time (time.localtime, datetime.now), in minutes, fixed (no daylight saving); 0, UTC, when not given.
 */
tzOffsetMinutes?: number, 
/**
 * Source texts of JS functions (`fn.toString()`), defined as the globals `__js_0`,
 * `__js_1`, ...
 */
jsFunctions?: Array<string>, };

export type ProgramOptions = { 
/**
 * How many batch intervals to run.
 */
batches?: number, 
/**
 * Only `"logical"` runs to completion here; live runs are sessions.
 */
clock?: string, 
/**
 * Files the program can read (`sc.textFile`), by path.
 */
files?: { [key in string]: string }, 
/**
 * Data for the program's receivers: for a `socketTextStream` the key `"host:port"`,
 * for a `textFileStream` its directory; entry k is the text arriving before batch
 * k + 1, one record per line.
 */
input?: { [key in string]: Array<string> }, 
/**
 * The batch interval of the predefined `ssc` (1 s by default).
 */
batchSeconds?: number, 
/**
 * DStream variables whose batches are recorded (the CLI's `--record NAME`).
 */
record?: Array<string>, 
/**
 * Records every DStream of the graph, keyed by node id (`--record-all`).
 */
recordAll?: boolean, 
/**
 * `sc.defaultParallelism` (2 by default, as `local[2]`).
 */
parallelism?: number, 
/**
 * Steps a Python function may run per call.
 */
stepBudget?: number, 
/**
 * The file name shown in errors (`program.py`).
 */
filename?: string, 
/**
 * The UTC offset of batch times and of Python's local time (time.localtime, datetime.now), in minutes, fixed (no daylight saving); 0, UTC, when not given.
 */
tzOffsetMinutes?: number, 
/**
 * Source texts of JS functions (`fn.toString()`), defined as the globals `__js_0`,
 * `__js_1`, ...
 */
jsFunctions?: Array<string>, };

export type LiveOptions = { 
/**
 * `"system"` (default): batch times from the wall clock, as Spark. `"logical"`: the
 * zero time is the epoch and batches run as fast as allowed, or when stepped.
 */
clock?: string, 
/**
 * Files the program can read, by path.
 */
files?: { [key in string]: string }, 
/**
 * Stop after this many batches (the worker's).
 */
batches?: number, 
/**
 * Start paused (the worker's).
 */
paused?: boolean, 
/**
 * Where each `socketTextStream("host", port)` reads: a WebSocket URL, or `"push"`.
 */
sockets?: { [key in string]: string }, 
/**
 * `spark.streaming.receiver.maxRate`: records per second per receiver (0: unlimited).
 */
maxRate?: number, 
/**
 * Records a receiver buffers; beyond it input is dropped.
 */
maxBuffered?: number, 
/**
 * The batch interval of the predefined `ssc` (1 s by default).
 */
batchSeconds?: number, 
/**
 * DStream variables whose batches are recorded (the CLI's `--record NAME`).
 */
record?: Array<string>, 
/**
 * Records every DStream of the graph, keyed by node id (`--record-all`).
 */
recordAll?: boolean, 
/**
 * `sc.defaultParallelism` (2 by default, as `local[2]`).
 */
parallelism?: number, 
/**
 * Steps a Python function may run per call.
 */
stepBudget?: number, 
/**
 * The file name shown in errors (`program.py`).
 */
filename?: string, 
/**
 * The UTC offset of batch times and of Python's local time (time.localtime, datetime.now), in minutes, fixed (no daylight saving); 0, UTC, when not given.
 */
tzOffsetMinutes?: number, 
/**
 * Source texts of JS functions (`fn.toString()`), defined as the globals `__js_0`,
 * `__js_1`, ...
 */
jsFunctions?: Array<string>, };

export type OpenedSource = { 
/**
 * The stream id to push its lines to.
 */
stream: number, 
/**
 * `"socket"` or `"textFiles"`.
 */
kind: string, 
/**
 * `"host:port"` or the directory.
 */
key: string, host?: string, port?: number, directory?: string, };

export type Started = { 
/**
 * What the module code printed (statements after `awaitTermination*` included).
 */
stdout: string, stderr: string, sources: Array<OpenedSource>, 
/**
 * Whether a streaming context started (otherwise there are no batches to run).
 */
started: boolean, stopped: boolean, 
/**
 * `ssc.stop()` came after `awaitTerminationOrTimeout`: the worker stops at the timeout.
 */
stopRequested: boolean, zeroTimeMs: number | null, batchMs: number | null, nextBatchTimeMs: number | null, awaitTimeoutSeconds: number | null, 
/**
 * The program's DStream graph.
 */
graph: GraphDescription, 
/**
 * The Structured Streaming queries the module code started (the query graph).
 */
queryPlans: Array<QueryDescription>, 
/**
 * The micro-batches the module code ran (`processAllAvailable`, `trigger(once=True)`),
 * by query name.
 */
queries: { [key in string]: Array<BatchRecord> }, };

export type BatchDone = { timeMs: number, 
/**
 * The batch time as Spark prints it (`2026-11-24 10:00:01`).
 */
time: string, recordsIn: number, stdout: string, stderr: string, 
/**
 * The output jobs that failed while the stream went on, as Spark's JobScheduler
 * logs them (a snippet's, or one sleeping after `ssc.start()`).
 */
jobErrors: Array<DiagnosticData>, 
/**
 * Each recorded stream's partitions at this batch (records as `repr`).
 */
streams: { [key in string]: Array<Array<string>> }, 
/**
 * The state of every stateful operator after this batch.
 */
state: Array<StateSnapshot>, 
/**
 * The Structured Streaming micro-batches this batch ran, by query name.
 */
queries: { [key in string]: Array<BatchRecord> }, 
/**
 * A Structured Streaming trigger that found nothing to run (no new data, no
 * watermark to act on): the worker posts no event for it.
 */
idle: boolean, stopped: boolean, nextBatchTimeMs: number | null, };

export type ReceiverCounts = { 
/**
 * Records that arrived.
 */
received: number, 
/**
 * Records refused because `maxBuffered` were waiting.
 */
dropped: number, 
/**
 * Records waiting for a later batch (`maxRate`).
 */
delayed: number, };

export type InputMetrics = { 
/**
 * `"host:port"` of the receiver.
 */
source: string, url: string | null, received: number, 
/**
 * Records dropped because the buffer was full.
 */
dropped: number, 
/**
 * Records left waiting for later batches (maxRate).
 */
delayed: number, reconnects: number, connected: boolean, lastError: string | null, };

export type BatchMetrics = { recordsIn: number, processingMs: number, schedulingDelayMs: number, inputs: Array<InputMetrics>, };

export type BatchEvent = { 
/**
 * ms since the epoch (logical clock: since the zero time).
 */
timeMs: number, time: string, 
/**
 * 1 for the first batch of the session.
 */
batch: number, stdout: string, stderr: string, 
/**
 * The output jobs that failed while the stream went on (see [`BatchDone`]).
 */
jobErrors: Array<DiagnosticData>, streams: { [key in string]: Array<Array<string>> }, state: Array<StateSnapshot>, 
/**
 * The Structured Streaming micro-batches of this batch, by query name (rows,
 * watermarks, state, event times, late rows).
 */
queries: { [key in string]: Array<BatchRecord> }, metrics: BatchMetrics, stopped: boolean, nextBatchTimeMs: number | null, };

export type EndReason = "stopped" | "timeout" | "batches" | "error" | "crash" | "no-context" | "idle";

export type EndEvent = { reason: EndReason, batches?: number, 
/**
 * Files the program wrote (`saveAsTextFiles`) or was given, by path.
 */
files?: { [key in string]: string }, };

export type ErrorData = { 
/**
 * `"RunnelError"`, `"RunnelCrash"` (a wasm trap), `"AbortError"`.
 */
name: string, 
/**
 * The text the CLI prints for the same problem.
 */
message: string, stack?: string, 
/**
 * The engine's errors: the problem as data.
 */
diagnostic?: DiagnosticData, };

export type Lines = string | Array<string>;

export type Request = { "op": "init", id: number, 
/**
 * A URL, a `Response`, bytes or a compiled `WebAssembly.Module`.
 */
wasm: unknown, 
/**
 * The full engine (`re`, `pyspark.sql`), loaded only for programs that need it:
 * the same kinds of value.
 */
fullWasm: unknown, } | { "op": "run", id: number, source: string, options: ProgramOptions, } | { "op": "start", id: number, source: string, options: LiveOptions, session?: number, } | { "op": "pause", id: number, session?: number, } | { "op": "resume", id: number, session?: number, } | { "op": "step", id: number, session?: number, } | { "op": "stop", id: number, session?: number, } | { "op": "push", id: number, session?: number, lines: Lines, source?: string, } | { "op": "addFile", id: number, session?: number, path: string, text: string, };

export type Reply = { id: number, ok: boolean, 
/**
 * The request's result when `ok`.
 */
value: unknown, error?: ErrorData, };

export type EventName = "batch" | "error" | "end";

export type EventTag = "event";

export type FatalTag = "fatal";

export type EventData = BatchEvent | ErrorData | EndEvent;

export type EventMessage = { type: EventTag, name: EventName, data: EventData, 
/**
 * The session it belongs to.
 */
session: number, };

export type FatalMessage = { type: FatalTag, error: ErrorData, };

export type WorkerMessage = Reply | EventMessage | FatalMessage;
