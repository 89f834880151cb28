//! A live session: the program's module code runs once ([`LiveSession::start`]), then the
//! worker runs each batch when its timer fires or the page steps
//! ([`LiveSession::run_batch`]) and feeds receivers ([`LiveSession::push_lines`]).
//!
//! `ssc.awaitTermination()` cannot block in a worker (the worker's event loop delivers the
//! timer, the page's messages and the WebSocket's data), so it returns at once and the
//! statements after it run before the first batch. `awaitTerminationOrTimeout(t)` is
//! reported as `awaitTimeoutSeconds`, and the worker stops the session t seconds after the
//! start.

use crate::host::LiveHost;
use crate::{diagnostic_error, from_js, js_error, to_js};
use runnel_core::stream::ReceiverLimits;
use runnel_core::stream::StreamId;
use runnel_core::time::Time;
use runnel_protocol::{BatchDone, LiveOptions, ReceiverCounts, Started};
use runnel_protocol::{BatchRecord, QueryDescription};
use runnel_pyspark::{Session, SessionHost};
use std::collections::BTreeMap;
use std::rc::Rc;
use wasm_bindgen::prelude::*;

/// Records a receiver keeps waiting before it drops input (`maxBuffered`'s default).
const DEFAULT_MAX_BUFFERED: u64 = 100_000;

/// A program running batch by batch, driven by the worker.
#[wasm_bindgen]
pub struct LiveSession {
    session: Session,
    host: Rc<LiveHost>,
    /// The UTC offset batch times are shown in.
    tz_offset_ms: i64,
    logical: bool,
    /// The trigger interval of Structured Streaming queries without a processing-time
    /// trigger of their own: the page's batch interval.
    batch_ms: i64,
    /// When the queries' next trigger is due (ms; logical: since the epoch of the
    /// logical clock). In a program with DStreams too, the triggers and the DStream
    /// batches take turns by time, as Spark runs both at once.
    query_next_ms: Option<i64>,
}

#[wasm_bindgen]
impl LiveSession {
    /// A session with one options object (`LiveOptions`).
    #[wasm_bindgen(constructor)]
    pub fn new(options: JsValue) -> Result<LiveSession, JsError> {
        let options: LiveOptions = from_js(options)?;
        let logical = options.logical().map_err(|e| JsError::new(&e))?;
        let host = Rc::new(LiveHost::new(logical, options.files.clone()));
        let max_buffered = options.max_buffered.unwrap_or(DEFAULT_MAX_BUFFERED);
        host.set_max_buffered(max_buffered as usize);
        let mut session_options = crate::options::session_options(&options.engine)?;
        // The worker's receivers feed the core's receiver tracker (LiveSession::receive).
        session_options.receiver = ReceiverLimits {
            max_rate: options.max_rate.unwrap_or(0.0),
            max_buffered: max_buffered as usize,
            ..ReceiverLimits::default()
        };
        let tz_offset_ms = session_options.tz_offset_ms;
        let batch_ms = session_options.batch_ms;
        // The batch events carry each Structured Streaming micro-batch.
        session_options.record_queries = true;
        let session = Session::new(host.clone(), session_options);
        Ok(LiveSession {
            session,
            host,
            tz_offset_ms,
            logical,
            batch_ms,
            query_next_ms: None,
        })
    }

