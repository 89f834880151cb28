//! Per-partition steps, fused as PySpark pipelines them, and run on other threads when
//! the host has them.
//!
//! A chain of narrow steps with Python functions (map, flatMap, filter, mapValues,
//! flatMapValues, keyBy, mapPartitions), optionally ending in `reduceByKey`'s map side, is
//! one [`Pipeline`]: each partition goes through all of it in one pass, record by record
//! (as PySpark chains iterators in one task), with no partition built in between.
//!
//! The engine is single-threaded (wasm runs it that way). A native host with threads
//! implements [`Executor`]: it keeps a [`Worker`] per thread (an interpreter that loaded
//! the program without running it) and runs [`Task`]s on them. For each job the driver
//! freezes the steps' functions with its current globals (PySpark pickles a closure per
//! job) and each partition's records; the tasks run in parallel; `reduceByKey`'s map tasks
//! hand their buckets to the reduce tasks as frozen blocks; outputs are revived in
//! partition order and what tasks printed is written in partition order, up to the first
//! failing task, so the output is the one of running partition after partition. A
//! function or record that cannot travel (it refers to the SparkContext, say) keeps the
//! job on the driver.

use crate::udf::{self, Udf};
use runnel_core::rdd::{
    gather, reduce_merge, KeyCombiner, PartitionFunc, Placement, Rdd, RecordStep,
};
use runnel_core::udf::{FilterFn, FlatMapFn, MapFn, PartitionFn, ReduceFn};
use runnel_core::value::Portable;
use runnel_core::{Error, Result, Value};
use runnel_python::{Config, Diagnostic, Interpreter};
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::sync::Arc;

/// A host's pool of workers.
pub trait Executor {
    /// How many tasks run at once; jobs of one partition, or on one worker, stay on the
    /// driver.
    fn workers(&self) -> usize;
    /// Runs every task ([`Worker::run`]); the outputs in the tasks' order.
    fn run(&self, tasks: Vec<Task>) -> Vec<TaskOutput>;
    /// A monotonic clock in nanoseconds: pipelines time both ways of running a job and
    /// keep the faster (copying records to workers can cost more than cheap steps save).
    /// Without one (`None`), every job that can go to the workers goes.
    fn now_ns(&self) -> Option<u64>;
}

/// Whether a pipeline's jobs go to the workers, learnt from how long each way took per
/// record: the first job runs here, the next two there (the first of them warms the
/// workers up, so the second's time replaces it), then the faster way, trying the other
/// again every [`Choice::RETRY`] jobs as batches change. Both ways print the same.
#[derive(Default)]
struct Choice {
    here: Cell<Option<f64>>,
    there: Cell<Option<f64>>,
    jobs: Cell<u32>,
}

impl Choice {
    const RETRY: u32 = 16;
    /// Jobs before the first choice: one here, two there.
    const EXPLORE: u32 = 3;

    fn offload(&self) -> bool {
        let n = self.jobs.get();
        self.jobs.set(n.wrapping_add(1));
        match (self.here.get(), self.there.get()) {
            (None, _) => false,
            (Some(_), None) => true,
            _ if n < Self::EXPLORE => true,
            (Some(here), Some(there)) => (there < here) != (n % Self::RETRY == Self::RETRY - 1),
        }
    }

    /// Records a job's time per record (a moving average after the first jobs, so one
    /// slow batch does not decide); `f64::INFINITY` there when the job could not travel.
    fn record(&self, offloaded: bool, ns_per_record: f64) {
        let cell = if offloaded { &self.there } else { &self.here };
        let exploring = self.jobs.get() <= Self::EXPLORE;
        cell.set(Some(match cell.get() {
            Some(old) if old.is_finite() && !exploring => 0.7 * old + 0.3 * ns_per_record,
            _ => ns_per_record,
        }));
    }
}

/// An executor in [`crate::SessionOptions`].
#[derive(Clone)]
pub struct ExecutorRef(pub Rc<dyn Executor>);

impl std::fmt::Debug for ExecutorRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Executor({} workers)", self.0.workers())
    }
}

/// One partition's share of a job.
pub struct Task {
    job: Arc<Job>,
    partition: usize,
    /// The partition's records, in blocks frozen apart (a map task's buckets reach a
    /// reduce task as they are, as Spark's shuffle blocks do).
    input: Vec<Vec<Portable>>,
}

