//! Runs one program on Runnel in this process (a child of the driver, so its peak memory
//! is its own): the same session the `runnel` CLI runs with `--clock logical`, with a host
//! that times each batch.
//!
//! `runnel-bench runnel-child PROGRAM BATCHES STDOUT_FILE CORES` prints one JSON line of
//! figures. With CORES > 1 the batches' partitions run on the `runnel` CLI's worker pool.

use crate::stats::{own_peak_kb, RunStats};
use runnel_core::stream::StreamId;
use runnel_core::time::Time;
use runnel_core::{Error, Result};
use runnel_pyspark::{Session, SessionHost, SessionOptions, Source};
use std::cell::{Cell, RefCell};
use std::process::ExitCode;
use std::rc::Rc;
use std::time::Instant;

/// The process's CPU time (every thread's), in seconds.
fn cpu_now() -> f64 {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime writes into the timespec we pass.
    unsafe { libc::clock_gettime(libc::CLOCK_PROCESS_CPUTIME_ID, &mut ts) };
    ts.tv_sec as f64 + ts.tv_nsec as f64 * 1e-9
}

/// A logical-clock host (zero time at the epoch, batches as fast as possible) that
/// records each batch's processing time.
struct BenchHost {
    out: RefCell<String>,
    batches: i64,
    now: Cell<i64>,
    started: Instant,
    /// When the first batch started: what came before is setup (parsing the program,
    /// reading the `sc.textFile` files, building the initial state).
    first_batch_at: Cell<Option<f64>>,
    stats: RefCell<RunStats>,
    cpu_ms: RefCell<Vec<f64>>,
}

impl SessionHost for BenchHost {
    fn stdout(&self, text: &str) {
        self.out.borrow_mut().push_str(text);
    }
    fn stderr(&self, text: &str) {
        eprint!("{text}");
    }
    fn now_millis(&self) -> i64 {
        self.now.get()
    }
    fn write_file(&self, path: &str, contents: &str) -> Result<()> {
        std::fs::write(path, contents).map_err(|e| Error::new("OSError", e.to_string()))
    }
    fn read_file(&self, path: &str) -> Result<String> {
        std::fs::read_to_string(path)
            .map_err(|e| Error::new("FileNotFoundError", format!("[Errno 2] {e}: '{path}'")))
    }
    fn open_source(&self, _stream: StreamId, source: &Source) -> Result<()> {
        Err(Error::unsupported(format!(
            "{source:?}: the benchmark programs read queueStream(textFile) only"
        )))
    }
    fn zero_time(&self, _batch_ms: i64) -> Time {
        Time(0)
    }
    fn await_termination(&self, session: &Session, timeout_secs: Option<f64>) -> Result<bool> {
        runnel_pyspark::await_logical(session, &self.now, self.batches, timeout_secs, |_| {
            if self.first_batch_at.get().is_none() {
                self.first_batch_at
                    .set(Some(self.started.elapsed().as_secs_f64() * 1000.0));
            }
            let (t0, c0) = (Instant::now(), cpu_now());
            let report = session.run_next_batch()?;
            let (wall, cpu) = (
                t0.elapsed().as_secs_f64() * 1000.0,
                (cpu_now() - c0) * 1000.0,
            );
            let mut stats = self.stats.borrow_mut();
            stats.batch_ms.push(wall);
            stats.records.push(report.map_or(0, |r| r.records_in));
            self.cpu_ms.borrow_mut().push(cpu);
            Ok(())
        })
    }
}

pub fn child(args: &[String]) -> ExitCode {
    let [program, batches, stdout_file, cores] = args else {
        eprintln!("usage: runnel-bench runnel-child PROGRAM BATCHES STDOUT_FILE CORES");
        return ExitCode::FAILURE;
    };
    let cores: usize = cores.parse().unwrap_or(1).max(1);
    let source = match std::fs::read_to_string(program) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("runnel-bench: {program}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let host = Rc::new(BenchHost {
        out: RefCell::new(String::new()),
        batches: batches.parse().unwrap_or(1),
        now: Cell::new(0),
        started: Instant::now(),
        first_batch_at: Cell::new(None),
        stats: RefCell::new(RunStats {
            cores,
            ..RunStats::default()
        }),
        cpu_ms: RefCell::new(Vec::new()),
    });
    let mut options = SessionOptions {
        filename: program.clone(),
        // Inner loops over 10^6 keys (the state workloads' initialRDD) are long.
        step_budget: u64::MAX / 4,
        max_collection_len: 100_000_000,
        ..SessionOptions::default()
    };
    if cores > 1 {
        match runnel_cli::pool::Pool::new(cores, &source, &options, false) {
            Ok(pool) => options.executor = Some(runnel_pyspark::ExecutorRef(Rc::new(pool))),
            Err(e) => {
                eprintln!("runnel-bench: worker threads: {e}");
                return ExitCode::FAILURE;
            }
        }
    }
    let session = Session::new(host.clone(), options);
    let result = session.run(&source);
    let total_ms = host.started.elapsed().as_secs_f64() * 1000.0;
    let _ = std::fs::write(stdout_file, host.out.borrow().as_str());
    if let Err(e) = result {
        eprintln!("runnel-bench: {program}: {e}");
        return ExitCode::FAILURE;
    }
    let mut stats = host.stats.borrow().clone();
    stats.setup_ms = host.first_batch_at.get().unwrap_or(total_ms);
    stats.memory_kb = own_peak_kb();
    stats.cpu_ms = host.cpu_ms.borrow().clone();
    let mut json = stats.to_json();
    json["total_ms"] = serde_json::json!(total_ms);
    println!("{json}");
    ExitCode::SUCCESS
}
