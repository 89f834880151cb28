//! A program's run: the interpreter, the streaming context it creates, and the host.

use crate::executor::Handed;
use crate::glue;
use runnel_core::rdd::RddRef;
use runnel_core::stream::{node_key, Graph, GraphConfig, GraphDescription, StreamId};
use runnel_core::time::{DateTime, Time};
use runnel_core::value::Shared;
use runnel_core::{Error, Result, Value};
use runnel_python::{Config, Interpreter};
use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;
use std::rc::{Rc, Weak};

/// How a program runs.
#[derive(Clone, Debug)]
pub struct SessionOptions {
    /// The file name shown in errors.
    pub filename: String,
    /// The batch interval of the predefined `ssc` (the slides' snippets use it); a program's
    /// own `StreamingContext(sc, S)` sets its own.
    pub batch_ms: i64,
    /// `sc.defaultParallelism` (2, as `local[2]`).
    pub default_parallelism: usize,
    /// Steps a Python function may run per call.
    pub step_budget: u64,
    /// Longest collection a program may build.
    pub max_collection_len: usize,
    /// The host's UTC offset, for showing times as Python's local `datetime`.
    pub tz_offset_ms: i64,
    /// The host's UTC offset at a UTC instant (both in ms), daylight saving included, for
    /// Python's local time (`datetime.fromtimestamp`, `timestamp()`, `date.today()`);
    /// `None`: `tz_offset_ms` at every instant.
    pub utc_offset_at: Option<fn(i64) -> i64>,
    /// DStream variables whose batches are recorded (`--record NAME`).
    pub record: Vec<String>,
    /// Records every DStream of the graph's description, keyed by node id (`"n3"`), as
    /// `--record-all` asks. Steps are then not pipelined, so each DStream's batches exist
    /// (the output is the same; only runs that ask for it pay for it).
    pub record_all: bool,
    /// Rust stack the interpreter may use for Python recursion, when the host knows its
    /// thread has more than the interpreter's cautious default (wasm, test threads).
    pub stack_bytes: Option<usize>,
    /// Globals the host defines before the program runs, e.g. native functions standing
    /// for a JS app's callbacks (`runnel_python::NativeFunction` values).
    pub globals: Vec<(String, runnel_core::Value)>,
    /// How receivers cut blocks (200 ms) and `maxRate` / `maxBuffered`.
    pub receiver: runnel_core::stream::ReceiverLimits,
    /// Worker threads that run partitions in parallel (a native host's; see
    /// [`crate::Executor`]). `None`: partitions run one after another on this thread.
    pub executor: Option<crate::ExecutorRef>,
    /// Structured Streaming queries keep a record of every micro-batch (`--json`; also
    /// with `record_all`, the playground's).
    pub record_queries: bool,
}

impl Default for SessionOptions {
    fn default() -> Self {
        SessionOptions {
            filename: "program.py".into(),
            batch_ms: 1000,
            default_parallelism: 2,
            step_budget: 10_000_000,
            max_collection_len: 10_000_000,
            tz_offset_ms: 0,
            utc_offset_at: None,
            record: Vec::new(),
            record_all: false,
            stack_bytes: None,
            globals: Vec::new(),
            receiver: Default::default(),
            executor: None,
            record_queries: false,
        }
    }
}

/// A receiver source a program opened; the host feeds it with [`Session::push_block`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    /// `ssc.socketTextStream(host, port)`: one record per line.
    Socket { host: String, port: u16 },
    /// `ssc.textFileStream(directory)`: each new file is a block of lines.
    TextFiles { directory: String },
    /// `ssc.binaryRecordsStream(directory, recordLength)`: each new file is a block holding
    /// one record, the pair `(path, bytes of the file)`; the session cuts it into records
    /// of `record_length` bytes ([`Session::push_block`]).
    BinaryFiles {
        directory: String,
        record_length: i64,
    },
}