/// What every task of a job does: steps applied one after another to its partition, each
/// with its function.
struct Job {
    steps: Vec<(Step, Portable)>,
    /// The driver's clock when the job was submitted (`time.time()` in tasks).
    now_ms: i64,
}

/// What a task returns: records (or a map side's buckets) and what it printed.
pub struct TaskOutput {
    parts: Result<Vec<Vec<Portable>>>,
    stderr: String,
    /// The task's accumulator totals, by accumulator id.
    accumulators: Vec<(u64, Portable)>,
}

impl TaskOutput {
    /// A task the host could not run (its worker died).
    pub fn failed(e: Error) -> TaskOutput {
        TaskOutput {
            parts: Err(e),
            stderr: String::new(),
            accumulators: Vec::new(),
        }
    }
}

/// The per-partition steps that run as tasks.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Step {
    Map,
    FlatMap,
    Filter,
    MapValues,
    FlatMapValues,
    KeyBy,
    /// `mapPartitions` / `mapPartitionsWithIndex`.
    Partitions {
        with_index: bool,
        preserves: bool,
    },
    /// `foreach(f)` (`per_partition`: `foreachPartition(f)`): nothing comes out.
    Foreach {
        per_partition: bool,
    },
    /// `reduceByKey`'s map side, into this many buckets (none: already placed). Last.
    ReduceMap {
        buckets: Option<usize>,
    },
    /// `reduceByKey`'s reduce side.
    ReduceMerge,
}

impl Step {
    /// `mapPartitions(f, preservesPartitioning)` or `mapPartitionsWithIndex`: the function
    /// and the step, from a call's arguments.
    pub(crate) fn partitions(
        a: &mut runnel_python::Args,
        method: &str,
        with_index: bool,
    ) -> Result<(Value, Step)> {
        let f = a.require(0, "f", method)?;
        let preserves = crate::convert::truthy(a.take(1, "preservesPartitioning"), false);
        Ok((
            f,
            Step::Partitions {
                with_index,
                preserves,
            },
        ))
    }

    /// Whether the step keeps the parent's partitioner (as the core's operation does).
    fn preserves(self) -> bool {
        match self {
            Step::Filter | Step::MapValues | Step::FlatMapValues => true,
            Step::Partitions { preserves, .. } => preserves,
            _ => false,
        }
    }
}

/// A step's function, adapted once for the engine.
enum Adapted {
    Map(MapFn),
    FlatMap(FlatMapFn),
    Filter(FilterFn),
    Partitions(PartitionFn),
    Reduce(ReduceFn),
}

/// A step with its Python function.
pub(crate) struct Stage {
    step: Step,
    udf: Udf,
    f: Adapted,
}

impl Stage {
    pub(crate) fn new(step: Step, udf: Udf) -> Rc<Stage> {
        let f = match step {
            Step::Map | Step::MapValues | Step::KeyBy => Adapted::Map(udf::map(udf.clone())),
            Step::FlatMap | Step::FlatMapValues => Adapted::FlatMap(udf::flat_map(udf.clone())),
            Step::Filter => Adapted::Filter(udf::filter(udf.clone())),
            Step::Partitions { with_index, .. } => {
                Adapted::Partitions(udf::partitions(udf.clone(), with_index))
            }
            Step::Foreach { per_partition } => {
                Adapted::Partitions(udf::foreach(udf.clone(), per_partition))
            }
            Step::ReduceMap { .. } | Step::ReduceMerge => Adapted::Reduce(udf::reduce(udf.clone())),
        };
        Rc::new(Stage { step, udf, f })
    }

    /// `reduceByKey(f)`, applied with [`Pipeline::apply_reduce`].
    pub(crate) fn reduce_by_key(udf: Udf) -> Rc<Stage> {
        Stage::new(Step::ReduceMerge, udf)
    }

