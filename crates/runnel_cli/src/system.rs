//! `--clock system`: batches fire on the wall clock, as in Spark.

use crate::progress::{BatchMetrics, Progress};
use crate::receivers::{Drained, Receivers};
use crate::{files, RunArgs};
use anyhow::Result;
use runnel_core::stream::StreamId;
use runnel_core::time::Time;
use runnel_core::Value;
use runnel_pyspark::{RunOutput, Session, SessionHost, SessionOptions, Source};
use std::cell::{Cell, RefCell};
use std::process::ExitCode;
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

pub(crate) fn run(source: &str, mut options: SessionOptions, args: &RunArgs) -> Result<ExitCode> {
    let interrupted = Arc::new(AtomicBool::new(false));
    let flag = interrupted.clone();
    ctrlc::set_handler(move || flag.store(true, Ordering::SeqCst))?;
    options.tz_offset_ms = chrono::Local::now().offset().local_minus_utc() as i64 * 1000;
    let host = Rc::new(SystemHost {
        receivers: RefCell::new(Receivers::new()),
        stdin: args.stdin,
        websocket: args.websocket,
        max_batches: args.batches,
        batches_run: Cell::new(0),
        interrupted,
        json: args.json,
        captured: RefCell::new(String::new()),
        progress: args.progress.then(Progress::default),
        pending: RefCell::new(std::collections::HashMap::new()),
        dstream: RefCell::new(Drained::default()),
    });
    let session = Session::new(host.clone(), options);
    let result = session.run(source);
    if args.json {
        // stderr went to the terminal as it came; the error is reported below.
        let error = result.as_ref().err();
        let out = RunOutput::from_session(&session, host.captured.take(), String::new(), error);
        crate::stdout::write(&format!("{}\n", serde_json::to_string(&out)?));
    }
    if let Some(summary) = host.progress.as_ref().and_then(Progress::summary) {
        eprintln!("{summary}");
    }
    match result {
        Ok(()) => Ok(ExitCode::SUCCESS),
        Err(e) => {
            eprintln!("{e}");
            Ok(ExitCode::FAILURE)
        }
    }
}

impl SystemHost {
    /// Takes what the receivers got, for whichever reads it: Structured Streaming's
    /// sources' lines wait in `pending` until their query polls; DStreams' lines (with
    /// their arrival times) and files wait in `dstream` until the next batch's `feed`.
    /// The one place the receivers are drained, so that a program with both kinds of
    /// stream loses nothing.
    fn collect(&self) {
        let drained = self.receivers.borrow_mut().drain();
        let mut pending = self.pending.borrow_mut();
        let mut dstream = self.dstream.borrow_mut();
        for (stream, time_ms, lines) in drained.lines {
            if runnel_pyspark::is_query_stream(stream) {
                pending.entry(stream).or_default().extend(lines);
            } else {
                dstream.lines.push((stream, time_ms, lines));
            }
        }
        for (stream, lines) in drained.files {
            if runnel_pyspark::is_query_stream(stream) {
                pending.entry(stream).or_default().extend(lines);
            } else {
                dstream.files.push((stream, lines));
            }
        }
        dstream.binary_files.extend(drained.binary_files);
    }

    /// Hands what the receivers got to the session: lines with their arrival times to the
    /// core's receiver tracker, new files as whole blocks.
    fn feed(&self, session: &Session, ended_stdin: Option<StreamId>) -> runnel_core::Result<()> {
        self.collect();
        let drained = std::mem::take(&mut *self.dstream.borrow_mut());
        for (stream, time_ms, lines) in drained.lines {
            session.receive(
                stream,
                time_ms,
                lines.iter().map(|l| Value::str(l)).collect(),
            )?;
        }
        for (stream, lines) in drained.files {
            session.push_block(stream, lines.iter().map(|l| Value::str(l)).collect())?;
        }
        for (stream, path, bytes) in drained.binary_files {
            session.push_block(stream, runnel_pyspark::binary_file_block(&path, bytes))?;
        }
        match ended_stdin {
            Some(stream) => session.end_input(stream),
            None => Ok(()),
        }
    }
}

struct SystemHost {
    receivers: RefCell<Receivers>,
    stdin: bool,
    /// `socketTextStream(host, port)` reads from `ws://host:port/`.
    websocket: bool,
    max_batches: Option<i64>,
    batches_run: Cell<i64>,
    interrupted: Arc<AtomicBool>,
    json: bool,
    captured: RefCell<String>,
    progress: Option<Progress>,
    /// Lines received for sources that Structured Streaming queries poll.
    pending: RefCell<std::collections::HashMap<StreamId, Vec<String>>>,
    /// Lines and files received for DStreams, not yet fed to a batch.
    dstream: RefCell<Drained>,
}