/// What a session needs from its host: output, files, a clock, and the batch loop.
pub trait SessionHost {
    /// Text the program prints on the driver (pprint, print in driver code).
    fn stdout(&self, text: &str);
    /// Text printed inside tasks (Spark's Python workers print to the executor's stderr),
    /// warnings.
    fn stderr(&self, text: &str);
    /// Milliseconds since the epoch (`time.time()`).
    fn now_millis(&self) -> i64;
    /// `time.sleep(secs)` while no streaming context runs.
    fn sleep(&self, _secs: f64) {}
    /// `time.sleep(secs)` while a streaming context runs: the batches that fall in those
    /// seconds run (on the wall clock as they come; on a logical clock the sleep moves it),
    /// as Spark's go on while its driver sleeps. By default, what
    /// `awaitTerminationOrTimeout(secs)` does.
    fn sleep_while_running(&self, session: &Session, secs: f64) -> Result<()> {
        self.await_termination(session, Some(secs)).map(|_| ())
    }
    /// Writes a file (`saveAsTextFiles`).
    fn write_file(&self, path: &str, contents: &str) -> Result<()>;
    /// Reads a file (`sc.textFile`).
    fn read_file(&self, path: &str) -> Result<String>;
    /// A receiver stream was created: the host starts feeding it.
    fn open_source(&self, stream: StreamId, source: &Source) -> Result<()>;
    /// The zero time of a context starting now.
    fn zero_time(&self, batch_ms: i64) -> Time;
    /// `awaitTermination(timeout)`: runs batches ([`Session::run_next_batch`]) until the
    /// context stops or the timeout passes; returns whether it stopped.
    fn await_termination(&self, session: &Session, timeout_secs: Option<f64>) -> Result<bool>;
    /// Whether `ssc.stop()` after an `awaitTermination*` only records the request
    /// ([`Session::stop_requested`]). Hosts whose `await_termination` returns at once (the
    /// browser worker, which runs batches on its own timer) return true and stop the
    /// session themselves when the awaited timeout has passed.
    fn defers_stop(&self) -> bool {
        false
    }
    /// The files of a directory with their modification times in ms (Structured
    /// Streaming's file sources); hidden files (`_`, `.`) left out.
    fn list_dir(&self, dir: &str) -> Result<Vec<(String, i64)>> {
        Err(Error::unsupported(format!(
            "reading the directory {dir} is not available in this host"
        )))
    }
    /// The lines a source opened with [`SessionHost::open_source`] received since the
    /// last call, for sources read by Structured Streaming queries (which poll instead of
    /// having blocks pushed into a DStream graph).
    fn poll_source(&self, _stream: StreamId) -> Vec<String> {
        Vec::new()
    }
    /// Lets `ms` pass between two triggers of a Structured Streaming query: a wall-clock
    /// host sleeps, a logical one moves its clock.
    fn advance_clock(&self, ms: i64) {
        self.sleep(ms as f64 / 1000.0)
    }
    /// Whether a Structured Streaming `awaitTermination()` keeps polling for new data
    /// (a wall-clock host) or returns once the data there is processed (a logical run).
    fn keeps_waiting(&self) -> bool {
        false
    }
}

/// What the native classes share: the interpreter (weakly: the interpreter holds them) and
/// the host.
pub(crate) struct Env {
    pub(crate) interp: Weak<Interpreter>,
    pub(crate) host: Rc<dyn SessionHost>,
    pub(crate) options: SessionOptions,
    /// The streaming context `start()` or `awaitTermination()` act on.
    pub(crate) active: RefCell<Option<Rc<Ctx>>>,
    pub(crate) recorded: RefCell<BTreeMap<String, Vec<RecordedBatch>>>,
    /// The failed output jobs the stream outlived, in order (see [`Session::failed_jobs`]).
    pub(crate) job_errors: RefCell<Vec<runnel_python::DiagnosticData>>,
    session: RefCell<Weak<SessionInner>>,
    pub(crate) classes: std::cell::OnceCell<crate::classes::Classes>,
    /// `sc.defaultParallelism`: the session's default until the program's own
    /// `SparkContext` names a master (`local[4]`: 4) or `spark.default.parallelism`.
    pub(crate) parallelism: Cell<usize>,
    /// Whether the program was told there is no JVM (`sc._jvm`).
    pub(crate) jvm_warned: Cell<bool>,
    /// The next `rdd.id()`.
    rdd_ids: Cell<i64>,
    /// The one `SparkContext` value (`rdd.context is sc`, as in PySpark).
    pub(crate) spark_context: std::cell::OnceCell<Value>,
    /// The next accumulator's `aid` (PySpark counts them from 0).
    accumulator_ids: Cell<i64>,
    /// The call site the JVM RDDs being made take (`toDebugString`).
    pub(crate) sites: crate::rdd_lineage::Sites,

    /// The SparkContext's settings (`sc.getConf()`): the master and app name Spark's
    /// `local[2]` runs give snippets, then what the program's own SparkContext sets.
    pub(crate) conf: RefCell<BTreeMap<String, String>>,
    /// `sc.setLocalProperty(key, value)`'s properties (`getLocalProperty`).
    pub(crate) local_properties: RefCell<BTreeMap<String, String>>,
    /// When the session began (`sc.startTime`, `sc.applicationId`), in ms since the epoch.
    pub(crate) start_ms: i64,
    /// The Structured Streaming session (`pyspark.sql`), for `rdd.toDF()`.
    #[cfg(feature = "sql")]
    pub(crate) sql: std::cell::OnceCell<Rc<runnel_sql::py::Spark>>,
}

impl Env {
    pub(crate) fn interp(&self) -> Result<Rc<Interpreter>> {
        self.interp
            .upgrade()
            .ok_or_else(|| Error::new("RuntimeError", "the program has ended"))
    }

