//! The messages: requests `{id, op, ...}`, one reply per request, and a live session's
//! events `{type: "event", name, data, session}`.

use crate::{LiveOptions, ProgramOptions};
use runnel_core::stream::GraphDescription;
use runnel_pyspark::StateSnapshot;
pub use runnel_sql::describe::QueryDescription;
pub use runnel_sql::query::BatchRecord;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use ts_rs::TS;

/// A receiver the program opened, for the worker to feed.
#[derive(Clone, Debug, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(optional_fields)]
pub struct OpenedSource {
    /// The stream id to push its lines to.
    pub stream: usize,
    /// `"socket"` or `"textFiles"`.
    pub kind: String,
    /// `"host:port"` or the directory.
    pub key: String,
    pub host: Option<String>,
    pub port: Option<u16>,
    pub directory: Option<String>,
}

/// The reply to `start`: what running the module code did (`session.info`).
#[derive(Clone, Debug, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Started {
    /// What the module code printed (statements after `awaitTermination*` included).
    pub stdout: String,
    pub stderr: String,
    pub sources: Vec<OpenedSource>,
    /// Whether a streaming context started (otherwise there are no batches to run).
    pub started: bool,
    pub stopped: bool,
    /// `ssc.stop()` came after `awaitTerminationOrTimeout`: the worker stops at the timeout.
    pub stop_requested: bool,
    pub zero_time_ms: Option<i64>,
    pub batch_ms: Option<i64>,
    pub next_batch_time_ms: Option<f64>,
    pub await_timeout_seconds: Option<f64>,
    /// The program's DStream graph.
    pub graph: GraphDescription,
    /// The Structured Streaming queries the module code started (the query graph).
    pub query_plans: Vec<QueryDescription>,
    /// The micro-batches the module code ran (`processAllAvailable`, `trigger(once=True)`),
    /// by query name.
    pub queries: BTreeMap<String, Vec<BatchRecord>>,
}

/// What the engine's `runBatch` returns: a batch event before the worker adds its metrics.
#[derive(Clone, Debug, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BatchDone {
    pub time_ms: i64,
    /// The batch time as Spark prints it (`2026-11-24 10:00:01`).
    pub time: String,
    pub records_in: usize,
    pub stdout: String,
    pub stderr: String,
    /// The output jobs that failed while the stream went on, as Spark's JobScheduler
    /// logs them (a snippet's, or one sleeping after `ssc.start()`).
    pub job_errors: Vec<runnel_python::DiagnosticData>,
    /// Each recorded stream's partitions at this batch (records as `repr`).
    pub streams: BTreeMap<String, Vec<Vec<String>>>,
    /// The state of every stateful operator after this batch.
    pub state: Vec<StateSnapshot>,
    /// The Structured Streaming micro-batches this batch ran, by query name.
    pub queries: BTreeMap<String, Vec<BatchRecord>>,
    /// A Structured Streaming trigger that found nothing to run (no new data, no
    /// watermark to act on): the worker posts no event for it.
    pub idle: bool,
    pub stopped: bool,
    pub next_batch_time_ms: Option<f64>,
}

/// A receiver's counts kept by the core's receiver tracker (the engine's `receiverStats`).
#[derive(Clone, Debug, Serialize, Deserialize, TS)]
pub struct ReceiverCounts {
    /// Records that arrived.
    pub received: u64,
    /// Records refused because `maxBuffered` were waiting.
    pub dropped: u64,
    /// Records waiting for a later batch (`maxRate`).
    pub delayed: u64,
}

/// A receiver's numbers after a batch took its block.
#[derive(Clone, Debug, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct InputMetrics {
    /// `"host:port"` of the receiver.
    pub source: String,
    pub url: Option<String>,
    pub received: u64,
    /// Records dropped because the buffer was full.
    pub dropped: u64,
    /// Records left waiting for later batches (maxRate).
    pub delayed: u64,
    pub reconnects: u64,
    pub connected: bool,
    pub last_error: Option<String>,
}

/// Spark's streaming tab's numbers for one batch.
#[derive(Clone, Debug, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BatchMetrics {
    pub records_in: usize,
    pub processing_ms: f64,
    pub scheduling_delay_ms: f64,
    pub inputs: Vec<InputMetrics>,
}

/// The `batch` event: [`BatchDone`] with the batch's number and metrics.
#[derive(Clone, Debug, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BatchEvent {
    /// ms since the epoch (logical clock: since the zero time).
    pub time_ms: f64,
    pub time: String,
    /// 1 for the first batch of the session.
    pub batch: u64,
    pub stdout: String,
    pub stderr: String,
    /// The output jobs that failed while the stream went on (see [`BatchDone`]).
    pub job_errors: Vec<runnel_python::DiagnosticData>,
    pub streams: BTreeMap<String, Vec<Vec<String>>>,
    pub state: Vec<StateSnapshot>,
    /// The Structured Streaming micro-batches of this batch, by query name (rows,
    /// watermarks, state, event times, late rows).
    pub queries: BTreeMap<String, Vec<BatchRecord>>,
    pub metrics: BatchMetrics,
    pub stopped: bool,
    pub next_batch_time_ms: Option<f64>,
}

