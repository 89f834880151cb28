//! The graph of DStreams and how one batch is computed.

use super::receiving::{BlockCutter, ReceiverLimits, ReceiverStats};
use super::{OutputFn, TransformFn, WindowStepFn};
use crate::rdd::{Rdd, RddRef};
use crate::time::{DateTime, Time};
use crate::value::{Shared, Value};
use crate::{Error, Result};
use std::collections::{BTreeMap, VecDeque};

/// How a graph runs: Spark's `StreamingContext` settings.
#[derive(Clone, Debug)]
pub struct GraphConfig {
    /// The batch interval.
    pub batch_ms: i64,
    /// `sc.defaultParallelism`: shuffles' partition count when none is given (2, as `local[2]`).
    pub default_parallelism: usize,
    /// The host's UTC offset, for showing batch times as Python's local `datetime`.
    pub tz_offset_ms: i64,
    /// How receivers cut blocks and how fast they may take records.
    pub receiver: ReceiverLimits,
}

impl Default for GraphConfig {
    fn default() -> Self {
        GraphConfig {
            batch_ms: 1000,
            default_parallelism: 2,
            tz_offset_ms: 0,
            receiver: ReceiverLimits::default(),
        }
    }
}

/// A DStream of the graph.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct StreamId(pub usize);

pub(super) enum Kind {
    /// `queueStream`: Spark's `QueueInputDStream`.
    Queue {
        queue: VecDeque<RddRef>,
        one_at_a_time: bool,
        default: RddRef,
        /// How many RDDs have left the queue (a snapshot's cursor into it).
        taken: usize,
    },
    /// A receiver (socket, stdin, WebSocket, new files): records cut into blocks by
    /// arrival time ([`BlockCutter`]), or whole blocks pushed by the host (a file); each
    /// block a partition.
    Receiver {
        pending: Vec<Vec<Value>>,
        cutter: BlockCutter,
        allocated: BTreeMap<i64, Vec<Vec<Value>>>,
    },
    /// `transform`/`transformWith` and every operator built on them.
    Transform {
        parents: Vec<StreamId>,
        f: TransformFn,
    },
    /// `window(w, s)`: the union of the parent's batches in the window.
    Window { parent: StreamId, window_ms: i64 },
    /// `reduceByKeyAndWindow`: Spark's `PythonReducedWindowedDStream`.
    ReducedWindow {
        parent: StreamId,
        window_ms: i64,
        reduce: WindowStepFn,
        inverse: Option<WindowStepFn>,
        /// The last window's result and its time: the state the next window updates.
        previous: Option<(i64, RddRef)>,
    },
    /// `updateStateByKey`: Spark's `PythonStateDStream`.
    State {
        parent: StreamId,
        step: WindowStepFn,
        initial: Option<RddRef>,
        /// The keyed state after the last batch and that batch's time.
        state: Option<(i64, RddRef)>,
    },
}

pub(super) struct Node {
    pub(super) kind: Kind,
    pub(super) slide_ms: i64,
    /// The operator's name, for errors and the playground's graph view.
    pub(super) name: String,
    generated: BTreeMap<i64, Option<RddRef>>,
    remember_ms: i64,
    /// The streams computed from this one, and whether each looks back in time (a window).
    consumers: Vec<(usize, bool)>,
    /// What a front end said about it (see [`Graph::annotate`]).
    pub(super) meta: super::describe::NodeMeta,
}

impl Node {
    /// The batches it remembers, with their times.
    pub(super) fn generated_batches(&self) -> Vec<(i64, RddRef)> {
        self.generated
            .iter()
            .filter_map(|(t, r)| Some((*t, r.clone()?)))
            .collect()
    }

    /// Puts back batches a snapshot remembered.
    pub(super) fn restore_batches(&mut self, batches: Vec<(i64, RddRef)>) {
        for (t, rdd) in batches {
            self.generated.insert(t, Some(rdd));
        }
    }
}

impl Kind {
    /// The streams this one is computed from.
    pub(super) fn parents(&self) -> Vec<StreamId> {
        match self {
            Kind::Queue { .. } | Kind::Receiver { .. } => Vec::new(),
            Kind::Transform { parents, .. } => parents.clone(),
            Kind::Window { parent, .. }
            | Kind::ReducedWindow { parent, .. }
            | Kind::State { parent, .. } => vec![*parent],
        }
    }
}

