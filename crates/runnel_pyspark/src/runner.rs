//! Deterministic runs: N batches on a logical clock whose zero time is the epoch, as fast
//! as possible. This is what `runnel run --batches N --clock logical --json` prints, what
//! the npm package's `runProgram` resolves to, and what the conformance tests compare with
//! Spark's goldens.

use crate::session::{Session, SessionHost, SessionOptions, Source};
use runnel_core::stream::{GraphDescription, StreamId};
use runnel_core::time::Time;
use runnel_core::{Error, Result};
use runnel_python::{Diagnostic, DiagnosticData};
use serde::{Deserialize, Serialize};
use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;
use std::rc::Rc;

/// One batch of a recorded stream.
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RecordedBatch {
    /// The batch time in ms after the zero time.
    pub time_ms: i64,
    /// Each partition's records as Python's `repr()`.
    pub partitions: Vec<Vec<String>>,
}

/// The result of a deterministic run: the CLI's `--json` object.
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields))]
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct RunOutput {
    /// Everything the program printed on the driver.
    pub stdout: String,
    /// Each `--record` stream's batches (with `--record-all`: every stream's, by node id).
    pub streams: BTreeMap<String, Vec<RecordedBatch>>,
    /// The program's DStream graph ([`Session::describe`]).
    pub graph: GraphDescription,
    /// Task output and warnings.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub stderr: String,
    /// Each Structured Streaming query's micro-batches (rows, watermark, state), by
    /// query name, when the session recorded them.
    #[cfg(feature = "sql")]
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub queries: BTreeMap<String, Vec<runnel_sql::query::BatchRecord>>,
    /// Each Structured Streaming query the program started: name, output mode, sink,
    /// trigger and plan (the playground's query graph).
    #[cfg(feature = "sql")]
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(
        feature = "ts",
        ts(as = "Option<Vec<runnel_sql::describe::QueryDescription>>", optional)
    )]
    pub query_plans: Vec<runnel_sql::describe::QueryDescription>,
    /// The output jobs that failed while the stream went on (a snippet's: Spark's
    /// JobScheduler logs them), as data.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "ts", ts(as = "Option<Vec<DiagnosticData>>", optional))]
    pub job_errors: Vec<DiagnosticData>,
    /// The error that ended the program, rendered for people.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// The same error as data (type, message, line and column, batch time).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub diagnostic: Option<DiagnosticData>,
}

/// What a deterministic run needs beyond the program.
pub struct RunOptions {
    pub session: SessionOptions,
    /// How many batch intervals to run.
    pub batches: i64,
    /// Files and sources; [`MemoryIo`] when the host has none.
    pub io: Rc<dyn Io>,
}

/// Files and sources of a deterministic run.
pub trait Io {
    fn write_file(&self, path: &str, contents: &str) -> Result<()>;
    fn read_file(&self, path: &str) -> Result<String>;
    /// A receiver stream was opened.
    fn open_source(&self, stream: StreamId, source: &Source) -> Result<()>;
    /// The files of a directory with their modification times (ms).
    fn list_dir(&self, dir: &str) -> Result<Vec<(String, i64)>> {
        Err(Error::unsupported(format!(
            "reading the directory {dir} is not available in this host"
        )))
    }
    /// What a source polled by a Structured Streaming query received since the last call.
    fn poll_source(&self, _stream: StreamId) -> Vec<String> {
        Vec::new()
    }
    /// Before batch `k` (1-based) runs: blocks for the receivers opened so far.
    fn blocks_before_batch(&self, _k: i64) -> Vec<(StreamId, Vec<runnel_core::Value>)> {
        Vec::new()
    }
}

/// Files kept in memory; no sources.
#[derive(Default)]
pub struct MemoryIo {
    pub files: RefCell<BTreeMap<String, String>>,
}

impl MemoryIo {
    /// Files starting with these contents.
    pub fn with_files(files: BTreeMap<String, String>) -> MemoryIo {
        MemoryIo {
            files: RefCell::new(files),
        }
    }
    /// Stores a file.
    pub fn write(&self, path: &str, contents: &str) -> Result<()> {
        self.files
            .borrow_mut()
            .insert(path.to_string(), contents.to_string());
        Ok(())
    }
    /// A file's contents, or Python's `FileNotFoundError`.
    pub fn read(&self, path: &str) -> Result<String> {
        self.files.borrow().get(path).cloned().ok_or_else(|| {
            Error::new(
                "FileNotFoundError",
                format!("[Errno 2] No such file or directory: '{path}'"),
            )
        })
    }
}

impl Io for MemoryIo {
    fn write_file(&self, path: &str, contents: &str) -> Result<()> {
        self.write(path, contents)
    }
    fn read_file(&self, path: &str) -> Result<String> {
        self.read(path)
    }
    fn open_source(&self, _stream: StreamId, source: &Source) -> Result<()> {
        Err(Error::unsupported(format!(
            "{source:?} is not available in this host"
        )))
    }
    fn list_dir(&self, dir: &str) -> Result<Vec<(String, i64)>> {
        let prefix = format!("{}/", dir.trim_end_matches('/'));
        Ok(self
            .files
            .borrow()
            .keys()
            .filter(|p| p.starts_with(&prefix) && !p[prefix.len()..].contains('/'))
            .enumerate()
            .map(|(i, p)| (p.clone(), i as i64))
            .collect())
    }
}

