//! The options objects the page passes (camelCase): `runProgram`'s and `startSession`'s.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use ts_rs::TS;

/// Settings shared by deterministic runs and live sessions.
#[derive(Clone, Debug, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
#[ts(optional_fields)]
pub struct EngineOptions {
    /// The batch interval of the predefined `ssc` (1 s by default).
    pub batch_seconds: Option<f64>,
    /// DStream variables whose batches are recorded (the CLI's `--record NAME`).
    #[ts(as = "Option<Vec<String>>", optional)]
    pub record: Vec<String>,
    /// Records every DStream of the graph, keyed by node id (`--record-all`).
    #[ts(as = "Option<bool>", optional)]
    pub record_all: bool,
    /// `sc.defaultParallelism` (2 by default, as `local[2]`).
    pub parallelism: Option<usize>,
    /// Steps a Python function may run per call.
    pub step_budget: Option<u64>,
    /// The file name shown in errors (`program.py`).
    pub filename: Option<String>,
    /// The UTC offset of batch times and of Python's local time (time.localtime, datetime.now), in minutes, fixed (no daylight saving); 0, UTC, when not given.
    pub tz_offset_minutes: Option<i64>,
    /// Source texts of JS functions (`fn.toString()`), defined as the globals `__js_0`,
    /// `__js_1`, ...
    #[ts(as = "Option<Vec<String>>", optional)]
    pub js_functions: Vec<String>,
}

/// `runProgram(source, options)`.
#[derive(Clone, Debug, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
#[ts(optional_fields)]
pub struct ProgramOptions {
    #[serde(flatten)]
    pub engine: EngineOptions,
    /// How many batch intervals to run.
    pub batches: Option<i64>,
    /// Only `"logical"` runs to completion here; live runs are sessions.
    pub clock: Option<String>,
    /// Files the program can read (`sc.textFile`), by path.
    #[ts(as = "Option<BTreeMap<String, String>>", optional)]
    pub files: BTreeMap<String, String>,
    /// Data for the program's receivers: for a `socketTextStream` the key `"host:port"`,
    /// for a `textFileStream` its directory; entry k is the text arriving before batch
    /// k + 1, one record per line.
    #[ts(as = "Option<BTreeMap<String, Vec<String>>>", optional)]
    pub input: BTreeMap<String, Vec<String>>,
}

/// `startSession(source, options)`: the engine's settings and the worker's own (its
/// timer, receivers and limits).
#[derive(Clone, Debug, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
#[ts(optional_fields)]
pub struct LiveOptions {
    #[serde(flatten)]
    pub engine: EngineOptions,
    /// `"system"` (default): batch times from the wall clock, as Spark. `"logical"`: the
    /// zero time is the epoch and batches run as fast as allowed, or when stepped.
    pub clock: Option<String>,
    /// Files the program can read, by path.
    #[ts(as = "Option<BTreeMap<String, String>>", optional)]
    pub files: BTreeMap<String, String>,
    /// Stop after this many batches (the worker's).
    pub batches: Option<i64>,
    /// Start paused (the worker's).
    pub paused: Option<bool>,
    /// Where each `socketTextStream("host", port)` reads: a WebSocket URL, or `"push"`.
    #[ts(as = "Option<BTreeMap<String, String>>", optional)]
    pub sockets: BTreeMap<String, String>,
    /// `spark.streaming.receiver.maxRate`: records per second per receiver (0: unlimited).
    pub max_rate: Option<f64>,
    /// Records a receiver buffers; beyond it input is dropped.
    pub max_buffered: Option<u64>,
}

impl EngineOptions {
    /// The batch interval in ms, checked.
    pub fn batch_ms(&self, default: i64) -> Result<i64, String> {
        match self.batch_seconds {
            Some(s) if s > 0.0 && s.is_finite() => Ok((s * 1000.0).round() as i64),
            Some(_) => Err("batchSeconds must be positive".into()),
            None => Ok(default),
        }
    }
}

impl ProgramOptions {
    /// Refuses a clock other than the logical one.
    pub fn check_clock(&self) -> Result<(), String> {
        match self.clock.as_deref().filter(|c| *c != "logical") {
            Some(clock) => Err(format!(
                "runProgram runs on the logical clock (got clock: {clock:?}); use startSession for the system clock"
            )),
            None => Ok(()),
        }
    }
}

impl LiveOptions {
    /// Whether the session runs on the logical clock.
    pub fn logical(&self) -> Result<bool, String> {
        match self.clock.as_deref() {
            None | Some("system") => Ok(false),
            Some("logical") => Ok(true),
            Some(other) => Err(format!(
                "unknown clock {other:?}: use \"system\" or \"logical\""
            )),
        }
    }
}