struct Output {
    stream: StreamId,
    f: OutputFn,
    /// A host's recorder rather than the program's output operation.
    probe: bool,
}

/// The DStreams of one streaming context.
pub struct Graph {
    pub config: GraphConfig,
    zero: Time,
    pub(super) nodes: Vec<Node>,
    outputs: Vec<Output>,
    started: bool,
}

impl Graph {
    pub fn new(config: GraphConfig) -> Graph {
        Graph {
            config,
            zero: Time(0),
            nodes: Vec::new(),
            outputs: Vec::new(),
            started: false,
        }
    }

    pub(super) fn add(&mut self, name: &str, kind: Kind, slide_ms: i64) -> StreamId {
        self.nodes.push(Node {
            kind,
            slide_ms,
            name: name.to_string(),
            generated: BTreeMap::new(),
            remember_ms: 0,
            consumers: Vec::new(),
            meta: Default::default(),
        });
        StreamId(self.nodes.len() - 1)
    }

    /// A stream's slide: the interval between its batches.
    pub fn slide_ms(&self, id: StreamId) -> i64 {
        self.nodes[id.0].slide_ms
    }

    /// The operator that made a stream (`map`, `window`, ...).
    pub fn name(&self, id: StreamId) -> &str {
        &self.nodes[id.0].name
    }

    /// `ssc.queueStream(rdds, oneAtATime, default)`. Without a default, a dry queue gives
    /// one empty partition (`sc.makeRDD(Seq.empty, 1)`, as Java's `queueStream` passes).
    pub fn queue_stream(
        &mut self,
        rdds: Vec<RddRef>,
        one_at_a_time: bool,
        default: Option<RddRef>,
    ) -> StreamId {
        let default = default.unwrap_or_else(|| Shared::new(Rdd::new(vec![Vec::new()])));
        let kind = Kind::Queue {
            queue: rdds.into(),
            one_at_a_time,
            default,
            taken: 0,
        };
        self.add("queueStream", kind, self.config.batch_ms)
    }

    /// A receiver-fed stream (`socketTextStream`, stdin, WebSocket); the host pushes blocks.
    pub fn receiver_stream(&mut self, name: &str) -> StreamId {
        let kind = Kind::Receiver {
            pending: Vec::new(),
            cutter: BlockCutter::new(self.config.receiver),
            allocated: BTreeMap::new(),
        };
        self.add(name, kind, self.config.batch_ms)
    }

    /// Hands a block of received records to a receiver stream: it becomes one partition of
    /// the next batch (Spark's receivers cut a block every 200 ms; a new file of
    /// `textFileStream` is one block, even when empty, as its one Hadoop split is).
    pub fn push_block(&mut self, id: StreamId, records: Vec<Value>) -> Result<()> {
        match &mut self.nodes.get_mut(id.0).map(|n| &mut n.kind) {
            Some(Kind::Receiver { pending, .. }) => {
                pending.push(records);
                Ok(())
            }
            _ => Err(Error::value_error(format!(
                "stream {} is not a receiver stream",
                id.0
            ))),
        }
    }

    /// Records that arrived at `time_ms` on the host's clock at a receiver stream: cut into
    /// blocks by the one receiver tracker ([`BlockCutter`]).
    pub fn receive(&mut self, id: StreamId, time_ms: i64, records: Vec<Value>) -> Result<()> {
        self.cutter(id)?.receive(time_ms, records);
        Ok(())
    }

    /// The receiver's input ended: its waiting blocks go to the next batch.
    pub fn end_input(&mut self, id: StreamId) -> Result<()> {
        self.cutter(id)?.flush();
        Ok(())
    }

    /// A receiver stream's counts.
    pub fn receiver_stats(&self, id: StreamId) -> Option<ReceiverStats> {
        match &self.nodes.get(id.0)?.kind {
            Kind::Receiver { cutter, .. } => Some(cutter.stats()),
            _ => None,
        }
    }

