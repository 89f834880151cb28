//! The JVM RDDs of DStream batches (`rdd.toDebugString()`, `rdd.id()` inside `foreachRDD`
//! and `transform`), as Spark Streaming and PySpark make them each batch.
//!
//! PySpark pipelines a chain of DStream steps (`map`, `filter`, `reduceByKey`...: each a
//! `transform` with a Python function) into one JVM `PythonTransformedDStream` over the
//! chain's first non-pipelined DStream; only the DStreams an output or a JVM operator reads
//! are computed, once per batch, in the order Spark's `JobGenerator` asks for them. Each
//! computation runs the chain's Python functions again over `RDD(parent's jrdd)`, which
//! makes JVM RDDs (and ids) as the static RDD methods do ([`Lineage`]).
//!
//! The model reads no records: a stream's description is fixed when the program builds
//! it, and the batch's RDDs are made when the core generates an output's batch
//! ([`Mirror::generated`]), runs a `transform` function or a `foreachRDD` job, from what
//! the batch already knows (queue contents, partition counts). Streams it does not model
//! (receivers, inverse-function windows of windowed DStreams...) make every batch RDD of the program untraced,
//! since they would change every later id.
//!
//! Spark makes a batch's RDDs in this order only when its jobs end before the next batch
//! is generated (a slow job's RDDs come later, so ids then vary from run to run): Runnel
//! runs a batch's jobs before generating the next, and models that Spark.

use crate::rdd_lineage::{Lineage, Ser};
use crate::session::Env;
use crate::small_map::SmallMap;
use crate::stored_size::Stored;
use runnel_core::stream::StreamId;
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;

mod batches;
mod reduced_window;
mod serializers;
mod slice;
mod state;

pub(crate) use reduced_window::Shape;

/// What a DStream does to its parent's batch, as PySpark's RDD methods would.
#[derive(Clone, Copy)]
pub(crate) enum Op {
    /// A narrow Python step (`map`, `flatMap`, `mapPartitions`...).
    Step,
    /// One that keeps the partitioning (`filter`, `mapValues`, `flatMapValues`).
    KeepingStep,
    /// A `partitionBy` into `parts` (`reduceByKey`, `groupByKey`, `combineByKey`), with
    /// `then_python`: a Python step after it (all but `partitionBy`).
    Shuffle { parts: usize, then_python: bool },
    /// `repartition(parts)`: a `coalesce` with a shuffle.
    Repartition { parts: usize },
    /// The program's own `transform` function (its result is recorded when it runs).
    User,
}