    /// The step one record at a time, when it takes records one at a time.
    fn record_step(&self) -> Option<RecordStep<'_>> {
        Some(match (&self.f, self.step) {
            (Adapted::Map(f), Step::Map) => RecordStep::Map(f),
            (Adapted::Map(f), Step::MapValues) => RecordStep::MapValues(f),
            (Adapted::Map(f), Step::KeyBy) => RecordStep::KeyBy(f),
            (Adapted::FlatMap(f), Step::FlatMap) => RecordStep::FlatMap(f),
            (Adapted::FlatMap(f), Step::FlatMapValues) => RecordStep::FlatMapValues(f),
            (Adapted::Filter(f), Step::Filter) => RecordStep::Filter(f),
            _ => return None,
        })
    }

    fn reduce_fn(&self) -> Result<&ReduceFn> {
        match &self.f {
            Adapted::Reduce(f) => Ok(f),
            _ => Err(Error::new("SystemError", "not a reduceByKey stage")),
        }
    }
}

/// How a DStream's batch reaches the program's function.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Handed {
    /// As its Python stage left it: the function's steps pipeline onto that stage (a
    /// `transform` of a `TransformedDStream`), or no Python stage wrote it (a queue).
    Pipelined,
    /// Through the JVM RDD a Python stage wrote (`foreachRDD`, a cached or JVM DStream).
    ThroughJvm,
}

/// Per-partition steps fused into one pass, as PySpark pipelines a DStream's narrow
/// transformations (`TransformedDStream`, `PipelinedRDD`): each partition goes through all
/// of them in one task, on the host's workers when it can, else here.
#[derive(Clone, Default)]
pub(crate) struct Pipeline {
    stages: Vec<Rc<Stage>>,
    choice: Rc<Choice>,
    /// The first step reads a JVM RDD a Python stage wrote (a window's, a state's, a
    /// cached stream's batch): through pickle, its sets rebuilt.
    through_jvm: bool,
}

impl Pipeline {
    /// No steps yet, over records handed as `handed` says.
    pub(crate) fn reading(handed: Handed) -> Pipeline {
        Pipeline {
            through_jvm: handed == Handed::ThroughJvm,
            ..Pipeline::default()
        }
    }

    /// This pipeline followed by `stage`.
    pub(crate) fn then(&self, stage: Rc<Stage>) -> Pipeline {
        let mut stages = self.stages.clone();
        stages.push(stage);
        Pipeline {
            stages,
            choice: Rc::default(),
            through_jvm: self.through_jvm,
        }
    }