    fn cutter(&mut self, id: StreamId) -> Result<&mut BlockCutter> {
        match self.nodes.get_mut(id.0).map(|n| &mut n.kind) {
            Some(Kind::Receiver { cutter, .. }) => Ok(cutter),
            _ => Err(Error::value_error(format!(
                "stream {} is not a receiver stream",
                id.0
            ))),
        }
    }

    /// Records waiting in receivers for a batch.
    pub fn pending_records(&self) -> usize {
        self.nodes
            .iter()
            .map(|n| match &n.kind {
                Kind::Receiver {
                    pending, cutter, ..
                } => pending.iter().map(Vec::len).sum::<usize>() + cutter.stats().waiting as usize,
                _ => 0,
            })
            .sum()
    }

    /// `transform`-like stream over `parents` (the first parent's slide).
    pub fn transform(&mut self, name: &str, parents: Vec<StreamId>, f: TransformFn) -> StreamId {
        let slide = parents
            .first()
            .map(|p| self.slide_ms(*p))
            .unwrap_or(self.config.batch_ms);
        self.add(name, Kind::Transform { parents, f }, slide)
    }

    /// Registers an output operation (`foreachRDD`, `pprint`, ...).
    pub fn add_output(&mut self, stream: StreamId, f: OutputFn) {
        self.outputs.push(Output {
            stream,
            f,
            probe: false,
        });
    }

    /// Registers a host's recorder of a stream: run as an output, but not shown as one.
    pub fn add_probe(&mut self, stream: StreamId, f: OutputFn) {
        self.outputs.push(Output {
            stream,
            f,
            probe: true,
        });
    }

    /// The streams the program's output operations read.
    pub fn output_streams(&self) -> Vec<StreamId> {
        let mut ids: Vec<StreamId> = self
            .outputs
            .iter()
            .filter(|o| !o.probe)
            .map(|o| o.stream)
            .collect();
        ids.sort();
        ids.dedup();
        ids
    }

    /// How many DStreams the graph has.
    pub fn num_streams(&self) -> usize {
        self.nodes.len()
    }

    pub fn has_outputs(&self) -> bool {
        self.outputs.iter().any(|o| !o.probe)
    }

    /// Fixes the zero time (batch `k` runs at `zero + k * batch`) and what each stream must
    /// remember. Spark refuses to start without an output operation.
    pub fn start(&mut self, zero: Time) -> Result<()> {
        if !self.has_outputs() {
            return Err(Error::value_error(
                "No output operations registered, so nothing to execute (add pprint(), foreachRDD() or saveAsTextFiles())",
            ));
        }
        self.zero = zero;
        self.started = true;
        self.plan_memory();
        Ok(())
    }

    pub fn is_started(&self) -> bool {
        self.started
    }

    pub fn zero_time(&self) -> Time {
        self.zero
    }

    /// The time of batch `k` (1-based): `zero + k * batch`.
    pub fn batch_time(&self, k: i64) -> Time {
        Time(self.zero.0 + k * self.config.batch_ms)
    }

    /// Shows a batch time as Python's `str(datetime)`.
    pub fn format_time(&self, t: Time) -> String {
        DateTime::from_millis(t.0, self.config.tz_offset_ms).to_str()
    }

    /// Runs the batch at time `t`: generates every output's RDD, then runs the outputs in
    /// registration order. Returns how many records the inputs brought in.
    pub fn run_batch(&mut self, t: Time) -> Result<usize> {
        let at = self.format_time(t);
        self.free_consumed(t);
        let records_in = self.allocate_blocks(t);
        let mut jobs = Vec::with_capacity(self.outputs.len());
        for i in 0..self.outputs.len() {
            let rdd = self
                .get_or_compute(self.outputs[i].stream, t)
                .map_err(|e| e.in_batch_at(t.0, &at))?;
            jobs.push((self.outputs[i].f.clone(), rdd));
        }
        for (f, rdd) in jobs {
            if let Some(rdd) = rdd {
                f(t, &rdd).map_err(|e| e.in_batch_at(t.0, &at))?;
            }
        }
        self.forget(t);
        Ok(records_in + self.queued_records_at(t))
    }