/// Runs `source` for `options.batches` batches on the logical clock.
pub fn run_program(source: &str, options: RunOptions) -> RunOutput {
    let host = Rc::new(LogicalHost {
        out: RefCell::new(String::new()),
        err: RefCell::new(String::new()),
        batches: options.batches,
        now: Cell::new(0),
        io: options.io,
    });
    let session = Session::new(host.clone(), options.session);
    let error = session.run(source).err();
    RunOutput::from_session(&session, host.out.take(), host.err.take(), error.as_ref())
}

impl RunOutput {
    /// The `--json` object of a session that has run: what it printed and its recorded
    /// streams, with batch times counted from the zero time.
    pub fn from_session(
        session: &Session,
        stdout: String,
        stderr: String,
        error: Option<&Diagnostic>,
    ) -> RunOutput {
        let zero = session.zero_time().unwrap_or(Time(0)).0;
        let streams = session
            .recorded()
            .into_iter()
            .map(|(name, batches)| {
                let batches = batches
                    .into_iter()
                    .map(|b| RecordedBatch {
                        time_ms: b.time_ms - zero,
                        ..b
                    })
                    .collect();
                (name, batches)
            })
            .collect();
        RunOutput {
            stdout,
            streams,
            graph: session.describe(),
            #[cfg(feature = "sql")]
            queries: session.take_query_records(),
            #[cfg(feature = "sql")]
            query_plans: session.describe_queries(),
            stderr,
            job_errors: session.job_errors(),
            error: error.map(|d| d.to_string()),
            diagnostic: error.map(Diagnostic::data),
        }
    }
}

/// A host whose clock only moves when a batch runs.
struct LogicalHost {
    out: RefCell<String>,
    err: RefCell<String>,
    batches: i64,
    now: Cell<i64>,
    io: Rc<dyn Io>,
}

impl SessionHost for LogicalHost {
    fn stdout(&self, text: &str) {
        self.out.borrow_mut().push_str(text);
    }
    fn stderr(&self, text: &str) {
        self.err.borrow_mut().push_str(text);
    }
    fn now_millis(&self) -> i64 {
        self.now.get()
    }
    fn write_file(&self, path: &str, contents: &str) -> Result<()> {
        self.io.write_file(path, contents)
    }
    fn read_file(&self, path: &str) -> Result<String> {
        self.io.read_file(path)
    }
    fn open_source(&self, stream: StreamId, source: &Source) -> Result<()> {
        self.io.open_source(stream, source)
    }
    fn list_dir(&self, dir: &str) -> Result<Vec<(String, i64)>> {
        self.io.list_dir(dir)
    }
    fn poll_source(&self, stream: StreamId) -> Vec<String> {
        self.io.poll_source(stream)
    }
    fn advance_clock(&self, ms: i64) {
        self.now.set(self.now.get() + ms);
    }
    /// Structured Streaming queries wait for more data for the run's `batches` seconds of
    /// logical time (what `--batches N` bounds for DStreams).
    fn keeps_waiting(&self) -> bool {
        self.now.get() < self.batches * 1000
    }
    fn zero_time(&self, _batch_ms: i64) -> Time {
        Time(0)
    }
    fn await_termination(&self, session: &Session, timeout_secs: Option<f64>) -> Result<bool> {
        await_logical(session, &self.now, self.batches, timeout_secs, |k| {
            for (stream, records) in self.io.blocks_before_batch(k) {
                session.push_block(stream, records)?;
            }
            session.run_next_batch().map(|_| ())
        })
    }
}

/// `awaitTermination` on the logical clock: runs batches (`run_batch(k)` runs the k-th)
/// until the program stops, the run's `batches` are done, or `timeout_secs` of logical time
/// pass; `now` is the logical clock, moved to each batch's time. Returns whether the
/// program stopped. Hosts with their own logical clock (benchmarks) share it.
pub fn await_logical(
    session: &Session,
    now: &Cell<i64>,
    batches: i64,
    timeout_secs: Option<f64>,
    mut run_batch: impl FnMut(i64) -> Result<()>,
) -> Result<bool> {
    let deadline = timeout_secs.map(|s| now.get() + (s * 1000.0) as i64);
    loop {
        if session.is_stopped() {
            return Ok(true);
        }
        let Some(next) = session.next_batch_time() else {
            return Ok(false);
        };
        let k = (next.0 - session.zero_time().unwrap_or(Time(0)).0)
            / session.batch_ms().unwrap_or(1000).max(1);
        // A batch whose job generation failed ran no job: it does not count (Spark's
        // recorders count batches by a `foreachRDD` job).
        let counted = k - session.batches_without_jobs();
        // A program whose every batch fails to generate would never end: as many batches
        // again without jobs are the most the run waits for.
        let stalled = session.batches_without_jobs() > batches;
        if counted > batches || stalled || deadline.is_some_and(|d| next.0 > d) {
            if let Some(d) = deadline {
                now.set(now.get().max(d));
            }
            return Ok(false);
        }
        now.set(next.0);
        run_batch(k)?;
    }
}