    /// A Python callable given to an RDD or DStream operation.
    pub(crate) fn udf(&self, f: Value) -> Result<crate::udf::Udf> {
        let exec = self.options.executor.as_ref().map(|e| e.0.clone());
        Ok(crate::udf::Udf::new(&self.interp()?, f, exec))
    }

    /// `sc.defaultParallelism`.
    pub(crate) fn default_parallelism(&self) -> usize {
        self.parallelism.get()
    }

    /// A new accumulator's `aid`.
    pub(crate) fn next_accumulator_id(&self) -> i64 {
        let id = self.accumulator_ids.get();
        self.accumulator_ids.set(id + 1);
        id
    }

    /// A new RDD's `id()`.
    pub(crate) fn next_rdd_id(&self) -> i64 {
        let id = self.rdd_ids.get();
        self.rdd_ids.set(id + 1);
        id
    }

    /// The active streaming context if it has started and not stopped.
    pub(crate) fn running(&self) -> Option<Rc<Ctx>> {
        let ctx = self.active.borrow().clone()?;
        (ctx.started.get() && !ctx.stopped.get() && !ctx.in_batch.get()).then_some(ctx)
    }

    pub(crate) fn classes(&self) -> Result<&crate::classes::Classes> {
        self.classes
            .get()
            .ok_or_else(|| Error::new("RuntimeError", "PySpark classes are not installed"))
    }

    pub(crate) fn session(&self) -> Result<Session> {
        let inner = self
            .session
            .borrow()
            .upgrade()
            .ok_or_else(|| Error::new("RuntimeError", "the program has ended"))?;
        Ok(Session { inner })
    }
}

/// One batch of a recorded stream, as the CLI's `--json` shows it.
pub use crate::runner::RecordedBatch;

/// A `StreamingContext`.
pub(crate) struct Ctx {
    pub(crate) env: Rc<Env>,
    pub(crate) graph: RefCell<Graph>,
    pub(crate) started: Cell<bool>,
    pub(crate) stopped: Cell<bool>,
    pub(crate) awaited: Cell<bool>,
    /// The program called `awaitTermination`: a failed output job raises there.
    pub(crate) raise_job_errors: Cell<bool>,
    /// `ssc.stop()` came while the host defers stops ([`SessionHost::defers_stop`]).
    pub(crate) stop_requested: Cell<bool>,
    pub(crate) batches_run: Cell<i64>,
    /// Batches whose job generation failed (a `transform` function raised): no job ran,
    /// so a recorder's output (a job) counted none of them (see [`Session::batches_without_jobs`]).
    pub(crate) batches_without_jobs: Cell<i64>,
    /// A batch is running (its functions may sleep, but not run other batches).
    pub(crate) in_batch: Cell<bool>,
    pub(crate) checkpoint_dir: RefCell<Option<String>>,
    /// Set by operators for which Spark requires `ssc.checkpoint(dir)`.
    pub(crate) needs_checkpoint: Cell<Option<&'static str>>,
    /// The storage level Spark Streaming persists each stream's batch RDDs at (`cache()`,
    /// `persist(level)`, a window's parent), as their `getStorageLevel()` shows.
    pub(crate) stream_levels: RefCell<BTreeMap<StreamId, crate::context::StorageLevel>>,
    /// The record length of each `binaryRecordsStream`.
    pub(crate) binary_streams: RefCell<BTreeMap<StreamId, i64>>,
    /// Streams PySpark holds as a JVM DStream (a window, a union, a join, a state, a
    /// cached stream...) rather than a `TransformedDStream` a Python step pipelines onto:
    /// a Python task reads their batches through pickle ([`Ctx::handed`]).
    pub(crate) jvm_streams: RefCell<std::collections::BTreeSet<StreamId>>,
    /// The JVM RDDs Spark would make for its batches (`toDebugString`, `id()`).
    pub(crate) mirror: Rc<crate::stream_lineage::Mirror>,
    /// The batches' jobs, as accumulators see them.
    pub(crate) jobs: Rc<crate::jobs_stream::Streams>,
    /// The context that was the session's before this one was made: it is again if this
    /// one stops without having started (a second context tried and given up).
    pub(crate) previous: RefCell<Option<Rc<Ctx>>>,
}

impl Ctx {
    pub(crate) fn new(env: Rc<Env>, batch_ms: i64) -> Rc<Ctx> {
        let config = GraphConfig {
            batch_ms,
            default_parallelism: env.default_parallelism(),
            tz_offset_ms: env.options.tz_offset_ms,
            receiver: env.options.receiver,
        };
        Rc::new(Ctx {
            env,
            graph: RefCell::new(Graph::new(config)),
            started: Cell::new(false),
            stopped: Cell::new(false),
            awaited: Cell::new(false),
            raise_job_errors: Cell::new(false),
            stop_requested: Cell::new(false),
            batches_run: Cell::new(0),
            batches_without_jobs: Cell::new(0),
            in_batch: Cell::new(false),
            checkpoint_dir: RefCell::new(None),
            needs_checkpoint: Cell::new(None),
            stream_levels: RefCell::new(BTreeMap::new()),
            binary_streams: RefCell::new(BTreeMap::new()),
            jvm_streams: RefCell::default(),
            mirror: Default::default(),
            jobs: Default::default(),
            previous: RefCell::new(None),
        })
    }