    /// The RDD a stream produced at `t`, if it is still remembered (for the visualiser and
    /// `--record`).
    pub fn generated(&self, id: StreamId, t: Time) -> Option<RddRef> {
        self.nodes
            .get(id.0)
            .and_then(|n| n.generated.get(&t.0).cloned().flatten())
    }

    /// Whether a window reads this stream's past batches.
    pub(super) fn read_by_window(&self, id: StreamId) -> bool {
        self.nodes[id.0].consumers.iter().any(|(_, back)| *back)
    }

    /// The latest RDD a stream produced at or before `t` that is still remembered (a
    /// windowed stream's current window between its slides).
    pub fn latest_generated(&self, id: StreamId, t: Time) -> Option<RddRef> {
        let node = self.nodes.get(id.0)?;
        node.generated
            .range(..=t.0)
            .rev()
            .find_map(|(_, r)| r.clone())
    }

    /// Spark's `DStream.getOrCompute`.
    pub fn get_or_compute(&mut self, id: StreamId, t: Time) -> Result<Option<RddRef>> {
        if let Some(r) = self.nodes[id.0].generated.get(&t.0) {
            return Ok(r.clone());
        }
        if !self.is_valid_time(id, t) {
            return Ok(None);
        }
        let rdd = self.compute(id, t)?;
        self.nodes[id.0].generated.insert(t.0, rdd.clone());
        Ok(rdd)
    }

    /// Spark's `isTimeValid`: after the zero time, on the stream's slide.
    fn is_valid_time(&self, id: StreamId, t: Time) -> bool {
        let slide = self.slide_ms(id);
        t.0 > self.zero.0 && (t.0 - self.zero.0) % slide == 0
    }

    /// Spark's `DStream.slice(from, to)`: the stream's RDDs at its valid times in the range.
    pub fn slice(&mut self, id: StreamId, from: Time, to: Time) -> Result<Vec<RddRef>> {
        let slide = self.slide_ms(id);
        let floor = |t: i64| self.zero.0 + (t - self.zero.0).div_euclid(slide) * slide;
        let (mut t, end) = (floor(from.0), floor(to.0));
        let mut out = Vec::new();
        while t <= end {
            if t >= self.zero.0 {
                out.extend(self.get_or_compute(id, Time(t))?);
            }
            t += slide;
        }
        Ok(out)
    }

    fn compute(&mut self, id: StreamId, t: Time) -> Result<Option<RddRef>> {
        let node = &mut self.nodes[id.0];
        match &mut node.kind {
            Kind::Queue {
                queue,
                one_at_a_time,
                default,
                taken,
            } => Ok(Some(if queue.is_empty() {
                default.clone()
            } else if *one_at_a_time {
                *taken += 1;
                queue.pop_front().unwrap_or_else(|| default.clone())
            } else {
                // Spark's `new UnionRDD(sc, buffer)`: partitions listed one RDD after another.
                *taken += queue.len();
                let all: Vec<RddRef> = queue.drain(..).collect();
                Shared::new(Rdd::new(
                    all.iter()
                        .flat_map(|r| r.partitions.iter().cloned())
                        .collect(),
                ))
            })),
            Kind::Receiver { allocated, .. } => Ok(Some(Shared::new(Rdd::new(
                allocated.remove(&t.0).unwrap_or_default(),
            )))),
            Kind::Transform { parents, f } => {
                let (parents, f) = (parents.clone(), f.clone());
                self.compute_transform(&parents, &f, t)
            }
            Kind::Window { parent, window_ms } => {
                let (parent, window_ms) = (*parent, *window_ms);
                let from = Time(t.0 - window_ms + self.slide_ms(parent));
                let rdds = self.slice(parent, from, t)?;
                Ok(Some(Shared::new(Rdd::union(&rdds))))
            }
            Kind::ReducedWindow { .. } => self.compute_reduced_window(id, t),
            Kind::State { .. } => self.compute_state(id, t),
        }
    }

