//! The worker's host for live sessions: output is collected per batch for the batch event,
//! receivers are opened by the worker (it reads [`LiveHost::take_opened`]), and
//! `awaitTermination` returns at once because the worker's timer, not a loop, runs batches.

use crate::io::source_key;
use runnel_core::stream::StreamId;
use runnel_core::time::Time;
use runnel_core::Result;
use runnel_protocol::OpenedSource;
use runnel_pyspark::{Io, MemoryIo, Session, SessionHost, Source};
use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;

/// Structured Streaming socket sources have stream ids from here up (runnel_pyspark's
/// glue): their lines wait in the host until the query's trigger polls them.
const QUERY_SOCKETS: usize = 1 << 30;

/// The host of a live session in the worker.
pub struct LiveHost {
    logical: bool,
    out: RefCell<String>,
    err: RefCell<String>,
    files: MemoryIo,
    opened: RefCell<Vec<OpenedSource>>,
    /// `Some(timeout)` once the program called `awaitTermination*` (or ended without it).
    awaited: Cell<Option<Option<f64>>>,
    logical_now: Cell<i64>,
    /// Lines received for Structured Streaming socket sources, by stream id, until polled.
    polled: RefCell<BTreeMap<usize, Polled>>,
    /// Lines a polled source keeps waiting before it drops input (`maxBuffered`).
    max_buffered: Cell<usize>,
}

/// A Structured Streaming socket source's lines waiting for its next trigger, and counts.
#[derive(Default)]
pub struct Polled {
    pub lines: Vec<String>,
    pub received: u64,
    pub dropped: u64,
}

impl LiveHost {
    pub fn new(logical: bool, files: BTreeMap<String, String>) -> LiveHost {
        LiveHost {
            logical,
            out: RefCell::default(),
            err: RefCell::default(),
            files: MemoryIo::with_files(files),
            opened: RefCell::default(),
            awaited: Cell::new(None),
            logical_now: Cell::new(0),
            polled: RefCell::default(),
            max_buffered: Cell::new(usize::MAX),
        }
    }

    /// How many lines a polled source keeps waiting before it drops input.
    pub fn set_max_buffered(&self, max: usize) {
        self.max_buffered.set(max);
    }

    /// Whether `stream` is a Structured Streaming socket source (polled, not pushed into a
    /// DStream graph).
    pub fn is_polled(stream: usize) -> bool {
        stream >= QUERY_SOCKETS
    }

    /// Lines for a Structured Streaming socket source, kept until its next trigger; beyond
    /// `maxBuffered` waiting lines, input is dropped (and counted), as a receiver's is.
    pub fn queue_lines(&self, stream: usize, lines: Vec<String>) {
        let mut polled = self.polled.borrow_mut();
        let p = polled.entry(stream).or_default();
        p.received += lines.len() as u64;
        let room = self.max_buffered.get().saturating_sub(p.lines.len());
        p.dropped += lines.len().saturating_sub(room) as u64;
        p.lines.extend(lines.into_iter().take(room));
    }

    /// A polled source's counts: (received, dropped, waiting).
    pub fn polled_counts(&self, stream: usize) -> (u64, u64, u64) {
        self.polled
            .borrow()
            .get(&stream)
            .map_or((0, 0, 0), |p| (p.received, p.dropped, p.lines.len() as u64))
    }

    /// A file the page added (a Structured Streaming file source sees it at its next trigger).
    pub fn add_file(&self, path: &str, contents: &str) -> Result<()> {
        self.files.write(path, contents)
    }

    /// What the program printed since the last call: (stdout, stderr).
    pub fn take_output(&self) -> (String, String) {
        (self.out.take(), self.err.take())
    }

    /// Receivers opened since the last call.
    pub fn take_opened(&self) -> Vec<OpenedSource> {
        self.opened.take()
    }

    /// The timeout of the program's `awaitTermination*` (seconds), if it waited with one.
    pub fn await_timeout(&self) -> Option<f64> {
        self.awaited.get().flatten()
    }

    /// Moves the logical clock (batch times of a logical session).
    pub fn set_logical_now(&self, ms: i64) {
        self.logical_now.set(ms);
    }

    /// Files written so far (`saveAsTextFiles`), by path.
    pub fn files(&self) -> BTreeMap<String, String> {
        self.files.files.borrow().clone()
    }
}

impl SessionHost for LiveHost {
    fn stdout(&self, text: &str) {
        self.out.borrow_mut().push_str(text);
    }
    fn stderr(&self, text: &str) {
        self.err.borrow_mut().push_str(text);
    }
    fn now_millis(&self) -> i64 {
        if self.logical {
            self.logical_now.get()
        } else {
            js_sys::Date::now() as i64
        }
    }
    fn write_file(&self, path: &str, contents: &str) -> Result<()> {
        self.files.write(path, contents)
    }
    fn read_file(&self, path: &str) -> Result<String> {
        self.files.read(path)
    }
    fn list_dir(&self, dir: &str) -> Result<Vec<(String, i64)>> {
        self.files.list_dir(dir)
    }
    fn poll_source(&self, stream: StreamId) -> Vec<String> {
        self.polled
            .borrow_mut()
            .get_mut(&stream.0)
            .map(|p| std::mem::take(&mut p.lines))
            .unwrap_or_default()
    }
    fn open_source(&self, stream: StreamId, source: &Source) -> Result<()> {
        let (kind, host, port, directory) = match source {
            Source::Socket { host, port } => ("socket", Some(host.clone()), Some(*port), None),
            Source::TextFiles { directory } => ("textFiles", None, None, Some(directory.clone())),
            // The page's sources deliver lines of text, not files' bytes.
            Source::BinaryFiles { .. } => {
                return Err(runnel_core::Error::unsupported(
                    "binaryRecordsStream in the live playground (its sources deliver lines of text); run it with the runnel CLI",
                ))
            }
        };
        let key = source_key(source);
        self.opened.borrow_mut().push(OpenedSource {
            stream: stream.0,
            kind: kind.to_string(),
            key,
            host,
            port,
            directory,
        });
        Ok(())
    }
    /// Spark's `RecurringTimer` on the system clock (the first batch is the next multiple
    /// of the interval); the epoch on the logical clock.
    fn zero_time(&self, batch_ms: i64) -> Time {
        if self.logical {
            return Time(0);
        }
        let now = js_sys::Date::now() as i64;
        Time((now / batch_ms + 1) * batch_ms - batch_ms)
    }
    /// Returns at once: the worker's timer runs the batches after the module code ends.
    fn await_termination(&self, _session: &Session, timeout_secs: Option<f64>) -> Result<bool> {
        if self.awaited.get().is_none() {
            self.awaited.set(Some(timeout_secs));
        }
        Ok(false)
    }
    /// `time.sleep(s)` after `ssc.start()`: like `awaitTerminationOrTimeout`, the worker
    /// runs the batches of those seconds (after the module code) and then stops, and
    /// successive sleeps add up.
    fn sleep_while_running(&self, _session: &Session, secs: f64) -> Result<()> {
        let total = match self.awaited.get() {
            None => secs,
            Some(Some(t)) => t + secs,
            // Already waiting with no end.
            Some(None) => return Ok(()),
        };
        self.awaited.set(Some(Some(total)));
        Ok(())
    }
    /// `ssc.stop()` after `awaitTerminationOrTimeout(t)` is honoured by the worker ending
    /// the session t seconds after the start, not at once.
    fn defers_stop(&self) -> bool {
        true
    }
}