    /// `rdd` as the first step reads it (see [`Pipeline::through_jvm`]).
    fn input<'a>(&self, rdd: &'a Rdd) -> std::borrow::Cow<'a, Rdd> {
        match self.through_jvm.then(|| rdd.read_by_python()).flatten() {
            Some(read) => std::borrow::Cow::Owned(read),
            None => std::borrow::Cow::Borrowed(rdd),
        }
    }

    /// Runs a job over `records` records the faster way ([`Choice`]): `there` is the
    /// offloaded run (`None` when the job cannot travel), `here` the local one.
    fn timed<T>(
        &self,
        records: usize,
        there: impl FnOnce() -> Option<Result<T>>,
        here: impl FnOnce() -> Result<T>,
    ) -> Result<T> {
        let exec = match self.stages.first().and_then(|s| s.udf.executor()) {
            Some(e) if e.workers() > 1 => e.clone(),
            _ => return here(),
        };
        let Some(start) = exec.now_ns() else {
            return there().unwrap_or_else(here);
        };
        let offload = self.choice.offload();
        let per_record = |start: u64| {
            let end = exec.now_ns().unwrap_or(start);
            end.saturating_sub(start) as f64 / records.max(1) as f64
        };
        if offload {
            match there() {
                Some(done) => {
                    self.choice.record(true, per_record(start));
                    return done;
                }
                None => self.choice.record(true, f64::INFINITY),
            }
        }
        let start = exec.now_ns().unwrap_or(0);
        let done = here();
        self.choice.record(false, per_record(start));
        done
    }

    /// A DStream batch's steps (and `last`, a `reduceByKey` after them) as PySpark ships
    /// them when it generates the batch's jobs: a function it cannot pickle (SPARK-5063)
    /// fails the generation.
    pub(crate) fn ship(&self, last: Option<&Stage>) -> Result<()> {
        let stages = self.stages.iter().map(|s| &**s).chain(last);
        for stage in stages {
            let interp = stage.udf.interp()?;
            crate::ship::check(&interp, stage.udf.function()).map_err(Error::generating)?;
        }
        Ok(())
    }

    fn steps(&self) -> Vec<(Step, &Stage)> {
        self.stages.iter().map(|s| (s.step, &**s)).collect()
    }

    /// The steps over a whole RDD.
    pub(crate) fn apply(&self, rdd: &Rdd) -> Result<Rdd> {
        let rdd = &*self.input(rdd);
        let steps = self.steps();
        let parts = self.timed(
            rdd.len(),
            || offload(&steps, &rdd.partitions),
            || run_here(&steps, rdd.partitions.iter().cloned()),
        )?;
        Ok(Rdd {
            partitions: parts.into_iter().map(one_part).collect(),
            partitioner: self.partitioner_after(rdd),
        })
    }

    /// The steps, then `reduceByKey` with `reduce` into `placement`: the map side fused
    /// with the steps, the reduce side as a second round of tasks.
    pub(crate) fn apply_reduce(
        &self,
        rdd: &Rdd,
        reduce: &Stage,
        placement: &Placement,
    ) -> Result<Rdd> {
        let Adapted::Reduce(f) = &reduce.f else {
            return Err(Error::new("SystemError", "not a reduceByKey stage"));
        };
        // Workers place keys by `portable_hash` only.
        if placement.partitioner.func != PartitionFunc::PortableHash {
            return self.apply(rdd)?.reduce_by_key(f, placement);
        }
        let rdd = &*self.input(rdd);
        // PySpark's RDD over a JVM RDD has no partitioner: its `reduceByKey` shuffles.
        let placed = Rdd {
            partitions: Vec::new(),
            partitioner: self.partitioner_after(rdd).filter(|_| !self.through_jvm),
        };
        let buckets = placed.reduce_buckets(placement);
        let mut steps = self.steps();
        let map_step = Step::ReduceMap {
            buckets: buckets.map(Placement::num_partitions),
        };
        steps.push((map_step, reduce));
        let partitions = self.timed(
            rdd.len(),
            || offload_reduce(&steps, reduce, buckets, &rdd.partitions),
            || {
                // Both sides as tasks, each with its own copy of the functions.
                let map_side = run_here(&steps, rdd.partitions.iter().cloned())?;
                let shuffled: Vec<Vec<Value>> = gather(map_side, buckets)
                    .into_iter()
                    .map(|blocks| blocks.into_iter().flatten().collect())
                    .collect();
                let merge = [(Step::ReduceMerge, reduce)];
                Ok(run_here(&merge, shuffled)?
                    .into_iter()
                    .map(one_part)
                    .collect())
            },
        )?;
        Ok(Rdd {
            partitions,
            partitioner: Some(placement.partitioner),
        })
    }

    /// The partitioner of the steps' output.
    fn partitioner_after(&self, rdd: &Rdd) -> Option<runnel_core::rdd::Partitioner> {
        rdd.partitioner
            .filter(|_| self.stages.iter().all(|s| s.step.preserves()))
    }
}

/// `steps` over every partition here, partition after partition. Each partition's
/// result is its parts (one, or a map side's buckets).
///
/// Each partition is a task of its own, as on a worker: the job's functions are frozen
/// with the driver's globals now and revived for every task (PySpark unpickles the
/// closure per task), so what a function keeps (a seeded `random.Random`, a list it
/// appends to) starts from the driver's state in every partition, and the driver's own
/// never changes; accumulators add up as the workers' do. Functions that cannot travel
/// (they refer to the SparkContext, say) run as they are.
fn run_here(
    steps: &[(Step, &Stage)],
    partitions: impl IntoIterator<Item = Vec<Value>>,
) -> Result<Vec<Vec<Vec<Value>>>> {
    // What a partition's steps raise is its task's error, however the driver runs them
    // (a key that cannot be hashed, say): Spark raises it in the job that computes the
    // partition, not where a `transform` function builds the RDD.
    let Some((interp, job)) = local_job(steps) else {
        return partitions
            .into_iter()
            .enumerate()
            .map(|(i, p)| run_steps(steps, i, p).map_err(Error::from_task))
            .collect();
    };
    let saved = interp.globals_snapshot();
    crate::jobs::new_round();
    let out = partitions
        .into_iter()
        .enumerate()
        .map(|(i, p)| {
            let stages = revive_stages(&interp, &job);
            let task = stages.and_then(|stages| {
                let steps: Vec<(Step, &Stage)> = stages.iter().map(|s| (s.step, &**s)).collect();
                run_steps(&steps, i, p)
            });
            ended_task(task.map_err(Error::from_task))
        })
        .collect();
    interp.restore_globals(saved);
    out
}