    /// `updateStateByKey` at `t`: the state kept after the previous batch (computed first
    /// if it was not), stepped with this batch's records.
    fn compute_state(&mut self, id: StreamId, t: Time) -> Result<Option<RddRef>> {
        let Kind::State {
            parent,
            step,
            initial,
            ..
        } = &self.nodes[id.0].kind
        else {
            return Ok(None);
        };
        let (parent, step, initial) = (*parent, step.clone(), initial.clone());
        let before = t.0 - self.slide_ms(id);
        let last = match self.kept_state(id) {
            Some((time, rdd)) if time == before => Some(rdd),
            _ => self.get_or_compute(id, Time(before))?,
        };
        let next = match self.get_or_compute(parent, t)? {
            Some(rdd) => Some(step(last.or(initial), rdd)?),
            None => last,
        };
        if let (Kind::State { state, .. }, Some(rdd)) = (&mut self.nodes[id.0].kind, &next) {
            *state = Some((t.0, rdd.clone()));
        }
        Ok(next)
    }

    /// A stateful node's explicit state: `updateStateByKey`'s keyed state or a windowed
    /// reduction's last window, with its time.
    pub(super) fn kept_state(&self, id: StreamId) -> Option<(i64, RddRef)> {
        match &self.nodes.get(id.0)?.kind {
            Kind::State { state, .. } => state.clone(),
            Kind::ReducedWindow { previous, .. } => previous.clone(),
            _ => None,
        }
    }

    /// One parent: nothing when the parent produced nothing (`PythonTransformedDStream`).
    /// Two or more: a missing parent batch is an empty RDD (`PythonTransformed2DStream`).
    fn compute_transform(
        &mut self,
        parents: &[StreamId],
        f: &TransformFn,
        t: Time,
    ) -> Result<Option<RddRef>> {
        let mut rdds = Vec::with_capacity(parents.len());
        for p in parents {
            rdds.push(self.get_or_compute(*p, t)?);
        }
        if parents.len() == 1 {
            if rdds[0].is_none() {
                return Ok(None);
            }
        } else {
            for r in &mut rdds {
                r.get_or_insert_with(|| Shared::new(Rdd::empty()));
            }
        }
        f(t, &rdds)
    }

    /// Spark's `PythonReducedWindowedDStream.compute`: with an inverse function and a window
    /// of at least 5 slides, the previous window's result is updated (old batches
    /// subtracted, new ones added); otherwise the window's batches are reduced afresh.
    fn compute_reduced_window(&mut self, id: StreamId, t: Time) -> Result<Option<RddRef>> {
        let Kind::ReducedWindow {
            reduce, inverse, ..
        } = &self.nodes[id.0].kind
        else {
            return Ok(None);
        };
        let (reduce, inverse) = (reduce.clone(), inverse.clone());
        let result = self.reduce_window(id, t, (reduce, inverse))?;
        if let (Kind::ReducedWindow { previous, .. }, Some(rdd)) =
            (&mut self.nodes[id.0].kind, &result)
        {
            *previous = Some((t.0, rdd.clone()));
        }
        Ok(result)
    }

    /// The window at `t` of [`Graph::compute_reduced_window`].
    fn reduce_window(
        &mut self,
        id: StreamId,
        t: Time,
        (reduce, inverse): (WindowStepFn, Option<WindowStepFn>),
    ) -> Result<Option<RddRef>> {
        let Kind::ReducedWindow {
            parent, window_ms, ..
        } = &self.nodes[id.0].kind
        else {
            return Ok(None);
        };
        let (parent, window) = (*parent, *window_ms);
        let slide = self.slide_ms(id);
        let parent_slide = self.slide_ms(parent);
        let (begin, end) = (t.0 - window, t.0);
        let previous = match self.kept_state(id) {
            Some((time, rdd)) if time == end - slide => Some(rdd),
            _ => self.get_or_compute(id, Time(end - slide))?,
        };
        if let (Some(inverse), Some(previous)) = (&inverse, &previous) {
            if window >= slide * 5 {
                let old = self.slice(parent, Time(begin - slide + parent_slide), Time(begin))?;
                let subtracted = if old.is_empty() {
                    previous.clone()
                } else {
                    inverse(Some(previous.clone()), Shared::new(Rdd::union(&old)))?
                };
                let new = self.slice(parent, Time(end - slide + parent_slide), Time(end))?;
                return if new.is_empty() {
                    Ok(Some(subtracted))
                } else {
                    Ok(Some(reduce(
                        Some(subtracted),
                        Shared::new(Rdd::union(&new)),
                    )?))
                };
            }
        }
        let current = self.slice(parent, Time(begin + parent_slide), Time(end))?;
        if current.is_empty() {
            return Ok(None);
        }
        Ok(Some(reduce(None, Shared::new(Rdd::union(&current)))?))
    }