    /// Runs the program's module code. Rejects with the CLI's error text.
    pub fn start(&mut self, source: &str) -> Result<JsValue, JsValue> {
        self.session
            .run(source)
            .map_err(|d| diagnostic_error(&d.to_string(), &d))?;
        let (stdout, stderr) = self.host.take_output();
        let dstreams = self.session.next_batch_time().is_some();
        self.arm_queries();
        let started = dstreams || self.query_next_ms.is_some();
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
            query_plans: self.query_plans(),
            queries: self.query_records(),
        })?)
    }

    /// When the next batch is due (ms since the epoch; logical: since the zero time).
    #[wasm_bindgen(js_name = nextBatchTimeMs)]
    pub fn next_batch_time_ms(&self) -> Option<f64> {
        if self.session.is_stopped() {
            return None;
        }
        let dstream = self.session.next_batch_time().map(|t| t.0);
        let query = self
            .query_next_ms
            .filter(|_| self.session.has_active_queries());
        match (dstream, query) {
            (Some(d), Some(q)) => Some(d.min(q) as f64),
            (d, q) => d.or(q).map(|t| t as f64),
        }
    }

    /// The queries' first trigger, at once as Spark's, once a query is running (started
    /// by the module code, or later by a DStream batch's function).
    fn arm_queries(&mut self) {
        if self.query_next_ms.is_none() && self.session.has_active_queries() {
            self.query_next_ms = Some(self.host.now_millis());
        }
    }

    /// Whether the queries' trigger comes before the next DStream batch (a tie goes to
    /// the DStream batch, whose time the trigger then follows).
    fn trigger_first(&self) -> Option<i64> {
        let q = self
            .query_next_ms
            .filter(|_| self.session.has_active_queries())?;
        match self.session.next_batch_time() {
            Some(d) if d.0 <= q => None,
            _ => Some(q),
        }
    }

    /// Runs the next batch. `undefined` when there is none (stopped or never started).
    #[wasm_bindgen(js_name = runBatch)]
    pub fn run_batch(&mut self) -> Result<JsValue, JsValue> {
        while let Some(t) = self.trigger_first() {
            let done = self.run_trigger(t)?;
            // On the logical clock an idle trigger before a DStream batch moves time on to
            // that batch; on the wall clock the worker waits for the next one.
            if !(done.idle && self.logical && self.session.next_batch_time().is_some()) {
                return Ok(to_js(&done)?);
            }
        }
        let Some(t) = self.session.next_batch_time() else {
            return Ok(JsValue::UNDEFINED);
        };
        self.host.set_logical_now(t.0);
        // The message stays the engine's one-line-per-frame text; the diagnostic's
        // `traceback` is the CLI's rendering.
        let report = self.session.run_next_batch().map_err(|e| {
            let text = e.to_string();
            diagnostic_error(&text, &runnel_python::Diagnostic::from(e))
        })?;
        let Some(report) = report else {
            return Ok(JsValue::UNDEFINED);
        };
        self.arm_queries();
        let (stdout, stderr) = self.host.take_output();
        let done = BatchDone {
            time_ms: report.time.0,
            time: runnel_core::time::DateTime::from_millis(report.time.0, self.tz_offset_ms)
                .to_str(),
            records_in: report.records_in,
            stdout,
            stderr,
            job_errors: report.job_errors,
            streams: self.new_batches(report.time),
            state: self.session.state_at(report.time),
            queries: self.query_records(),
            idle: false,
            stopped: self.session.is_stopped(),
            next_batch_time_ms: self.next_batch_time_ms(),
        };
        Ok(to_js(&done)?)
    }

    /// Hands lines to a receiver stream: one block, the next batch's partition.
    #[wasm_bindgen(js_name = pushLines)]
    pub fn push_lines(&self, stream: usize, lines: Vec<String>) -> Result<(), JsError> {
        if LiveHost::is_polled(stream) {
            self.host.queue_lines(stream, lines);
            return Ok(());
        }
        let records = lines.iter().map(|l| runnel_core::Value::str(l)).collect();
        self.session
            .push_block(StreamId(stream), records)
            .map_err(js_error)
    }

    /// Lines that arrived at a receiver stream at `timeMs` (the worker's clock: the wall
    /// clock, or the logical time of the last batch): the core cuts them into 200 ms
    /// blocks, one partition each, as the CLI's receivers are cut.
    pub fn receive(&self, stream: usize, time_ms: f64, lines: Vec<String>) -> Result<(), JsError> {
        if LiveHost::is_polled(stream) {
            // A Structured Streaming socket source takes what arrived at its next trigger.
            self.host.queue_lines(stream, lines);
            return Ok(());
        }
        let records = lines.iter().map(|l| runnel_core::Value::str(l)).collect();
        self.session
            .receive(StreamId(stream), time_ms as i64, records)
            .map_err(js_error)
    }

    /// A receiver's input ended: what it holds goes to the next batch.
    #[wasm_bindgen(js_name = endInput)]
    pub fn end_input(&self, stream: usize) -> Result<(), JsError> {
        if LiveHost::is_polled(stream) {
            return Ok(());
        }
        self.session.end_input(StreamId(stream)).map_err(js_error)
    }

    /// A receiver's counts: `{received, dropped, delayed}` (delayed: waiting for a later
    /// batch).
    #[wasm_bindgen(js_name = receiverStats)]
    pub fn receiver_stats(&self, stream: usize) -> Result<JsValue, JsError> {
        if LiveHost::is_polled(stream) {
            let (received, dropped, delayed) = self.host.polled_counts(stream);
            return to_js(&ReceiverCounts {
                received,
                dropped,
                delayed,
            });
        }
        let stats = self
            .session
            .receiver_stats(StreamId(stream))
            .unwrap_or_default();
        to_js(&ReceiverCounts {
            received: stats.received,
            dropped: stats.dropped,
            delayed: stats.waiting,
        })
    }

    /// Whether the program stopped its context (`ssc.stop()`).
    #[wasm_bindgen(js_name = isStopped)]
    pub fn is_stopped(&self) -> bool {
        self.session.is_stopped()
    }

    /// A file for the program's Structured Streaming file sources (`readStream...(dir)`
    /// sees `dir/name` at its next trigger).
    #[wasm_bindgen(js_name = addFile)]
    pub fn add_file(&self, path: &str, contents: &str) -> Result<(), JsError> {
        self.host.add_file(path, contents).map_err(js_error)
    }

    /// Files the program wrote (`saveAsTextFiles`) or was given, by path.
    pub fn files(&self) -> Result<JsValue, JsError> {
        to_js(&self.host.files())
    }

    /// The Structured Streaming micro-batches since the last call (the full engine's).
    fn query_records(&self) -> BTreeMap<String, Vec<BatchRecord>> {
        #[cfg(feature = "full")]
        return self.session.take_query_records();
        #[cfg(not(feature = "full"))]
        BTreeMap::new()
    }

    /// The Structured Streaming queries started so far (the full engine's).
    fn query_plans(&self) -> Vec<QueryDescription> {
        #[cfg(feature = "full")]
        return self.session.describe_queries();
        #[cfg(not(feature = "full"))]
        Vec::new()
    }

    /// One trigger of the Structured Streaming queries, due at `t`: a micro-batch of each
    /// query with new data or a data-less batch due; `idle` when none ran.
    fn run_trigger(&mut self, t: i64) -> Result<BatchDone, JsValue> {
        self.host.set_logical_now(t);
        let now = self.host.now_millis();
        let ran = self.session.trigger_queries(now).map_err(|e| {
            let text = e.to_string();
            diagnostic_error(&text, &runnel_python::Diagnostic::from(e))
        })?;
        let interval = self
            .session
            .query_interval_ms()
            .unwrap_or(self.batch_ms)
            .max(1);
        // The next multiple of the interval, as Spark's ProcessingTimeExecutor.
        self.query_next_ms = Some((now.max(t) / interval + 1) * interval);
        let queries = self.query_records();
        let (stdout, stderr) = self.host.take_output();
        let done = BatchDone {
            time_ms: t,
            time: runnel_core::time::DateTime::from_millis(t, self.tz_offset_ms).to_str(),
            records_in: queries.values().flatten().map(|r| r.input_rows).sum(),
            idle: !ran && stdout.is_empty() && stderr.is_empty(),
            stdout,
            stderr,
            job_errors: Vec::new(),
            streams: BTreeMap::new(),
            state: Vec::new(),
            queries,
            stopped: self.session.is_stopped()
                || (!self.session.has_active_queries() && self.session.next_batch_time().is_none()),
            next_batch_time_ms: self.next_batch_time_ms(),
        };
        Ok(done)
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