/// A task run on this thread has ended: its accumulator updates count only when it
/// succeeded, as in Spark (they are taken either way, so a failed task's are dropped);
/// they are added when the jobs that compute its partition run ([`crate::jobs`]).
pub(crate) fn ended_task<T>(done: Result<T>) -> Result<T> {
    let updates = crate::shared_vars::take_worker_updates();
    let r = done?;
    crate::jobs::task_done(updates)?;
    Ok(r)
}

/// A job's task that pulls records from `stages` over one partition's `records` until
/// `limit` come out, as a PySpark task running `take`'s `takeUpToNumLeft` over pipelined
/// steps does (their functions run only for the records it pulls): what its functions
/// add to accumulators is added now. Its output is dropped (Runnel computed the RDD when
/// it was made). `false` when it cannot (a step takes a whole partition).
pub(crate) fn pull(stages: &[Rc<Stage>], records: &[Value], limit: usize) -> Result<bool> {
    let steps: Vec<(Step, &Stage)> = stages.iter().map(|s| (s.step, &**s)).collect();
    if steps.iter().any(|(_, s)| s.record_step().is_none()) {
        return Ok(false);
    }
    let Some((interp, job)) = local_job(&steps) else {
        return Ok(false);
    };
    let saved = interp.globals_snapshot();
    let task = revive_stages(&interp, &job).and_then(|stages| {
        let chain: Vec<RecordStep> = stages.iter().filter_map(|s| s.record_step()).collect();
        let mut taken = 0;
        for x in records {
            if taken >= limit {
                break;
            }
            let pulled = push(&chain, x.clone(), &mut |_| {
                taken += 1;
                match taken < limit {
                    true => Ok(()),
                    false => Err(Error::new(PULLED, "")),
                }
            });
            match pulled {
                Err(e) if e.exc_type == PULLED => break,
                other => other?,
            }
        }
        Ok(())
    });
    // Before the globals go back: the task's accumulator copies live in them.
    let ended = ended_task(task);
    interp.restore_globals(saved);
    ended.map(|_| true)
}

/// The error that ends a [`pull`] when it has its records.
const PULLED: &str = "runnel.Pulled";

/// `rdd.foreach(f)` / `rdd.foreachPartition(f)`: a task per partition, on the host's
/// workers when it has them (accumulators merged in partition order), else here.
pub(crate) fn foreach(rdd: &Rdd, udf: Udf, per_partition: bool) -> Result<()> {
    let stage = Stage::new(Step::Foreach { per_partition }, udf);
    let steps = [(stage.step, &*stage)];
    match offload(&steps, &rdd.partitions) {
        Some(done) => done.map(|_| ()),
        None => run_here(&steps, rdd.partitions.iter().cloned()).map(|_| ()),
    }
}

/// `task` over every partition, each a task of its own with `u`'s function revived for
/// it (as [`run_here`] does for pipelined steps): an action's per-partition half
/// (`reduce`, `fold`, `aggregate`'s seqOp) starts from the driver's copy of what the
/// function captured, as PySpark unpickles it per task; its driver half uses `u` itself.
pub(crate) fn per_task<T>(
    u: &Udf,
    partitions: &[Vec<Value>],
    task: impl Fn(Udf, &[Value]) -> Result<T>,
) -> Result<Vec<T>> {
    crate::task_fns::TaskFns::new(vec![u.clone()]).run(partitions, |c, p| task(c.udf(0), p))
}

/// The job of `steps` with their functions frozen, for tasks run on this thread; `None`
/// when a function cannot travel.
fn local_job(steps: &[(Step, &Stage)]) -> Option<(Rc<Interpreter>, Job)> {
    let interp = steps.first()?.1.udf.interp().ok()?;
    let mut frozen = Vec::with_capacity(steps.len());
    for (step, stage) in steps {
        frozen.push((*step, interp.freeze(stage.udf.function()).ok()?));
    }
    let now_ms = interp.host().now_millis();
    Some((
        interp,
        Job {
            steps: frozen,
            now_ms,
        },
    ))
}