    /// How a Python task built on stream `id` (in `g`) reads its batches: through pickle
    /// when PySpark holds the stream as a JVM DStream and a Python stage wrote its records
    /// (`always_jvm`: the reader is a JVM DStream of its own, `foreachRDD`'s or
    /// `transformWith`'s, which never pipelines).
    pub(crate) fn handed(&self, g: &Graph, id: StreamId, always_jvm: bool) -> Handed {
        let jvm = always_jvm || self.jvm_streams.borrow().contains(&id);
        match jvm && g.records_from_python(id) {
            true => Handed::ThroughJvm,
            false => Handed::Pipelined,
        }
    }

    /// Marks stream `id` as one PySpark holds as a JVM DStream (see [`Ctx::handed`]).
    pub(crate) fn held_by_jvm(&self, id: StreamId) {
        self.jvm_streams.borrow_mut().insert(id);
    }

    /// The JVM's refusal of a new DStream once the context has started or stopped.
    pub(crate) fn closed_graph(&self) -> Option<Error> {
        if !self.started.get() && !self.stopped.get() {
            return None;
        }
        let when = if self.stopped.get() {
            "stopping"
        } else {
            "starting"
        };
        Some(Error::new(
            "Py4JJavaError",
            format!("java.lang.IllegalStateException: Adding new inputs, transformations, and output operations after {when} a context is not supported"),
        ))
    }

    /// The graph, for adding streams; Spark forbids that once the context has started.
    /// Spark's JVM refuses it (`DStream.validateAtInit`): PySpark raises a Py4JJavaError.
    pub(crate) fn graph_mut(&self) -> Result<std::cell::RefMut<'_, Graph>> {
        if let Some(e) = self.closed_graph() {
            return Err(e);
        }
        self.graph
            .try_borrow_mut()
            .map_err(|_| Error::new("RuntimeError", "the streaming context is busy"))
    }

    /// `ssc.start()`.
    /// Spark's JVM only warns when the context runs already, and refuses a stopped one.
    pub(crate) fn start(self: &Rc<Ctx>) -> Result<()> {
        if self.stopped.get() {
            return Err(Error::new(
                "Py4JJavaError",
                "java.lang.IllegalStateException: StreamingContext has already been stopped",
            ));
        }
        if self.started.get() {
            self.env
                .host
                .stderr("WARN StreamingContext: StreamingContext has already been started\n");
            return Ok(());
        }
        self.record_streams()?;
        if let (Some(op), None) = (
            self.needs_checkpoint.get(),
            self.checkpoint_dir.borrow().as_ref(),
        ) {
            self.env.host.stderr(&format!(
                "warning: {op} needs a checkpoint directory in Spark, which refuses to start without one \
                 (\"The checkpoint directory has not been set\"): call ssc.checkpoint(\"dir\") before ssc.start(). \
                 Runnel runs it anyway, keeping the state in memory.\n"
            ));
        }
        let mut graph = self.graph.borrow_mut();
        let zero = self.env.host.zero_time(graph.config.batch_ms);
        graph.start(zero)?;
        self.mirror.start(&self.env, zero.0, graph.config.batch_ms);
        self.started.set(true);
        *self.env.active.borrow_mut() = Some(self.clone());
        Ok(())
    }

    /// Registers, after the program's own outputs, one that records each `--record` stream
    /// (as the conformance recorder's `foreachRDD` does).
    fn record_streams(&self) -> Result<()> {
        let interp = self.env.interp()?;
        for name in &self.env.options.record {
            let Some(id) = interp
                .get_global(name)
                .and_then(|v| crate::dstream::stream_id(&v))
            else {
                self.env.host.stderr(&format!(
                    "warning: --record {name}: the program has no DStream variable named {name}\n"
                ));
                continue;
            };
            self.env
                .recorded
                .borrow_mut()
                .entry(name.clone())
                .or_default();
            let env = self.env.clone();
            let name = name.clone();
            let from_python = self.graph.borrow().records_from_python(id);
            self.graph.borrow_mut().add_probe(
                id,
                Shared::new(move |t: Time, rdd: &RddRef| {
                    if crate::jobs::would_fail(rdd) {
                        return Ok(());
                    }
                    let partitions = reprs(rdd, from_python);
                    if let Some(batches) = env.recorded.borrow_mut().get_mut(&name) {
                        batches.push(RecordedBatch {
                            time_ms: t.0,
                            partitions,
                        });
                    }
                    Ok(())
                }),
            );
        }
        Ok(())
    }
}