/// Why a session ended.
#[derive(Clone, Debug, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum EndReason {
    Stopped,
    Timeout,
    Batches,
    Error,
    Crash,
    NoContext,
    /// On the logical clock, the Structured Streaming queries processed all the data there
    /// was and no socket can bring more.
    Idle,
}

/// The `end` event.
#[derive(Clone, Debug, Serialize, Deserialize, TS)]
#[ts(optional_fields)]
pub struct EndEvent {
    pub reason: EndReason,
    pub batches: Option<u64>,
    /// Files the program wrote (`saveAsTextFiles`) or was given, by path.
    pub files: Option<BTreeMap<String, String>>,
}

/// An error as data (errors do not structured-clone everywhere): a rejected request, the
/// `error` event, a `fatal` message.
#[derive(Clone, Debug, Serialize, Deserialize, TS)]
#[ts(optional_fields)]
pub struct ErrorData {
    /// `"RunnelError"`, `"RunnelCrash"` (a wasm trap), `"AbortError"`.
    pub name: String,
    /// The text the CLI prints for the same problem.
    pub message: String,
    pub stack: Option<String>,
    /// The engine's errors: the problem as data.
    pub diagnostic: Option<runnel_python::DiagnosticData>,
}

/// Lines for a receiver: text split at newlines, or an array of lines.
#[derive(Clone, Debug, Serialize, Deserialize, TS)]
#[serde(untagged)]
pub enum Lines {
    Text(String),
    List(Vec<String>),
}

/// A request of the page. `session` names a live session on a shared worker (0 on a
/// worker of its own).
#[derive(Clone, Debug, Serialize, Deserialize, TS)]
#[serde(tag = "op", rename_all = "camelCase")]
#[ts(optional_fields)]
pub enum Request {
    /// Loads the engine; the reply is `{version, protocol}`.
    Init {
        id: u32,
        /// A URL, a `Response`, bytes or a compiled `WebAssembly.Module`.
        #[ts(type = "unknown")]
        wasm: Option<serde_json::Value>,
        /// The full engine (`re`, `pyspark.sql`), loaded only for programs that need it:
        /// the same kinds of value.
        #[serde(rename = "fullWasm")]
        #[ts(type = "unknown")]
        full_wasm: Option<serde_json::Value>,
    },
    /// `runProgram`; the reply is a `RunOutput`.
    Run {
        id: u32,
        source: String,
        options: ProgramOptions,
    },
    /// `startSession`; the reply is `Started`.
    Start {
        id: u32,
        source: String,
        options: LiveOptions,
        session: Option<u32>,
    },
    Pause {
        id: u32,
        session: Option<u32>,
    },
    Resume {
        id: u32,
        session: Option<u32>,
    },
    /// Runs one batch now.
    Step {
        id: u32,
        session: Option<u32>,
    },
    /// Ends the session between batches.
    Stop {
        id: u32,
        session: Option<u32>,
    },
    /// Lines for a receiver (`source`: `"host:port"` or a directory; the only one when
    /// omitted).
    Push {
        id: u32,
        session: Option<u32>,
        lines: Lines,
        source: Option<String>,
    },
    /// A file `dir/name` for the program's Structured Streaming file sources, seen at
    /// their next trigger.
    AddFile {
        id: u32,
        session: Option<u32>,
        path: String,
        text: String,
    },
}

/// The reply to a request.
#[derive(Clone, Debug, Serialize, Deserialize, TS)]
#[ts(optional_fields)]
pub struct Reply {
    pub id: u32,
    pub ok: bool,
    /// The request's result when `ok`.
    #[ts(type = "unknown")]
    pub value: Option<serde_json::Value>,
    pub error: Option<ErrorData>,
}

/// A live session's event names.
#[derive(Clone, Debug, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum EventName {
    Batch,
    Error,
    End,
}

/// `"event"`, the tag of [`EventMessage`].
#[derive(Clone, Debug, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum EventTag {
    Event,
}

/// `"fatal"`, the tag of [`FatalMessage`].
#[derive(Clone, Debug, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum FatalTag {
    Fatal,
}

/// An event's data: a `batch`'s, an `error`'s or an `end`'s.
#[derive(Clone, Debug, Serialize, Deserialize, TS)]
#[serde(untagged)]
pub enum EventData {
    Batch(BatchEvent),
    Error(ErrorData),
    End(EndEvent),
}

/// A live session's event.
#[derive(Clone, Debug, Serialize, Deserialize, TS)]
pub struct EventMessage {
    #[serde(rename = "type")]
    pub tag: EventTag,
    pub name: EventName,
    pub data: EventData,
    /// The session it belongs to.
    pub session: u32,
}

/// The worker cannot go on (a wasm trap): every session of it ends.
#[derive(Clone, Debug, Serialize, Deserialize, TS)]
pub struct FatalMessage {
    #[serde(rename = "type")]
    pub tag: FatalTag,
    pub error: ErrorData,
}

/// Every message the worker posts.
#[derive(Clone, Debug, Serialize, Deserialize, TS)]
#[serde(untagged)]
pub enum WorkerMessage {
    Reply(Reply),
    Event(EventMessage),
    Fatal(FatalMessage),
}