    /// Moves the blocks ready by `t` into the batch at `t` (Spark's
    /// `ReceiverTracker.allocateBlocksToBatch`): the whole blocks pushed so far, then the
    /// cut blocks whose interval has ended. Returns how many records they hold.
    fn allocate_blocks(&mut self, t: Time) -> usize {
        let mut n = 0;
        for node in &mut self.nodes {
            if let Kind::Receiver {
                pending,
                cutter,
                allocated,
            } = &mut node.kind
            {
                let mut blocks = std::mem::take(pending);
                blocks.extend(cutter.take_for_batch(t.0));
                n += blocks.iter().map(Vec::len).sum::<usize>();
                allocated.insert(t.0, blocks);
            }
        }
        n
    }

    fn queued_records_at(&self, t: Time) -> usize {
        self.nodes
            .iter()
            .filter(|n| matches!(n.kind, Kind::Queue { .. }))
            .filter_map(|n| n.generated.get(&t.0).cloned().flatten())
            .map(|r| r.len())
            .sum()
    }

    /// Sets how long each stream keeps its batches, as Spark's `remember` does: a window
    /// needs its parent's batches for the window's length, and that need passes up to every
    /// ancestor (a stream first computed at an old time asks its parents for that time).
    /// Also notes each stream's consumers, for [`Graph::free_consumed`].
    fn plan_memory(&mut self) {
        for n in &mut self.nodes {
            n.remember_ms = 2 * n.slide_ms.max(self.config.batch_ms);
            n.consumers.clear();
        }
        for i in (0..self.nodes.len()).rev() {
            let (needed, parents, looks_back) = {
                let n = &self.nodes[i];
                match &n.kind {
                    Kind::Transform { parents, .. } => (n.remember_ms, parents.clone(), false),
                    Kind::Window { parent, window_ms } => {
                        (n.remember_ms + window_ms, vec![*parent], true)
                    }
                    Kind::ReducedWindow {
                        parent, window_ms, ..
                    } => (n.remember_ms + window_ms + n.slide_ms, vec![*parent], true),
                    Kind::State { parent, .. } => (n.remember_ms, vec![*parent], false),
                    Kind::Queue { .. } | Kind::Receiver { .. } => (0, vec![], false),
                }
            };
            for p in parents {
                let parent = &mut self.nodes[p.0];
                parent.remember_ms = parent.remember_ms.max(needed);
                parent.consumers.push((i, looks_back));
            }
        }
    }

    /// Frees batches before `t` that nobody can ask for again: those of streams whose
    /// consumers all work on the current batch only (no window looks back at them) and have
    /// all computed that batch, and that do not read their own previous batch (state). This keeps a long window's memory to the window's own
    /// parent instead of every stream above it. Run at the start of the next batch, so a
    /// host can still inspect every stream of the batch that just ran.
    fn free_consumed(&mut self, t: Time) {
        for i in 0..self.nodes.len() {
            // A stateful stream and an incremental window read their own previous batch.
            if matches!(
                self.nodes[i].kind,
                Kind::State { .. } | Kind::ReducedWindow { .. }
            ) {
                continue;
            }
            let consumers = &self.nodes[i].consumers;
            if consumers.is_empty() || consumers.iter().any(|(_, looks_back)| *looks_back) {
                continue;
            }
            let done: Vec<i64> = self.nodes[i]
                .generated
                .range(..t.0)
                .map(|(time, _)| *time)
                .filter(|time| {
                    consumers
                        .iter()
                        .all(|(c, _)| self.nodes[*c].generated.contains_key(time))
                })
                .collect();
            for time in done {
                self.nodes[i].generated.remove(&time);
            }
        }
    }

    /// Drops batches no stream needs any more.
    fn forget(&mut self, t: Time) {
        for n in &mut self.nodes {
            let keep_from = t.0 - n.remember_ms;
            n.generated = n.generated.split_off(&keep_from);
        }
    }
}
