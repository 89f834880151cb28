//! Helpers shared by Runnel's integration tests: running a case as the CLI's `--json`
//! does, and comparing with a golden recorded on real Spark.

use runnel_cli::pool::Pool;
use runnel_pyspark::{
    run_program, Executor, ExecutorRef, MemoryIo, RunOptions, RunOutput, SessionOptions, Task,
    TaskOutput,
};
use serde_json::Value as Json;
use std::cell::Cell;
use std::path::{Path, PathBuf};
use std::rc::Rc;

/// A case's header value (`# batch: 1`), as the recorder reads it.
pub fn header<'a>(src: &'a str, key: &str) -> Option<&'a str> {
    src.lines()
        .take_while(|l| l.starts_with('#'))
        .find_map(|l| {
            let rest = l.trim_start_matches('#').trim_start();
            rest.strip_prefix(key)?.strip_prefix(':').map(str::trim)
        })
}

/// Runs a program for `batches` batches of `batch_seconds`, recording `record`.
/// What made the run fail: the error that ended it, else the first failed job the stream
/// outlived (a snippet's, as Spark's JobScheduler logs it), as the CLI prints it.
pub fn failure(out: &RunOutput) -> Option<String> {
    out.error
        .clone()
        .or_else(|| out.job_errors.first().and_then(|d| d.traceback.clone()))
}

pub fn run(
    src: &str,
    filename: &str,
    batches: i64,
    batch_seconds: f64,
    record: &[&str],
) -> RunOutput {
    run_on(src, filename, batches, batch_seconds, record, None)
}

/// [`run`], with partitions running on `executor`'s worker threads.
pub fn run_on(
    src: &str,
    filename: &str,
    batches: i64,
    batch_seconds: f64,
    record: &[&str],
    executor: Option<ExecutorRef>,
) -> RunOutput {
    let session = SessionOptions {
        filename: filename.to_string(),
        batch_ms: (batch_seconds * 1000.0).round() as i64,
        record: record.iter().map(|s| s.to_string()).collect(),
        executor,
        ..SessionOptions::default()
    };
    run_program(
        src,
        RunOptions {
            session,
            batches,
            io: Rc::new(MemoryIo::default()),
        },
    )
}

/// The folder of the conformance cases and their goldens.
pub fn conformance_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("conformance")
}

/// How two outputs are compared.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Mode {
    Exact,
    /// Per batch, the same records in any order and the same partition count; pprint blocks
    /// as sets of lines (the recorder's `batch-multiset`).
    BatchMultiset,
}

/// What differs between a golden and a run (empty when they match).
pub fn compare(expected: &Json, got: &RunOutput, mode: Mode) -> Vec<String> {
    let mut problems = Vec::new();
    if let Some(e) = &got.error {
        problems.push(format!("the program failed: {e}"));
    }
    let want_stdout = expected["stdout"].as_str().unwrap_or_default();
    let same_stdout = match mode {
        Mode::Exact => want_stdout == got.stdout,
        Mode::BatchMultiset => blocks(want_stdout) == blocks(&got.stdout),
    };
    if !same_stdout {
        problems.push(format!(
            "stdout differs:\n--- expected\n{want_stdout}\n--- got\n{}",
            got.stdout
        ));
    }
    if let Some(want) = expected.get("nuevoDStream").and_then(Json::as_array) {
        let have = got.streams.get("nuevoDStream").cloned().unwrap_or_default();
        let want_times: Vec<i64> = want
            .iter()
            .map(|b| b["time_ms"].as_i64().unwrap_or(-1))
            .collect();
        let have_times: Vec<i64> = have.iter().map(|b| b.time_ms).collect();
        if want_times != have_times {
            problems.push(format!(
                "batch times differ: {want_times:?} vs {have_times:?}"
            ));
            return problems;
        }
        for (w, h) in want.iter().zip(&have) {
            let wp: Vec<Vec<String>> =
                serde_json::from_value(w["partitions"].clone()).unwrap_or_default();
            let ok = match mode {
                Mode::Exact => wp == h.partitions,
                Mode::BatchMultiset => {
                    wp.len() == h.partitions.len()
                        && sorted_records(&wp) == sorted_records(&h.partitions)
                }
            };
            if !ok {
                problems.push(format!(
                    "batch {} ms: partitions {:?} vs {:?}",
                    h.time_ms, wp, h.partitions
                ));
            }
        }
    }
    problems
}

