//! The native parallel executor: worker threads that run a batch's partitions at once.
//!
//! Each thread keeps its own interpreter, which loaded the program without running it
//! (`runnel_pyspark::Worker`): Python values are single-threaded, so tasks receive and
//! return copies, as Spark's Python workers receive and return pickled batches. Tasks go
//! to whichever thread is free; results come back tagged with their index and are put in
//! the tasks' order, so the output does not depend on which thread ran what.

use runnel_core::Error;
use runnel_pyspark::{Executor, SessionOptions, Task, TaskOutput, Worker};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::mpsc::{channel, Receiver, Sender};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;

/// A task, its index in the job, and where its output goes.
type Work = (usize, Task, Sender<(usize, TaskOutput)>);

/// Worker threads; dropping the pool ends them.
pub struct Pool {
    queue: Option<Sender<Work>>,
    threads: Vec<JoinHandle<()>>,
    started: std::time::Instant,
}

/// What a worker needs to rebuild the program's functions (plain data, so it can move to
/// the thread).
#[derive(Clone)]
struct Setup {
    source: Arc<str>,
    filename: String,
    step_budget: u64,
    max_collection_len: usize,
    stack_bytes: Option<usize>,
    utc_offset_at: Option<fn(i64) -> i64>,
    real_sleep: bool,
}

impl Setup {
    fn worker(&self) -> Result<Worker, String> {
        let options = SessionOptions {
            filename: self.filename.clone(),
            step_budget: self.step_budget,
            max_collection_len: self.max_collection_len,
            stack_bytes: self.stack_bytes,
            utc_offset_at: self.utc_offset_at,
            ..SessionOptions::default()
        };
        let sleep: Box<dyn Fn(f64)> = if self.real_sleep {
            Box::new(|secs| {
                if secs > 0.0 && secs.is_finite() {
                    std::thread::sleep(std::time::Duration::from_secs_f64(secs))
                }
            })
        } else {
            Box::new(|_| {})
        };
        Worker::new(&self.source, &options, sleep).map_err(|d| d.to_string())
    }
}

/// Worker threads get the main thread's stack size, which `options.stack_bytes` fits.
const STACK: usize = 8 << 20;

impl Pool {
    /// `threads` workers for `source` run with `options`; `real_sleep` makes `time.sleep`
    /// in tasks wait (the system clock), else it returns at once (the logical clock).
    pub fn new(
        threads: usize,
        source: &str,
        options: &SessionOptions,
        real_sleep: bool,
    ) -> std::io::Result<Pool> {
        let setup = Setup {
            source: Arc::from(source),
            filename: options.filename.clone(),
            step_budget: options.step_budget,
            max_collection_len: options.max_collection_len,
            stack_bytes: options.stack_bytes,
            utc_offset_at: options.utc_offset_at,
            real_sleep,
        };
        let (queue, inbox) = channel::<Work>();
        let inbox = Arc::new(Mutex::new(inbox));
        let threads = (0..threads)
            .map(|i| {
                let (setup, inbox) = (setup.clone(), inbox.clone());
                std::thread::Builder::new()
                    .name(format!("runnel-worker-{i}"))
                    .stack_size(STACK)
                    .spawn(move || serve(&setup, &inbox))
            })
            .collect::<std::io::Result<_>>()?;
        Ok(Pool {
            queue: Some(queue),
            threads,
            started: std::time::Instant::now(),
        })
    }
}

/// A worker thread's loop: take the next task, run it, send its output back.
fn serve(setup: &Setup, inbox: &Mutex<Receiver<Work>>) {
    let mut worker = setup.worker();
    loop {
        // The lock is held only while waiting for the next task.
        let next = match inbox.lock() {
            Ok(inbox) => inbox.recv(),
            Err(_) => return,
        };
        let Ok((index, task, reply)) = next else {
            return;
        };
        let output = match &worker {
            Ok(w) => match catch_unwind(AssertUnwindSafe(|| w.run(task))) {
                Ok(output) => output,
                Err(_) => {
                    // Its interpreter may be mid-borrow: start a fresh one.
                    worker = setup.worker();
                    TaskOutput::failed(Error::new("SystemError", "a worker thread panicked"))
                }
            },
            Err(e) => TaskOutput::failed(Error::new("SystemError", format!("worker: {e}"))),
        };
        let _ = reply.send((index, output));
    }
}

impl Executor for Pool {
    fn workers(&self) -> usize {
        self.threads.len()
    }

    fn now_ns(&self) -> Option<u64> {
        Some(self.started.elapsed().as_nanos() as u64)
    }

    fn run(&self, tasks: Vec<Task>) -> Vec<TaskOutput> {
        let n = tasks.len();
        let (reply, results) = channel();
        let mut outputs: Vec<Option<TaskOutput>> = (0..n).map(|_| None).collect();
        if let Some(queue) = &self.queue {
            for (i, task) in tasks.into_iter().enumerate() {
                let _ = queue.send((i, task, reply.clone()));
            }
        }
        drop(reply);
        // Ends when every task has answered, or when the workers are gone.
        for (i, output) in results {
            outputs[i] = Some(output);
        }
        outputs
            .into_iter()
            .map(|o| {
                o.unwrap_or_else(|| {
                    TaskOutput::failed(Error::new("SystemError", "the worker threads stopped"))
                })
            })
            .collect()
    }
}

impl Drop for Pool {
    fn drop(&mut self) {
        self.queue = None;
        for t in self.threads.drain(..) {
            let _ = t.join();
        }
    }
}