/// What a `PythonTransformed2DStream`'s function does with the batches of both parents.
#[derive(Clone, Copy)]
pub(crate) enum Pair {
    /// `a.union(b)`.
    Union,
    /// `a.cogroup(b, parts)`, or a join (`method`), which PySpark runs as one.
    Cogroup { method: &'static str, parts: usize },
    /// The program's own function (`transformWith`).
    User,
}

/// How a DStream makes its batches.
enum Kind {
    /// `queueStream`: the queued RDDs (their JVM RDDs made), one batch each or all at
    /// once, then `default`.
    Queue {
        queue: RefCell<VecDeque<Rc<Lineage>>>,
        one_at_a_time: bool,
        default: Rc<Lineage>,
    },
    /// PySpark's `TransformedDStream`: `ops` over `prev`'s batch; `pipelined`: over the
    /// Python RDD `prev`'s own steps make rather than its JVM batch.
    Transformed {
        prev: StreamId,
        pipelined: bool,
        ops: Vec<Op>,
    },
    /// `PythonTransformed2DStream` (`union`, `transformWith`, `cogroup`, the joins): `op`
    /// over the JVM batches of both.
    Two { parents: [StreamId; 2], op: Pair },
    /// `window(w, s)` of a DStream with the batch interval: Spark's `WindowedDStream`, the
    /// union of the parent's batches in the last `window_ms`.
    Window {
        parent: StreamId,
        window_ms: i64,
        /// The parent's slide.
        step_ms: i64,
        /// Its creation site: where `window` was called.
        site: Rc<str>,
    },
    /// `ssc.union(*dstreams)`: Spark's `UnionDStream`, `sc.union` of the batches.
    Union {
        parents: Vec<StreamId>,
        /// Its creation site: where `union` was called.
        site: Rc<str>,
    },
    /// `ssc.transform(dstreams, f)`: Spark's (Scala) `TransformedDStream`, the program's
    /// function over the JVM batches of all. (The RDDs the function makes have their own
    /// call sites, not the DStream's, as recorded on Spark 3.5.9.)
    Many { parents: Vec<StreamId> },
    /// `updateStateByKey`: PySpark's `PythonStateDStream`, its update over the previous
    /// state (or `initial`) and the parent's batch, persisted and checkpointed.
    State {
        parent: StreamId,
        parts: usize,
        initial: Option<Rc<Lineage>>,
    },
    /// `reduceByKeyAndWindow` with an inverse function: PySpark's
    /// `PythonReducedWindowedDStream` over `parent`, the records being the core stream
    /// `rows`'.
    ReducedWindow {
        parent: StreamId,
        rows: StreamId,
        shape: Shape,
    },
    /// `socketTextStream`: Spark's receiver input, a `BlockRDD` of the blocks allocated to
    /// the batch (here Runnel's own blocks, as many as it cut).
    Receiver,
    /// A DStream Runnel does not model, by the operator's name.
    Unmodelled(&'static str),
}

struct Stream {
    kind: Kind,
    /// The `_jrdd_deserializer` PySpark wraps the batches in.
    ser: Ser,
    /// `cache()`, `persist()` or `checkpoint()`: later steps do not pipeline into it.
    cached: Cell<bool>,
    /// The storage level `cache()`/`persist()` gave its RDDs.
    level: RefCell<Option<String>>,
    /// `checkpoint(interval)`: Spark checkpoints the batches of the times a multiple of
    /// this many milliseconds after the zero time.
    checkpoint_ms: Cell<Option<i64>>,
}

/// A persisted batch RDD whose records the core has yet to hand over: the core stream
/// and batch time holding them, the RDD, how the JVM stores them.
type Unfilled = ((StreamId, i64), Rc<crate::rdd_lineage::Node>, Stored);

/// A `transform` function's result, and the call site it left.
type Ran = (Rc<Lineage>, Option<&'static str>);

/// Calls a `transform` function again on this batch's RDDs (its result told to the model).
pub(crate) type Recall = Rc<dyn Fn(&Mirror) -> runnel_core::Result<()>>;

/// The model of one streaming context's JVM side.
#[derive(Default)]
pub(crate) struct Mirror {
    streams: RefCell<SmallMap<StreamId, Stream>>,
    /// The context's zero time and batch interval (`ssc.start()`).
    zero_ms: Cell<i64>,
    batch_ms: Cell<i64>,
    /// How long a window looks back: older batches' RDDs are forgotten.
    memory_ms: Cell<i64>,
    /// The batch being generated or run.
    time: Cell<i64>,
    /// Each computed JVM DStream's RDD by batch time (Spark's `generatedRDDs`).
    batches: RefCell<SmallMap<(StreamId, i64), Rc<Lineage>>>,
    /// A `transform` function's result this batch, with the call site after it ran.
    results: RefCell<SmallMap<StreamId, Ran>>,
    /// How to call each `transform` function again on this batch's RDDs.
    recalls: RefCell<SmallMap<StreamId, Recall>>,
    /// Why batch RDDs are not traced: the first unmodelled operator an output reads.
    unmodelled: Cell<Option<&'static str>>,
    /// How many blocks each receiver's batch holds, by stream and time.
    blocks: RefCell<SmallMap<(StreamId, i64), usize>>,
    /// State batches made this batch, whose records the core has yet to hand over.
    /// (Each with the core stream and batch time holding them, a batch computed after its
    /// time being an earlier one, and how the JVM stores them.)
    unfilled: RefCell<Vec<Unfilled>>,
    /// The DStreams with output operations.
    outputs: RefCell<Vec<StreamId>>,
}

impl Mirror {
    /// Describes a new DStream made from `prev` by `ops`.
    pub(crate) fn transformed(&self, id: StreamId, prev: StreamId, ops: Vec<Op>) {
        let pipelined = matches!(
            self.streams.borrow().get(&prev),
            Some(s) if matches!(s.kind, Kind::Transformed { .. }) && !s.cached.get()
        );
        let kind = Kind::Transformed {
            prev,
            pipelined,
            ops,
        };
        self.add(id, kind, Ser::Context);
    }

    /// `a.union(b)`, `a.transformWith(f, b)`, `a.cogroup(b)` or a join.
    pub(crate) fn two(&self, id: StreamId, parents: [StreamId; 2], op: Pair) {
        // `union` keeps the first's serializer.
        let ser = match op {
            Pair::Union => self.ser(parents[0]),
            _ => Ser::Context,
        };
        self.add(id, Kind::Two { parents, op }, ser);
    }

    pub(crate) fn queue(
        &self,
        id: StreamId,
        queue: Vec<Rc<Lineage>>,
        one_at_a_time: bool,
        default: Rc<Lineage>,
        ser: Ser,
    ) {
        let kind = Kind::Queue {
            queue: RefCell::new(queue.into()),
            one_at_a_time,
            default,
        };
        self.add(id, kind, ser);
    }

    /// `window(window_ms, ...)` of `parent`, whose batches come every `step_ms`.
    pub(crate) fn window(
        &self,
        env: &Env,
        id: StreamId,
        parent: StreamId,
        (window_ms, step_ms): (i64, i64),
    ) {
        let ser = self.ser(parent);
        self.memory_ms.set(self.memory_ms.get().max(window_ms));
        // Spark's `WindowedDStream` persists its parent (serialized), whose batches the
        // windows share.
        self.persist(parent, crate::rdd_cache::PYSPARK_MEMORY_ONLY);
        let site = env.sites.reflective("window").into();
        let kind = Kind::Window {
            parent,
            window_ms,
            step_ms,
            site,
        };
        self.add(id, kind, ser);
    }

    /// `ssc.union(*parents)`.
    pub(crate) fn union(&self, env: &Env, id: StreamId, parents: Vec<StreamId>) {
        let ser = parents.first().map_or(Ser::Context, |p| self.ser(*p));
        let site = env.sites.reflective_as("ssc.union", "union").into();
        self.add(id, Kind::Union { parents, site }, ser);
    }

    /// `ssc.transform(parents, f)`.
    pub(crate) fn many(&self, id: StreamId, parents: Vec<StreamId>) {
        self.add(id, Kind::Many { parents }, Ser::Context);
    }

    /// A stream only the model knows (PySpark's intermediate DStreams of an operator).
    pub(crate) fn hidden_id(&self) -> StreamId {
        StreamId(usize::MAX - self.streams.borrow().len())
    }

    /// `ssc.start()` with this zero time and batch interval. Spark's `ReceiverTracker`
    /// runs each receiver as a job over `sc.makeRDD(Seq(receiver), 1)`: an RDD id each.
    pub(crate) fn start(&self, env: &Env, zero_ms: i64, batch_ms: i64) {
        self.zero_ms.set(zero_ms);
        self.batch_ms.set(batch_ms);
        let streams = self.streams.borrow();
        let receivers = streams
            .keys()
            .filter(|id| matches!(streams.get(id).map(|s| &s.kind), Some(Kind::Receiver)));
        for _ in receivers {
            env.next_rdd_id();
        }
    }

    /// `socketTextStream`'s receiver stream (its records decoded as UTF-8).
    pub(crate) fn receiver(&self, id: StreamId) {
        self.add(id, Kind::Receiver, Ser::Utf8);
    }

    /// The core has generated an output's batch at `t`: the block counts of the receivers'
    /// batches it made.
    pub(crate) fn note_receivers(&self, graph: &runnel_core::stream::Graph, t: i64) {
        let streams = self.streams.borrow();
        let mut blocks = self.blocks.borrow_mut();
        blocks.retain(|(_, at)| *at >= t);
        for id in streams.keys() {
            if let (Some(Kind::Receiver), Some(rdd)) = (
                streams.get(id).map(|s| &s.kind),
                graph.generated(*id, runnel_core::time::Time(t)),
            ) {
                blocks.insert((*id, t), rdd.num_partitions());
            }
        }
    }

    pub(crate) fn unmodelled(&self, id: StreamId, op: &'static str) {
        self.add(id, Kind::Unmodelled(op), Ser::Context);
    }

    /// Something the model cannot follow happened (`slice`): no batch RDD is traced.
    pub(crate) fn give_up(&self, op: &'static str) {
        if self.unmodelled.get().is_none() {
            self.unmodelled.set(Some(op));
        }
    }

    pub(crate) fn cache(&self, id: StreamId) {
        if let Some(s) = self.streams.borrow().get(&id) {
            s.cached.set(true);
        }
    }

    /// `cache()`/`persist()`: Spark persists each batch RDD at `level` (a window's: its
    /// parent's, as `WindowedDStream.persist` does).
    pub(crate) fn persist(&self, id: StreamId, level: &str) {
        let streams = self.streams.borrow();
        let Some(s) = streams.get(&id) else { return };
        if let Kind::Window { parent, .. } = s.kind {
            drop(streams);
            return self.persist(parent, level);
        }
        *s.level.borrow_mut() = Some(level.to_string());
    }

    /// `checkpoint(interval)` (after its `persist()`): the JVM DStream marks its batches of
    /// every `interval` for checkpointing. (A window's batches, which its `persist()`
    /// does not persist, are not modelled.)
    pub(crate) fn checkpoint(&self, id: StreamId, interval_ms: i64) {
        let streams = self.streams.borrow();
        let Some(s) = streams.get(&id) else { return };
        if interval_ms <= 0 || matches!(s.kind, Kind::Window { .. }) {
            drop(streams);
            return self.give_up("DStream.checkpoint of a window");
        }
        s.checkpoint_ms.set(Some(interval_ms));
    }

    fn add(&self, id: StreamId, kind: Kind, ser: Ser) {
        let stream = Stream {
            kind,
            ser,
            cached: Cell::new(false),
            level: RefCell::new(None),
            checkpoint_ms: Cell::new(None),
        };
        self.streams.borrow_mut().insert(id, stream);
    }

    fn ser(&self, id: StreamId) -> Ser {
        self.streams
            .borrow()
            .get(&id)
            .map_or(Ser::Context, |s| s.ser)
    }

    /// An output reads `id`: an unmodelled stream among what it reads, or an output Runnel
    /// does not model (`op`), leaves every batch RDD untraced.
    pub(crate) fn output(&self, id: StreamId, op: Option<&'static str>) {
        self.outputs.borrow_mut().push(id);
        let mut todo = vec![id];
        let streams = self.streams.borrow();
        while let Some(id) = todo.pop() {
            let found = match streams.get(&id).map(|s| &s.kind) {
                None => Some("an input other than queueStream"),
                Some(Kind::Unmodelled(op)) => Some(*op),
                Some(Kind::Queue { .. } | Kind::Receiver) => None,
                Some(Kind::Transformed { prev, .. })
                | Some(Kind::Window { parent: prev, .. })
                | Some(Kind::State { parent: prev, .. })
                | Some(Kind::ReducedWindow { parent: prev, .. }) => {
                    todo.push(*prev);
                    None
                }
                Some(Kind::Two { parents, .. }) => {
                    todo.extend(parents);
                    None
                }
                Some(Kind::Union { parents, .. }) | Some(Kind::Many { parents, .. }) => {
                    todo.extend(parents);
                    None
                }
            };
            if let Some(op) = found.or(op) {
                drop(streams);
                return self.give_up(op);
            }
        }
    }

    /// Whether a DStream that PySpark pipelines onto `id` (a Python step made on it while
    /// it was an uncached `TransformedDStream`, whose function then calls `id`'s) is
    /// computed for an output operation.
    pub(crate) fn pipelined_into_output(&self, id: StreamId) -> bool {
        let streams = self.streams.borrow();
        let mut todo = self.outputs.borrow().clone();
        let mut seen = Vec::new();
        while let Some(s) = todo.pop() {
            if seen.contains(&s) {
                continue;
            }
            seen.push(s);
            match streams.get(&s).map(|x| &x.kind) {
                Some(Kind::Transformed {
                    prev, pipelined, ..
                }) => {
                    if *prev == id && *pipelined {
                        return true;
                    }
                    todo.push(*prev);
                }
                Some(Kind::Window { parent, .. })
                | Some(Kind::State { parent, .. })
                | Some(Kind::ReducedWindow { parent, .. }) => todo.push(*parent),
                Some(Kind::Two { parents, .. }) => todo.extend(parents),
                Some(Kind::Union { parents, .. }) | Some(Kind::Many { parents, .. }) => {
                    todo.extend(parents)
                }
                _ => {}
            }
        }
        false
    }

    /// Why batch RDDs are untraced (once the model has given up).
    pub(crate) fn why_untraced(&self) -> &'static str {
        self.unmodelled
            .get()
            .unwrap_or("a DStream Runnel does not model")
    }
}