/// A running program. Cheap to clone: a handle.
#[derive(Clone)]
pub struct Session {
    inner: Rc<SessionInner>,
}

struct SessionInner {
    interp: Rc<Interpreter>,
    env: Rc<Env>,
}

impl Session {
    /// Prepares the interpreter with PySpark's modules and the slides' predefined `sc`,
    /// `ssc` and `createQUEUERDD`.
    pub fn new(host: Rc<dyn SessionHost>, options: SessionOptions) -> Session {
        let config = Config {
            step_budget: options.step_budget,
            max_collection_len: options.max_collection_len,
            filename: options.filename.clone(),
        };
        let py_host = Rc::new(glue::PyHost(
            host.clone(),
            std::cell::OnceCell::new(),
            glue::LocalZone::of(&options),
        ));
        let interp = Interpreter::new(config, py_host.clone());
        if let Some(bytes) = options.stack_bytes {
            interp.set_stack_limit(bytes);
        }
        let parallelism = options.default_parallelism;
        let start_ms = host.now_millis();
        let env = Rc::new(Env {
            interp: Rc::downgrade(&interp),
            host,
            options,
            active: RefCell::new(None),
            recorded: RefCell::new(BTreeMap::new()),
            job_errors: RefCell::new(Vec::new()),
            session: RefCell::new(Weak::new()),
            classes: std::cell::OnceCell::new(),
            parallelism: Cell::new(parallelism),
            jvm_warned: Cell::new(false),
            rdd_ids: Cell::new(0),
            accumulator_ids: Cell::new(0),
            spark_context: std::cell::OnceCell::new(),
            sites: Default::default(),

            conf: RefCell::new(BTreeMap::from([
                ("spark.master".to_string(), "local[2]".to_string()),
                ("spark.app.name".to_string(), "runnel".to_string()),
            ])),
            local_properties: RefCell::default(),
            start_ms,
            #[cfg(feature = "sql")]
            sql: std::cell::OnceCell::new(),
        });
        let _ = py_host.1.set(Rc::downgrade(&env));
        let inner = Rc::new(SessionInner { interp, env });
        *inner.env.session.borrow_mut() = Rc::downgrade(&inner);
        crate::context::install(&inner.interp, &inner.env);
        install_sql(&inner);
        for (name, value) in &inner.env.options.globals {
            inner.interp.set_global(name, value.clone());
        }
        Session { inner }
    }

    /// Runs the program's module code. A program that builds a pipeline but never starts
    /// it (the slides' snippets) or never waits for it runs as if it ended with
    /// `ssc.start(); ssc.awaitTermination()`.
    /// Fails with the diagnostic hosts render (its `Display` is the CLI's text) or send
    /// as data ([`runnel_python::Diagnostic::data`]).
    pub fn run(&self, source: &str) -> std::result::Result<(), runnel_python::Diagnostic> {
        let sites = &self.inner.env.sites;
        sites.keep_records.set(source.contains("toDebugString"));
        self.inner.interp.run_module(source)?;
        // Rendered as the interpreter renders uncaught exceptions: a Python traceback.
        self.finish().map_err(runnel_python::Diagnostic::from)
    }

    fn finish(&self) -> Result<()> {
        let Some(ctx) = self.active() else {
            return Ok(());
        };
        // A plain Python script (no DStream at all) has nothing to run.
        if ctx.stopped.get() || ctx.awaited.get() || ctx.graph.borrow().num_streams() == 0 {
            return Ok(());
        }
        if !ctx.started.get() {
            ctx.start()?;
        }
        ctx.awaited.set(true);
        self.inner
            .env
            .host
            .await_termination(self, None)
            .map(|_| ())
    }

