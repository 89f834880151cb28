//! The options objects JS passes, in camelCase.

use runnel_pyspark::SessionOptions;
use serde::Deserialize;
use std::collections::BTreeMap;
use wasm_bindgen::JsError;

/// Settings shared by deterministic runs and live sessions.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct EngineOptions {
    /// The batch interval of the predefined `ssc` (1 s by default).
    pub batch_seconds: Option<f64>,
    /// DStream variables whose batches are recorded (the CLI's `--record NAME`).
    pub record: Vec<String>,
    /// Records every DStream of the graph, keyed by node id (`--record-all`).
    pub record_all: bool,
    /// `sc.defaultParallelism` (2 by default, as `local[2]`).
    pub parallelism: Option<usize>,
    /// Steps a Python function may run per call.
    pub step_budget: Option<u64>,
    /// The file name shown in errors (`program.py`).
    pub filename: Option<String>,
    /// The UTC offset for showing batch times, in minutes (0: UTC).
    pub tz_offset_minutes: Option<i64>,
    /// Source texts of JS functions (`fn.toString()`), defined as the globals `__js_0`,
    /// `__js_1`, ... (see [`crate::jsfn`]).
    pub js_functions: Vec<String>,
}

impl EngineOptions {
    pub fn session_options(&self) -> Result<SessionOptions, JsError> {
        let defaults = SessionOptions::default();
        let batch_ms = match self.batch_seconds {
            Some(s) if s > 0.0 && s.is_finite() => (s * 1000.0).round() as i64,
            Some(_) => return Err(JsError::new("batchSeconds must be positive")),
            None => defaults.batch_ms,
        };
        Ok(SessionOptions {
            filename: self.filename.clone().unwrap_or(defaults.filename),
            batch_ms,
            default_parallelism: self
                .parallelism
                .unwrap_or(defaults.default_parallelism)
                .max(1),
            step_budget: self.step_budget.unwrap_or(defaults.step_budget),
            tz_offset_ms: self.tz_offset_minutes.unwrap_or(0) * 60_000,
            record: self.record.clone(),
            record_all: self.record_all,
            globals: crate::jsfn::js_globals(&self.js_functions)?,
            ..defaults
        })
    }
}

/// `runProgram(source, options)`.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct ProgramOptions {
    #[serde(flatten)]
    pub engine: EngineOptions,
    /// How many batch intervals to run.
    pub batches: Option<i64>,
    /// Only `"logical"` runs to completion here; live runs are sessions.
    pub clock: Option<String>,
    /// Files the program can read (`sc.textFile`), by path.
    pub files: BTreeMap<String, String>,
    /// Data for the program's receivers: for a `socketTextStream` the key `"host:port"`, for
    /// a `textFileStream` its directory; each entry is the text arriving before batch k
    /// (k = 1, 2, ...), one record per line.
    pub input: BTreeMap<String, Vec<String>>,
}

impl ProgramOptions {
    pub fn session_options(&self) -> Result<SessionOptions, JsError> {
        if let Some(clock) = self.clock.as_deref().filter(|c| *c != "logical") {
            return Err(JsError::new(&format!(
                "runProgram runs on the logical clock (got clock: {clock:?}); use startSession for the system clock"
            )));
        }
        self.engine.session_options()
    }
}

/// `new LiveSession(options)`.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct LiveOptions {
    #[serde(flatten)]
    pub engine: EngineOptions,
    /// `"system"` (default): batch times from the wall clock, as Spark. `"logical"`: the
    /// zero time is the epoch and batches run when stepped.
    pub clock: Option<String>,
    /// Files the program can read, by path.
    pub files: BTreeMap<String, String>,
}

impl LiveOptions {
    pub fn logical(&self) -> Result<bool, JsError> {
        match self.clock.as_deref() {
            None | Some("system") => Ok(false),
            Some("logical") => Ok(true),
            Some(other) => Err(JsError::new(&format!(
                "unknown clock {other:?}: use \"system\" or \"logical\""
            ))),
        }
    }
}