/// A task's stages: the job's functions revived in `interp`, each task its own copies.
fn revive_stages(interp: &Rc<Interpreter>, job: &Job) -> Result<Vec<Rc<Stage>>> {
    let mut stages = Vec::with_capacity(job.steps.len());
    for (step, f) in &job.steps {
        let f = interp.revive(f)?;
        stages.push(Stage::new(*step, Udf::new(interp, f, None)));
    }
    Ok(stages)
}

/// One partition through every step. Steps that take a record at a time are chained
/// record by record, as PySpark chains its iterators in one task: no partition between
/// them is built, and the last of them feeds `reduceByKey`'s combiner directly. A
/// `mapPartitions` step takes its whole input.
fn run_steps(
    steps: &[(Step, &Stage)],
    index: usize,
    records: Vec<Value>,
) -> Result<Vec<Vec<Value>>> {
    let mut records = records;
    let mut rest = steps;
    loop {
        let chained = rest
            .iter()
            .take_while(|(_, s)| s.record_step().is_some())
            .count();
        let (chain_stages, after) = rest.split_at(chained);
        let chain: Vec<RecordStep> = chain_stages
            .iter()
            .filter_map(|(_, s)| s.record_step())
            .collect();
        let Some(((step, stage), after)) = after.split_first() else {
            return Ok(vec![chain_all(&chain, records)?]);
        };
        let parts = match *step {
            Step::ReduceMap { buckets } => {
                let f = stage.reduce_fn()?;
                let mut combiner = KeyCombiner::default();
                // `map(lambda w: (w, c))` right before: feed `w` and `c` as they are.
                let pair_with = match chain_stages.last() {
                    Some((Step::Map, s)) => s.udf.pair_constant(),
                    _ => None,
                };
                // And `flatMap(lambda l: l.split(sep))` before that: count each line's
                // words where they lie, copying only a word not seen before.
                let split_with = match chain_stages {
                    [.., (Step::FlatMap, s), (Step::Map, _)] if pair_with.is_some() => {
                        s.udf.split_on()
                    }
                    _ => None,
                };
                match (pair_with, split_with) {
                    (Some(c), Some(sep)) => {
                        let (feed, split) = (&chain[..chain.len() - 2], &chain[chain.len() - 2]);
                        for x in records {
                            push(feed, x, &mut |line| match &line {
                                Value::Str(s) => {
                                    udf::split_str(s, &sep, |w| combiner.add_str(w, c.clone(), f))
                                }
                                _ => split.apply(line, &mut |w| combiner.add_kv(w, c.clone(), f)),
                            })?;
                        }
                    }
                    (Some(c), None) => {
                        let feed = &chain[..chain.len() - 1];
                        for x in records {
                            push(feed, x, &mut |w| combiner.add_kv(w, c.clone(), f))?;
                        }
                    }
                    (None, _) => {
                        for x in records {
                            push(&chain, x, &mut |y| combiner.add(y, f))?;
                        }
                    }
                }
                combiner.into_buckets(buckets.map(Placement::hash).as_ref())?
            }
            Step::ReduceMerge => vec![reduce_merge(
                chain_all(&chain, records)?,
                stage.reduce_fn()?,
            )?],
            Step::Partitions { .. } | Step::Foreach { .. } => match &stage.f {
                Adapted::Partitions(f) => vec![f(index, chain_all(&chain, records)?)?],
                _ => return Err(Error::new("SystemError", "not a mapPartitions stage")),
            },
            other => return Err(Error::new("SystemError", format!("bad task {other:?}"))),
        };
        if after.is_empty() {
            return Ok(parts);
        }
        records = one_part(parts);
        rest = after;
    }
}

/// Every record through a chain of record steps, collected.
fn chain_all(chain: &[RecordStep], records: Vec<Value>) -> Result<Vec<Value>> {
    if chain.is_empty() {
        return Ok(records);
    }
    let mut out = Vec::with_capacity(records.len());
    for x in records {
        push(chain, x, &mut |y| {
            out.push(y);
            Ok(())
        })?;
    }
    Ok(out)
}

/// One record through a chain of record steps, into `sink`.
fn push(chain: &[RecordStep], x: Value, sink: &mut dyn FnMut(Value) -> Result<()>) -> Result<()> {
    match chain.split_first() {
        None => sink(x),
        Some((step, rest)) => step.apply(x, &mut |y| push(rest, y, sink)),
    }
}