    /// Runs the next batch of the started context. `None` when there is none to run (not
    /// started, or stopped).
    pub fn run_next_batch(&self) -> Result<Option<BatchReport>> {
        let Some(ctx) = self.active() else {
            return Ok(None);
        };
        if !ctx.started.get() || ctx.stopped.get() {
            return Ok(None);
        }
        let k = ctx.batches_run.get() + 1;
        let busy = || Error::new("RuntimeError", "a batch is already running");
        let mut graph = ctx.graph.try_borrow_mut().map_err(|_| busy())?;
        let time = graph.batch_time(k);
        ctx.in_batch.set(true);
        let jobs = graph.generate_jobs(time);
        ctx.in_batch.set(false);
        let jobs = jobs?;
        let keep = self.inner.env.sites.keep_records.get();
        if jobs.generation_failed() {
            // Spark made some of the batch's RDDs before the error: ids part from here.
            ctx.mirror
                .give_up("a batch whose jobs failed to generate (a transform function raised)");
        } else {
            ctx.mirror.batch_generated(&graph, keep);
        }
        // The outputs run without the graph borrowed: a `foreachRDD` function may `slice`.
        drop(graph);
        ctx.in_batch.set(true);
        let done = jobs.run();
        ctx.in_batch.set(false);
        let ran = done.failed.is_empty() && done.generation.is_none();
        let ended = ctx.jobs.end_batch(time, ran).map_err(|e| {
            let at = DateTime::from_millis(time.0, ctx.env.options.tz_offset_ms).to_str();
            e.in_batch_at(time.0, &at)
        });
        let mut failed: Vec<_> = done
            .failed
            .into_iter()
            .map(|(i, e)| {
                (
                    format!("Error running job streaming job {} ms.{i}", time.0),
                    e,
                )
            })
            .collect();
        if let Some(e) = done.generation {
            failed.push((format!("Error generating jobs for time {} ms", time.0), e));
            ctx.batches_without_jobs
                .set(ctx.batches_without_jobs.get() + 1);
        }
        let job_errors = self.failed_jobs(&ctx, failed)?;
        ended?;
        let mut graph = ctx.graph.try_borrow_mut().map_err(|_| busy())?;
        graph.finish_batch(time);
        ctx.batches_run.set(k);
        if self.inner.env.options.record_all {
            self.record_all_at(&graph, time);
        }
        Ok(Some(BatchReport {
            time,
            records_in: done.records_in,
            job_errors,
        }))
    }

    /// The batch's failed output jobs. A program waiting in `ssc.awaitTermination()` (or
    /// `awaitTerminationOrTimeout`) gets the first error raised there, as Spark's
    /// JobScheduler hands it to the waiter; otherwise (a snippet, `time.sleep` after
    /// `ssc.start()`) Spark logs each failed job and the stream goes on: so do we, on
    /// stderr, and the report carries them for the page.
    fn failed_jobs(
        &self,
        ctx: &Ctx,
        mut failed: Vec<(String, Error)>,
    ) -> Result<Vec<runnel_python::DiagnosticData>> {
        // A runaway program (a budget spent), what Runnel refuses (NotImplementedError: a
        // feature it lacks) or what only the full engine has (the worker runs the program
        // again there) ends the run whatever waits.
        let ends_run = |e: &Error| {
            e.exc_type == runnel_python::STEP_BUDGET
                || matches!(&*e.exc_type, "MemoryError" | "NotImplementedError")
                || e.message.contains(runnel_python::FULL_ENGINE_MARKER)
        };
        if let Some(i) = failed.iter().position(|(_, e)| ends_run(e)) {
            return Err(failed.swap_remove(i).1);
        }
        if ctx.raise_job_errors.get() && !failed.is_empty() {
            return Err(failed.swap_remove(0).1);
        }
        let mut errors = Vec::with_capacity(failed.len());
        for (what, e) in failed {
            let shown = runnel_python::Diagnostic::from(e);
            self.inner
                .env
                .host
                .stderr(&format!("ERROR JobScheduler: {what}\n{shown}\n"));
            errors.push(shown.data());
        }
        self.inner
            .env
            .job_errors
            .borrow_mut()
            .extend(errors.iter().cloned());
        Ok(errors)
    }

    /// `record_all`: every described stream's batch at `t`, under its node id.
    fn record_all_at(&self, graph: &Graph, t: Time) {
        let mut recorded = self.inner.env.recorded.borrow_mut();
        for id in graph.visible_streams() {
            let batches = recorded.entry(node_key(id)).or_default();
            // A batch whose jobs fail records nothing, as the named recorder (a job).
            let rdd = graph.generated(id, t);
            if let Some(rdd) = rdd.filter(|r| !crate::jobs::would_fail(r)) {
                batches.push(RecordedBatch {
                    time_ms: t.0,
                    partitions: reprs(&rdd, graph.records_from_python(id)),
                });
            }
        }
    }

    /// Every failed output job the stream outlived so far (a run's `--json` lists them).
    pub fn job_errors(&self) -> Vec<runnel_python::DiagnosticData> {
        self.inner.env.job_errors.borrow().clone()
    }

    /// The DStream graph of the active (or last created) streaming context, with the
    /// program's variable names.
    pub fn describe(&self) -> GraphDescription {
        let Some(ctx) = self.active() else {
            return GraphDescription::default();
        };
        let Ok(mut graph) = ctx.graph.try_borrow_mut() else {
            return GraphDescription::default();
        };
        crate::describe::name_streams(&self.inner.interp, &mut graph);
        graph.describe()
    }

    /// How many batches of the active context had no jobs, their generation failed (a
    /// `--batches N` run counts the batches with jobs, as a recorder's `foreachRDD` does).
    pub fn batches_without_jobs(&self) -> i64 {
        self.active().map_or(0, |c| c.batches_without_jobs.get())
    }

