//! A live session: the program's module code runs once ([`LiveSession::start`]), then the
//! worker runs each batch when its timer fires or the page steps
//! ([`LiveSession::run_batch`]) and feeds receivers ([`LiveSession::push_lines`]).
//!
//! `ssc.awaitTermination()` cannot block in a worker (the worker's event loop delivers the
//! timer, the page's messages and the WebSocket's data), so it returns at once and the
//! statements after it run before the first batch. `awaitTerminationOrTimeout(t)` is
//! reported as `awaitTimeoutSeconds`, and the worker stops the session t seconds after the
//! start.

use crate::host::{LiveHost, OpenedSource};
use crate::options::LiveOptions;
use crate::{diagnostic_error, from_js, js_error, to_js};
use runnel_core::stream::{GraphDescription, StreamId};
use runnel_core::time::Time;
use runnel_pyspark::{Session, StateSnapshot};
use serde::Serialize;
use std::collections::BTreeMap;
use std::rc::Rc;
use wasm_bindgen::prelude::*;

/// A program running batch by batch, driven by the worker.
#[wasm_bindgen]
pub struct LiveSession {
    session: Session,
    host: Rc<LiveHost>,
    /// The UTC offset batch times are shown in.
    tz_offset_ms: i64,
}

/// What running the module code did.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Started {
    stdout: String,
    stderr: String,
    sources: Vec<OpenedSource>,
    /// Whether a streaming context started (otherwise there are no batches to run).
    started: bool,
    stopped: bool,
    /// `ssc.stop()` came after `awaitTerminationOrTimeout`: the worker stops at the timeout.
    stop_requested: bool,
    zero_time_ms: Option<i64>,
    batch_ms: Option<i64>,
    next_batch_time_ms: Option<f64>,
    await_timeout_seconds: Option<f64>,
    /// The program's DStream graph.
    graph: GraphDescription,
}

/// What one batch did: the data of a batch event, before the worker adds its metrics.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct BatchDone {
    time_ms: i64,
    /// The batch time as Spark prints it (`2026-11-24 10:00:01`).
    time: String,
    records_in: usize,
    stdout: String,
    stderr: String,
    /// Each recorded stream's partitions at this batch (records as `repr`).
    streams: BTreeMap<String, Vec<Vec<String>>>,
    /// The state of every stateful operator after this batch.
    state: Vec<StateSnapshot>,
    stopped: bool,
    next_batch_time_ms: Option<f64>,
}

#[wasm_bindgen]
impl LiveSession {
    /// A session with one options object (`LiveOptions`).
    #[wasm_bindgen(constructor)]
    pub fn new(options: JsValue) -> Result<LiveSession, JsError> {
        let options: LiveOptions = from_js(options)?;
        let host = Rc::new(LiveHost::new(options.logical()?, options.files.clone()));
        let session_options = options.engine.session_options()?;
        let tz_offset_ms = session_options.tz_offset_ms;
        let session = Session::new(host.clone(), session_options);
        Ok(LiveSession {
            session,
            host,
            tz_offset_ms,
        })
    }

    /// Runs the program's module code. Rejects with the CLI's error text.
    pub fn start(&mut self, source: &str) -> Result<JsValue, JsValue> {
        self.session
            .run(source)
            .map_err(|d| diagnostic_error(&d.to_string(), &d))?;
        let (stdout, stderr) = self.host.take_output();
        let started = self.session.next_batch_time().is_some();
        Ok(to_js(&Started {
            stdout,
            stderr,
            sources: self.host.take_opened(),
            started,
            stopped: self.session.is_stopped(),
            stop_requested: self.session.stop_requested(),
            zero_time_ms: self.session.zero_time().map(|t| t.0),
            batch_ms: self.session.batch_ms(),
            next_batch_time_ms: self.next_batch_time_ms(),
            await_timeout_seconds: self.host.await_timeout(),
            graph: self.session.describe(),
        })?)
    }

    /// When the next batch is due (ms since the epoch; logical: since the zero time).
    #[wasm_bindgen(js_name = nextBatchTimeMs)]
    pub fn next_batch_time_ms(&self) -> Option<f64> {
        if self.session.is_stopped() {
            return None;
        }
        self.session.next_batch_time().map(|t| t.0 as f64)
    }

    /// Runs the next batch. `undefined` when there is none (stopped or never started).
    #[wasm_bindgen(js_name = runBatch)]
    pub fn run_batch(&mut self) -> Result<JsValue, JsValue> {
        if let Some(t) = self.session.next_batch_time() {
            self.host.set_logical_now(t.0);
        }
        // The message stays the engine's one-line-per-frame text; the diagnostic's
        // `traceback` is the CLI's rendering.
        let report = self.session.run_next_batch().map_err(|e| {
            let text = e.to_string();
            diagnostic_error(&text, &runnel_python::Diagnostic::from(e))
        })?;
        let Some(report) = report else {
            return Ok(JsValue::UNDEFINED);
        };
        let (stdout, stderr) = self.host.take_output();
        let done = BatchDone {
            time_ms: report.time.0,
            time: runnel_core::time::DateTime::from_millis(report.time.0, self.tz_offset_ms)
                .to_str(),
            records_in: report.records_in,
            stdout,
            stderr,
            streams: self.new_batches(report.time),
            state: self.session.state_at(report.time),
            stopped: self.session.is_stopped(),
            next_batch_time_ms: self.next_batch_time_ms(),
        };
        Ok(to_js(&done)?)
    }

    /// Hands lines to a receiver stream: one block, the next batch's partition.
    #[wasm_bindgen(js_name = pushLines)]
    pub fn push_lines(&self, stream: usize, lines: Vec<String>) -> Result<(), JsError> {
        let records = lines.iter().map(|l| runnel_core::Value::str(l)).collect();
        self.session
            .push_block(StreamId(stream), records)
            .map_err(js_error)
    }

    /// Whether the program stopped its context (`ssc.stop()`).
    #[wasm_bindgen(js_name = isStopped)]
    pub fn is_stopped(&self) -> bool {
        self.session.is_stopped()
    }

    /// Files the program wrote (`saveAsTextFiles`) or was given, by path.
    pub fn files(&self) -> Result<JsValue, JsError> {
        to_js(&self.host.files())
    }

    /// Each recorded stream's batch at `time` (earlier batches, if any, were not events).
    fn new_batches(&self, time: Time) -> BTreeMap<String, Vec<Vec<String>>> {
        let mut out = BTreeMap::new();
        for (name, batches) in self.session.take_recorded() {
            if let Some(b) = batches.into_iter().rfind(|b| b.time_ms == time.0) {
                out.insert(name, b.partitions);
            }
        }
        out
    }
}