fn sorted_records(parts: &[Vec<String>]) -> Vec<String> {
    let mut all: Vec<String> = parts.iter().flatten().cloned().collect();
    all.sort();
    all
}

/// The output split at pprint headers, each block's lines sorted.
fn blocks(text: &str) -> Vec<Vec<String>> {
    let rule = "-------------------------------------------";
    let mut out = vec![Vec::new()];
    let lines: Vec<&str> = text.lines().collect();
    let mut i = 0;
    while i < lines.len() {
        if lines[i] == rule
            && lines.get(i + 1).is_some_and(|l| l.starts_with("Time: "))
            && lines.get(i + 2) == Some(&rule)
        {
            out.push(vec![lines[i + 1].to_string()]);
            i += 3;
            continue;
        }
        if let Some(last) = out.last_mut() {
            last.push(lines[i].to_string());
        }
        i += 1;
    }
    for b in &mut out {
        b[..].sort();
    }
    out
}

/// Worker threads for `src` that count the tasks they ran (a test can then tell the
/// partitions really ran there).
pub struct CountingPool {
    pool: Pool,
    pub tasks: Cell<usize>,
}

impl CountingPool {
    pub fn new(threads: usize, src: &str, filename: &str) -> Rc<CountingPool> {
        let options = SessionOptions {
            filename: filename.to_string(),
            ..SessionOptions::default()
        };
        Rc::new(CountingPool {
            pool: Pool::new(threads, src, &options, false).expect("worker threads"),
            tasks: Cell::new(0),
        })
    }
}

impl Executor for CountingPool {
    fn workers(&self) -> usize {
        self.pool.workers()
    }
    fn run(&self, tasks: Vec<Task>) -> Vec<TaskOutput> {
        self.tasks.set(self.tasks.get() + tasks.len());
        self.pool.run(tasks)
    }
    /// No clock: every job that can run on the workers does, so tests see them there.
    fn now_ns(&self) -> Option<u64> {
        None
    }
}

/// A host whose batches only run when the test asks (as the browser worker's): its
/// `awaitTermination` returns at once, the zero time is the epoch, sources are fed by
/// the test (`Session::receive`, `push_block`).
#[derive(Default)]
pub struct Stepped {
    pub out: std::cell::RefCell<String>,
}

impl runnel_pyspark::SessionHost for Stepped {
    fn stdout(&self, text: &str) {
        self.out.borrow_mut().push_str(text);
    }
    fn stderr(&self, _: &str) {}
    fn now_millis(&self) -> i64 {
        0
    }
    fn write_file(&self, _: &str, _: &str) -> runnel_core::Result<()> {
        Ok(())
    }
    fn read_file(&self, path: &str) -> runnel_core::Result<String> {
        Err(runnel_core::Error::new("FileNotFoundError", path))
    }
    fn open_source(
        &self,
        _: runnel_core::stream::StreamId,
        _: &runnel_pyspark::Source,
    ) -> runnel_core::Result<()> {
        Ok(())
    }
    fn zero_time(&self, _: i64) -> runnel_core::time::Time {
        runnel_core::time::Time(0)
    }
    fn await_termination(
        &self,
        _: &runnel_pyspark::Session,
        _: Option<f64>,
    ) -> runnel_core::Result<bool> {
        Ok(false)
    }
    fn defers_stop(&self) -> bool {
        true
    }
}