    /// Whether the active context has been stopped (`ssc.stop()`).
    pub fn is_stopped(&self) -> bool {
        self.inner
            .env
            .active
            .borrow()
            .as_ref()
            .is_some_and(|c| c.stopped.get())
    }

    /// Whether the program called `ssc.stop()` while the host defers stops.
    pub fn stop_requested(&self) -> bool {
        self.inner
            .env
            .active
            .borrow()
            .as_ref()
            .is_some_and(|c| c.stop_requested.get())
    }

    /// The state of each stateful operator after the batch at `t` (updateStateByKey's
    /// keyed state, a windowed reduction's window contents by key), for a live host's
    /// batch events and the playground.
    pub fn state_at(&self, t: Time) -> Vec<StateSnapshot> {
        let Some(ctx) = self.inner.env.active.borrow().clone() else {
            return Vec::new();
        };
        let graph = ctx.graph.borrow();
        graph
            .stateful_streams()
            .into_iter()
            .map(|(id, holder)| StateSnapshot {
                node: node_key(id),
                op: graph.op_name(id).to_string(),
                entries: graph
                    .current_state(holder, t)
                    .map(|rdd| entries(&rdd))
                    .unwrap_or_default(),
            })
            .collect()
    }

    /// The batches recorded since the last call, for each `--record` stream (a live host's
    /// events carry each batch once, and memory does not grow with the session).
    pub fn take_recorded(&self) -> BTreeMap<String, Vec<RecordedBatch>> {
        let mut recorded = self.inner.env.recorded.borrow_mut();
        recorded
            .iter_mut()
            .map(|(name, batches)| (name.clone(), std::mem::take(batches)))
            .collect()
    }

    /// The time of the next batch, once started.
    pub fn next_batch_time(&self) -> Option<Time> {
        let ctx = self.active()?;
        let graph = ctx.graph.borrow();
        graph
            .is_started()
            .then(|| graph.batch_time(ctx.batches_run.get() + 1))
    }

    /// A batch time as the program sees it (Python's `str(datetime)`).
    pub fn format_time(&self, t: Time) -> String {
        self.active()
            .map(|c| c.graph.borrow().format_time(t))
            .unwrap_or_default()
    }

    /// The streaming context `start()` and `awaitTermination()` act on.
    pub(crate) fn active(&self) -> Option<Rc<Ctx>> {
        self.inner.env.active.borrow().clone()
    }

    /// The batch interval of the active context.
    pub fn batch_ms(&self) -> Option<i64> {
        Some(self.active()?.graph.borrow().config.batch_ms)
    }

    /// The zero time of the active context.
    pub fn zero_time(&self) -> Option<Time> {
        Some(self.active()?.graph.borrow().zero_time())
    }

    /// Hands received records to a receiver stream (one block, one partition). A
    /// `binaryRecordsStream`'s files are cut into its records here, so every host fails the
    /// batch alike on a file that is not a whole number of records.
    pub fn push_block(&self, stream: StreamId, records: Vec<runnel_core::Value>) -> Result<()> {
        let ctx = self
            .inner
            .env
            .active
            .borrow()
            .clone()
            .ok_or_else(|| Error::value_error("no streaming context"))?;
        let record_length = ctx.binary_streams.borrow().get(&stream).copied();
        let records = match record_length {
            Some(n) => crate::binary_records::cut_files(&records, n)?,
            None => records,
        };
        let mut graph = ctx
            .graph
            .try_borrow_mut()
            .map_err(|_| Error::new("RuntimeError", "a batch is running"))?;
        graph.push_block(stream, records)
    }

    /// Each Structured Streaming query's micro-batches since the last call (recorded
    /// when [`SessionOptions::record_queries`] is set).
    #[cfg(feature = "sql")]
    pub fn take_query_records(&self) -> BTreeMap<String, Vec<runnel_sql::query::BatchRecord>> {
        self.inner
            .env
            .sql
            .get()
            .map(|s| s.take_records())
            .unwrap_or_default()
    }

    /// Runs one micro-batch of every Structured Streaming query that has one due (new data,
    /// or a data-less batch the watermark calls for); returns whether any ran. For hosts
    /// whose `awaitTermination` returns at once ([`SessionHost::defers_stop`]): the
    /// browser worker calls it on its timer.
    pub fn trigger_queries(&self, now_ms: i64) -> Result<bool> {
        #[cfg(feature = "sql")]
        if let Some(sql) = self.inner.env.sql.get() {
            return sql.trigger(now_ms);
        }
        let _ = now_ms;
        Ok(false)
    }

    /// Whether a Structured Streaming query is running.
    pub fn has_active_queries(&self) -> bool {
        #[cfg(feature = "sql")]
        if let Some(sql) = self.inner.env.sql.get() {
            return sql.has_active_queries();
        }
        false
    }