fn now_ms() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or(0)
}

impl SessionHost for SystemHost {
    fn stdout(&self, text: &str) {
        if self.json {
            self.captured.borrow_mut().push_str(text);
        } else {
            crate::stdout::write(text);
        }
    }
    fn stderr(&self, text: &str) {
        eprint!("{text}");
    }
    fn now_millis(&self) -> i64 {
        now_ms()
    }
    fn sleep(&self, secs: f64) {
        if secs > 0.0 && secs.is_finite() {
            std::thread::sleep(Duration::from_secs_f64(secs));
        }
    }
    fn write_file(&self, path: &str, contents: &str) -> runnel_core::Result<()> {
        files::write_file(path, contents)
    }
    fn read_file(&self, path: &str) -> runnel_core::Result<String> {
        files::read_file(path)
    }
    fn list_dir(&self, dir: &str) -> runnel_core::Result<Vec<(String, i64)>> {
        files::list_dir(dir)
    }
    fn poll_source(&self, stream: StreamId) -> Vec<String> {
        // Structured Streaming polls whole lines; arrival times only matter to the
        // DStream receiver tracker (`feed`).
        self.collect();
        self.pending
            .borrow_mut()
            .remove(&stream)
            .unwrap_or_default()
    }
    fn keeps_waiting(&self) -> bool {
        !self.interrupted.load(Ordering::SeqCst)
    }
    fn open_source(&self, stream: StreamId, source: &Source) -> runnel_core::Result<()> {
        let mut receivers = self.receivers.borrow_mut();
        match source {
            Source::Socket { .. } if self.stdin => receivers.stdin(stream),
            Source::Socket { host, port } if self.websocket => {
                receivers.websocket(stream, format!("ws://{host}:{port}/"))
            }
            Source::Socket { host, port } => receivers.socket(stream, host.clone(), *port),
            Source::TextFiles { directory } => receivers.directory(stream, directory, false)?,
            Source::BinaryFiles { directory, .. } => {
                receivers.directory(stream, directory, true)?
            }
        }
        Ok(())
    }
    /// Spark's `RecurringTimer`: the first batch is the next multiple of the interval.
    fn zero_time(&self, batch_ms: i64) -> Time {
        let now = now_ms();
        Time((now / batch_ms + 1) * batch_ms - batch_ms)
    }
    fn await_termination(
        &self,
        session: &Session,
        timeout_secs: Option<f64>,
    ) -> runnel_core::Result<bool> {
        let deadline = timeout_secs.map(|s| now_ms() + (s * 1000.0) as i64);
        loop {
            if self.interrupted.load(Ordering::SeqCst) || session.is_stopped() {
                return Ok(true);
            }
            // Batches whose job generation failed ran no job and do not count.
            let counted = self.batches_run.get() - session.batches_without_jobs();
            if self.max_batches.is_some_and(|n| counted >= n) {
                return Ok(true);
            }
            let Some(next) = session.next_batch_time() else {
                return Ok(false);
            };
            let wake = deadline.map_or(next.0, |d| d.min(next.0));
            let now = now_ms();
            if now < wake {
                std::thread::sleep(Duration::from_millis((wake - now).min(100) as u64));
                continue;
            }
            if deadline.is_some_and(|d| now >= d && d < next.0) {
                return Ok(false);
            }
            // Asked before draining: once stdin has ended, its last lines are drained now,
            // its blocks all go to this batch, and this batch is the last (the run ends at
            // end of input, as `nc` does).
            let ended = self.receivers.borrow().ended_stdin();
            self.feed(session, ended)?;
            let started = Instant::now();
            let report = session.run_next_batch()?;
            if let (Some(progress), Some(report)) = (&self.progress, report) {
                let metrics = BatchMetrics {
                    records: report.records_in,
                    processing_ms: started.elapsed().as_secs_f64() * 1000.0,
                    scheduling_delay_ms: (now - next.0).max(0) as f64,
                };
                progress.batch(&session.format_time(report.time), metrics);
            }
            self.batches_run.set(self.batches_run.get() + 1);
            if ended.is_some() {
                return Ok(true);
            }
        }
    }
}