/// Runs `steps` over `partitions` on the host's workers; `None` when the job stays here
/// (no workers, one partition, or a function or record that cannot travel).
fn offload(
    steps: &[(Step, &Stage)],
    partitions: &[Vec<Value>],
) -> Option<Result<Vec<Vec<Vec<Value>>>>> {
    let remote = Remote::new(steps, partitions)?;
    let job = remote.job(steps)?;
    let inputs = remote.freeze(partitions)?;
    match remote.run(&job, inputs) {
        Ok(out) => Some(remote.revive(out?)),
        Err(e) => Some(Err(e)),
    }
}

/// `reduceByKey`'s two rounds of tasks on the host's workers: the map tasks' buckets go
/// to the reduce tasks without coming back to the driver. `None` when it stays here.
fn offload_reduce(
    map_steps: &[(Step, &Stage)],
    reduce: &Stage,
    buckets: Option<&Placement>,
    partitions: &[Vec<Value>],
) -> Option<Result<Vec<Vec<Value>>>> {
    let remote = Remote::new(map_steps, partitions)?;
    let map_job = remote.job(map_steps)?;
    let merge_job = remote.job(&[(Step::ReduceMerge, reduce)])?;
    let inputs = remote.freeze(partitions)?;
    let run = || {
        let Some(map_side) = remote.run(&map_job, inputs)? else {
            return Ok(None);
        };
        let Some(merged) = remote.run(&merge_job, gather(map_side, buckets))? else {
            return Ok(None);
        };
        Ok(Some(
            remote.revive(merged)?.into_iter().map(one_part).collect(),
        ))
    };
    run().transpose()
}

/// The error of a worker's task whose records cannot travel back (a `map` to generator
/// objects, which PySpark never pickles when the next step runs in the same worker): the
/// job runs here instead.
const STAYS_HERE: &str = "RecordsCannotTravel";

/// A job's way to the host's workers.
struct Remote {
    exec: Rc<dyn Executor>,
    interp: Rc<Interpreter>,
}

impl Remote {
    /// `None` when there is nothing to gain (no workers, one partition).
    fn new(steps: &[(Step, &Stage)], partitions: &[Vec<Value>]) -> Option<Remote> {
        let first = steps.first()?.1;
        let exec = first.udf.executor()?.clone();
        if exec.workers() < 2 || partitions.len() < 2 {
            return None;
        }
        let interp = first.udf.interp().ok()?;
        Some(Remote { exec, interp })
    }

    /// Each partition as one frozen block; `None` when a record cannot travel.
    fn freeze(&self, partitions: &[Vec<Value>]) -> Option<Vec<Vec<Vec<Portable>>>> {
        partitions
            .iter()
            .map(|p| self.interp.freeze_records(p).ok().map(|b| vec![b]))
            .collect()
    }

    /// The steps with their functions frozen with the driver's globals now (as PySpark
    /// pickles a closure per job); `None` when one cannot travel.
    fn job(&self, steps: &[(Step, &Stage)]) -> Option<Arc<Job>> {
        let mut frozen = Vec::with_capacity(steps.len());
        for (step, stage) in steps {
            frozen.push((*step, self.interp.freeze(stage.udf.function()).ok()?));
        }
        Some(Arc::new(Job {
            steps: frozen,
            now_ms: self.interp.host().now_millis(),
        }))
    }

    /// Runs the job over each partition's blocks; each task's parts, still frozen. Task
    /// prints are written in partition order, up to the first failure, which is the job's
    /// error (as running partition after partition would give). `None` (nothing printed
    /// or counted) when a task's records cannot come back: the job runs here.
    fn run(
        &self,
        job: &Arc<Job>,
        inputs: Vec<Vec<Vec<Portable>>>,
    ) -> Result<Option<Vec<Vec<Vec<Portable>>>>> {
        let tasks = inputs
            .into_iter()
            .enumerate()
            .map(|(partition, input)| Task {
                job: job.clone(),
                partition,
                input,
            })
            .collect();
        let outputs = self.exec.run(tasks);
        let stays = |o: &TaskOutput| o.parts.as_ref().is_err_and(|e| e.exc_type == STAYS_HERE);
        if outputs.iter().any(stays) {
            return Ok(None);
        }
        let mut out = Vec::new();
        crate::jobs::new_round();
        for output in outputs {
            if !output.stderr.is_empty() {
                self.interp.host().stderr(&output.stderr);
            }
            // As Spark, only a successful task's accumulator updates count.
            let parts = output.parts.map_err(Error::from_task)?;
            crate::jobs::task_done(output.accumulators)?;
            out.push(parts);
        }
        Ok(Some(out))
    }