    /// The shortest processing-time trigger interval of the running queries (ms).
    pub fn query_interval_ms(&self) -> Option<i64> {
        #[cfg(feature = "sql")]
        if let Some(sql) = self.inner.env.sql.get() {
            return sql.trigger_interval_ms();
        }
        None
    }

    /// Every Structured Streaming query started so far: name, mode, sink, trigger, plan.
    #[cfg(feature = "sql")]
    pub fn describe_queries(&self) -> Vec<runnel_sql::describe::QueryDescription> {
        self.inner
            .env
            .sql
            .get()
            .map(|s| s.describe_queries())
            .unwrap_or_default()
    }

    /// Records that arrived at a receiver stream at `time_ms` on the host's clock: the
    /// core's receiver tracker cuts them into blocks (one partition per 200 ms interval).
    pub fn receive(
        &self,
        stream: StreamId,
        time_ms: i64,
        records: Vec<runnel_core::Value>,
    ) -> Result<()> {
        self.with_graph(|g| g.receive(stream, time_ms, records))
    }

    /// A receiver's input ended: what it holds goes to the next batch.
    pub fn end_input(&self, stream: StreamId) -> Result<()> {
        self.with_graph(|g| g.end_input(stream))
    }

    /// A receiver stream's counts (received, dropped, waiting).
    pub fn receiver_stats(&self, stream: StreamId) -> Option<runnel_core::stream::ReceiverStats> {
        let ctx = self.active()?;
        let graph = ctx.graph.try_borrow().ok()?;
        graph.receiver_stats(stream)
    }

    fn with_graph<T>(&self, f: impl FnOnce(&mut Graph) -> Result<T>) -> Result<T> {
        let ctx = self
            .active()
            .ok_or_else(|| Error::value_error("no streaming context"))?;
        let mut graph = ctx
            .graph
            .try_borrow_mut()
            .map_err(|_| Error::new("RuntimeError", "a batch is running"))?;
        f(&mut graph)
    }

    /// The batches recorded for each `--record` stream so far.
    pub fn recorded(&self) -> BTreeMap<String, Vec<RecordedBatch>> {
        self.inner.env.recorded.borrow().clone()
    }
}

/// A stateful operator's state after a batch.
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields))]
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct StateSnapshot {
    /// The node id of the graph's description (`"n3"`).
    pub node: String,
    /// The operator keeping it (`updateStateByKey`, `reduceByKeyAndWindow`, ...).
    pub op: String,
    /// `(repr(key), repr(value))` of each entry, in partition order.
    pub entries: Vec<(String, String)>,
}

/// Each partition's records as Python's `repr()`.
/// Each partition's records as the driver shows them (through pickle, which rebuilds sets).
/// The recorder's `[[repr(x) for x in p] for p in rdd.glom().collect()]`: the records as
/// the driver gets them (`from_python`: `glom`'s task reads them through pickle first,
/// see [`runnel_core::stream::Graph::records_from_python`]).
pub(crate) fn reprs(rdd: &RddRef, from_python: bool) -> Vec<Vec<String>> {
    let shown = |x: &Value| runnel_core::rdd::to_driver(x, from_python).repr();
    rdd.partitions
        .iter()
        .map(|p| p.iter().map(shown).collect())
        .collect()
}

/// A keyed RDD's `(repr(key), repr(value))` pairs (a record that is not a pair is its own
/// key with an empty value).
fn entries(rdd: &RddRef) -> Vec<(String, String)> {
    rdd.partitions
        .iter()
        .flatten()
        .map(|x| match x.as_pair() {
            Ok((k, v)) => (k.repr(), v.repr()),
            Err(_) => (x.repr(), String::new()),
        })
        .collect()
}

/// What one batch did.
#[derive(Clone, Debug)]
pub struct BatchReport {
    pub time: Time,
    pub records_in: usize,
    /// The output jobs that failed and did not end the program (see
    /// [`Session::run_next_batch`]), in the order they ran, as data.
    pub job_errors: Vec<runnel_python::DiagnosticData>,
}

/// Structured Streaming's `pyspark.sql` (and `pyspark.errors`) for the session's program.
#[cfg(feature = "sql")]
fn install_sql(inner: &SessionInner) {
    let sql = runnel_sql::py::install(
        &inner.interp,
        Rc::new(crate::glue::SqlHost(inner.env.host.clone())),
        inner.env.options.tz_offset_ms,
    );
    sql.record_queries
        .set(inner.env.options.record_queries || inner.env.options.record_all);
    let _ = inner.env.sql.set(sql);
}

/// A build without Structured Streaming: importing `pyspark.sql` says it needs Runnel's
/// full engine.
#[cfg(not(feature = "sql"))]
fn install_sql(inner: &SessionInner) {
    inner.interp.mark_needs_full_engine("pyspark.sql");
    inner.interp.mark_needs_full_engine("pyspark.errors");
}