    fn revive(&self, parts: Vec<Vec<Vec<Portable>>>) -> Result<Vec<Vec<Vec<Value>>>> {
        parts
            .iter()
            .map(|p| p.iter().map(|b| self.interp.revive_records(b)).collect())
            .collect()
    }
}

fn one_part(mut parts: Vec<Vec<Value>>) -> Vec<Value> {
    parts.pop().unwrap_or_default()
}

/// A worker thread's interpreter: it loaded the program and runs tasks.
pub struct Worker {
    interp: Rc<Interpreter>,
    host: Rc<WorkerHost>,
}

/// What a worker's tasks print is kept for the driver; the clock is the job's.
struct WorkerHost {
    stderr: RefCell<String>,
    now_ms: std::cell::Cell<i64>,
    sleep: Box<dyn Fn(f64)>,
    zone: crate::glue::LocalZone,
}

impl runnel_python::Host for WorkerHost {
    fn stdout(&self, text: &str) {
        self.stderr.borrow_mut().push_str(text)
    }
    fn stderr(&self, text: &str) {
        self.stderr.borrow_mut().push_str(text)
    }
    fn now_millis(&self) -> i64 {
        self.now_ms.get()
    }
    fn utc_offset_ms(&self, utc_ms: i64) -> i64 {
        self.zone.offset_ms(utc_ms)
    }
    fn sleep(&self, secs: f64) -> Result<()> {
        (self.sleep)(secs);
        Ok(())
    }
}

impl Worker {
    /// A worker for `source` run with `options`; `sleep` is `time.sleep` in tasks.
    pub fn new(
        source: &str,
        options: &crate::SessionOptions,
        sleep: Box<dyn Fn(f64)>,
    ) -> std::result::Result<Worker, Diagnostic> {
        let host = Rc::new(WorkerHost {
            stderr: RefCell::new(String::new()),
            now_ms: std::cell::Cell::new(0),
            sleep,
            zone: crate::glue::LocalZone::of(options),
        });
        let config = Config {
            step_budget: options.step_budget,
            max_collection_len: options.max_collection_len,
            filename: options.filename.clone(),
        };
        let interp = Interpreter::new(config, host.clone());
        if let Some(bytes) = options.stack_bytes {
            interp.set_stack_limit(bytes);
        }
        interp.set_print_to_stderr(true);
        crate::context::install_value_modules(&interp);
        #[cfg(feature = "sql")]
        runnel_sql::py::install_worker(&interp);
        interp.load_program(source)?;
        Ok(Worker { interp, host })
    }

    /// Runs one task.
    pub fn run(&self, task: Task) -> TaskOutput {
        self.host.now_ms.set(task.job.now_ms);
        self.host.stderr.borrow_mut().clear();
        let parts = self.compute(task);
        let stderr = std::mem::take(&mut *self.host.stderr.borrow_mut());
        let accumulators = crate::shared_vars::take_worker_updates();
        TaskOutput {
            parts,
            stderr,
            accumulators,
        }
    }

    fn compute(&self, task: Task) -> Result<Vec<Vec<Portable>>> {
        let stages = self.stages_for(&task.job)?;
        let steps: Vec<(Step, &Stage)> = task
            .job
            .steps
            .iter()
            .zip(&stages)
            .map(|((step, _), stage)| (*step, &**stage))
            .collect();
        let mut records = Vec::new();
        for block in &task.input {
            records.extend(self.interp.revive_records(block)?);
        }
        drop(task.input);
        let parts = run_steps(&steps, task.partition, records)?;
        parts
            .iter()
            .map(|p| {
                self.interp
                    .freeze_records(p)
                    .map_err(|e| Error::new(STAYS_HERE, e.message))
            })
            .collect()
    }

    /// The task's stages, revived for this task alone (PySpark unpickles the closure per
    /// task, so no task sees what another did to the state its functions keep).
    fn stages_for(&self, job: &Arc<Job>) -> Result<Vec<Rc<Stage>>> {
        revive_stages(&self.interp, job)
    }
}
