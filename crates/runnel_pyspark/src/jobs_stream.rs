//! A streaming context's jobs (see [`crate::jobs`]): each output operation runs jobs over
//! its stream's batch, which compute the batch's partitions through the DStreams'
//! lineage back to what Spark Streaming persists (cached DStreams, a window's parent,
//! `updateStateByKey`'s state, a shuffle's map outputs).
//!
//! The steps Runnel runs as pipelines keep their tasks' accumulator totals in a node per
//! batch; the streams the core makes (`count`, windows, state) are modelled here by what
//! they compute from. A batch's pipeline node that no job computed by the batch's end
//! (its stream feeds only operations not modelled here) is computed then, once.

use crate::jobs::{self, Node, Updates};
use runnel_core::rdd::{Rdd, RddRef};
use runnel_core::stream::{Graph, StreamId, TransformFn};
use runnel_core::time::Time;
use runnel_core::udf::PartitionFn;
use runnel_core::value::Shared;
use runnel_core::Result;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// What a stream the core makes computes its batch from.
#[derive(Clone)]
pub(crate) enum Source {
    /// Every partition of the parents' batches, once per batch (a shuffle: `count`, the
    /// by-key operations, joins).
    Shuffle(Vec<StreamId>),
    /// The parents' batches' partitions one after another (`union`).
    Concat(Vec<StreamId>),
    /// The parent's batches in the window (which Spark persists), once per batch.
    Window(StreamId, i64),
    /// The windows of a shuffle over the parent's batches (`countByWindow`, the windowed
    /// reductions): PySpark pipelines the parent's steps into the shuffle, and the window
    /// persists the shuffle's output, so each of the parent's batches is computed once.
    WindowOfShuffles(StreamId, i64),
    /// The parent's batch, once; the state is persisted.
    State(StreamId),
}

/// A stream's batch's node.
type Kept = (i64, StreamId, Rc<Node>);

/// A streaming context's streams, as jobs see them.
#[derive(Default)]
pub(crate) struct Streams {
    // A few entries each (the program's streams, a window's batches): plain lists keep the
    // page's engine small.
    sources: RefCell<Vec<(StreamId, Source)>>,
    persisted: RefCell<Vec<StreamId>>,
    /// Nodes by batch time and stream (kept as long as the longest window needs them).
    nodes: RefCell<Vec<Kept>>,
    /// The shuffles `WindowOfShuffles` windows, by batch time and parent.
    shuffles: RefCell<Vec<Kept>>,
    /// The pipeline nodes made in this batch, in the order they were made.
    made: RefCell<Vec<Rc<Node>>>,
    /// What `updateStateByKey`'s update tasks added in this batch, by state stream, with
    /// the partition each task made.
    state_tasks: RefCell<Vec<(StreamId, usize, Updates)>>,
    longest_window_ms: Cell<i64>,
}

impl Streams {
    pub(crate) fn set_source(&self, id: StreamId, source: Source) {
        if let Source::Window(parent, _) = &source {
            self.persist(*parent);
        }
        if let Source::Window(_, window_ms) | Source::WindowOfShuffles(_, window_ms) = &source {
            let longest = self.longest_window_ms.get().max(*window_ms);
            self.longest_window_ms.set(longest);
        }
        let mut sources = self.sources.borrow_mut();
        sources.retain(|(s, _)| *s != id);
        sources.push((id, source));
    }

    /// `cache()`/`persist()`: each batch is computed once, by the first job needing it.
    pub(crate) fn persist(&self, id: StreamId) {
        self.persisted.borrow_mut().push(id);
    }

    /// A stream of per-partition steps over `source` (`shuffle`: ending in a shuffle, as
    /// `reduceByKey`), whose tasks' accumulator totals are kept for the jobs.
    pub(crate) fn per_rdd(
        self: &Rc<Self>,
        g: &mut Graph,
        name: &str,
        source: StreamId,
        shuffle: bool,
        f: impl Fn(&RddRef) -> Result<Rdd> + 'static,
    ) -> StreamId {
        let me: Rc<Cell<Option<StreamId>>> = Rc::new(Cell::new(None));
        let (streams, id) = (self.clone(), me.clone());
        let tf: TransformFn = Shared::new(move |t: Time, rdds: &[Option<RddRef>]| {
            let Some(parent) = &rdds[0] else {
                return Ok(None);
            };
            streams.resolve(source, t, parent);
            let (made, rounds) = jobs::capture(|| f(parent));
            let (rdd, node) = match (made, shuffle) {
                (Ok(made), _) => {
                    let rdd = Shared::new(made);
                    let node = match shuffle {
                        true => jobs::shuffled(parent, &rdd, rounds),
                        false => jobs::narrow(parent, &rdd, rounds),
                    };
                    (rdd, node)
                }
                // A runaway function (the step budget) is not run again.
                (Err(e), _) if e.exc_type == runnel_python::STEP_BUDGET => return Err(e),
                // A function PySpark cannot pickle: the batch's jobs are not generated.
                (Err(e), _) if e.is_generating() => return Err(e),
                (Err(e), true) => failed_shuffle(parent, &f, e)?,
                (Err(_), false) => by_partition(parent, &f),
            };
            if let Some(id) = id.get() {
                node.persist(streams.persisted.borrow().contains(&id));
                streams.keep(id, t, node.clone());
            }
            streams.made.borrow_mut().push(node);
            Ok(Some(rdd))
        });
        let id = g.transform(name, vec![source], tf);
        me.set(Some(id));
        id
    }

    /// `updateStateByKey`'s update `task` for the state stream `id` will be: what it adds
    /// to accumulators is kept for the jobs that compute the state.
    pub(crate) fn state_task(
        self: &Rc<Self>,
        id: Rc<Cell<Option<StreamId>>>,
        task: PartitionFn,
    ) -> PartitionFn {
        let streams = self.clone();
        Shared::new(move |i, records| {
            let (out, rounds) = jobs::capture(|| task(i, records));
            let updates: Updates = rounds.into_iter().flatten().flatten().collect();
            if let Some(id) = id.get() {
                streams.state_tasks.borrow_mut().push((id, i, updates));
            }
            out
        })
    }

    /// The state tasks' totals of this batch, by partition.
    fn take_state_tasks(&self, id: StreamId, parts: usize) -> Vec<Updates> {
        let mut own = vec![Vec::new(); parts];
        let mut tasks = self.state_tasks.borrow_mut();
        for (_, i, updates) in tasks.iter_mut().filter(|(s, ..)| *s == id) {
            if let Some(slot) = own.get_mut(*i) {
                slot.append(updates);
            }
        }
        tasks.retain(|(s, ..)| *s != id);
        own
    }

    fn keep(&self, id: StreamId, t: Time, node: Rc<Node>) {
        self.nodes.borrow_mut().push((t.0, id, node));
    }

    fn kept(&self, id: StreamId, t: i64) -> Option<Rc<Node>> {
        find(&self.nodes.borrow(), id, t)
    }

    /// `parent`'s batches' nodes within the window of `window_ms` ending at `t`, in time
    /// order.
    fn in_window(&self, parent: StreamId, t: i64, window_ms: i64) -> Vec<(i64, Rc<Node>)> {
        let nodes = self.nodes.borrow();
        let mut inside: Vec<(i64, Rc<Node>)> = nodes
            .iter()
            .filter(|(time, s, _)| *s == parent && *time > t - window_ms && *time <= t)
            .map(|(time, _, n)| (*time, n.clone()))
            .collect();
        inside.sort_by_key(|(time, _)| *time);
        inside
    }

    /// The node of `rdd`, stream `id`'s batch at `t`, known to the RDD methods from now.
    pub(crate) fn resolve(&self, id: StreamId, t: Time, rdd: &RddRef) -> Option<Rc<Node>> {
        if let Some(node) = jobs::node_of(rdd) {
            let node = jobs::as_jvm_rdd(rdd, node);
            if self.kept(id, t.0).is_none() {
                self.keep(id, t, node.clone());
            }
            return Some(node);
        }
        let sources = self.sources.borrow();
        let source = sources.iter().find(|(s, _)| *s == id)?.1.clone();
        drop(sources);
        let parts = rdd.num_partitions();
        let node = match source {
            Source::Shuffle(parents) => {
                let parents = parents.iter().flat_map(|p| self.parent(*p, t.0));
                Node::shuffle(parts, Vec::new(), parents.collect())
            }
            Source::Concat(parents) => {
                let found: Vec<Option<Rc<Node>>> =
                    parents.iter().map(|p| self.kept(*p, t.0)).collect();
                // A parent with no node (an input) has the partitions the others lack.
                let known: usize = found.iter().flatten().map(|n| n.parts()).sum();
                let missing = found.iter().filter(|n| n.is_none()).count().max(1);
                let rest = parts.saturating_sub(known) / missing;
                let parents = found
                    .into_iter()
                    .map(|n| n.unwrap_or_else(|| Node::source(rest)));
                Node::new(parts, Vec::new(), jobs::Dep::Concat(parents.collect()))
            }
            Source::State(parent) => {
                let own = self.take_state_tasks(id, parts);
                let node = Node::shuffle(parts, own, self.parent(parent, t.0));
                node.persist(true);
                node
            }
            Source::Window(parent, window_ms) => {
                let inside = self.in_window(parent, t.0, window_ms);
                Node::shuffle(
                    parts,
                    Vec::new(),
                    inside.into_iter().map(|(_, n)| n).collect(),
                )
            }
            Source::WindowOfShuffles(parent, window_ms) => {
                let mut shuffles = self.shuffles.borrow_mut();
                let mut parents = Vec::new();
                for (time, batch) in self.in_window(parent, t.0, window_ms) {
                    let shuffle = find(&shuffles, parent, time).unwrap_or_else(|| {
                        let made = Node::shuffle(1, Vec::new(), vec![batch]);
                        shuffles.push((time, parent, made.clone()));
                        made
                    });
                    parents.push(shuffle);
                }
                Node::shuffle(parts, Vec::new(), parents)
            }
        };
        jobs::set_node(rdd, node.clone());
        self.keep(id, t, node.clone());
        Some(node)
    }

    fn parent(&self, id: StreamId, t: i64) -> Vec<Rc<Node>> {
        self.kept(id, t).into_iter().collect()
    }

    /// The batch at `t` ended (`ran`: its jobs ran): the pipeline nodes no job computed
    /// are computed now, the last made first (it computes what it was made from).
    pub(crate) fn end_batch(&self, t: Time, ran: bool) -> Result<()> {
        let made = std::mem::take(&mut *self.made.borrow_mut());
        let states = std::mem::take(&mut *self.state_tasks.borrow_mut());
        let keep_from = t.0 - self.longest_window_ms.get();
        self.nodes
            .borrow_mut()
            .retain(|(time, ..)| *time > keep_from);
        self.shuffles
            .borrow_mut()
            .retain(|(time, ..)| *time > keep_from);
        if !ran {
            return Ok(());
        }
        for node in made.iter().rev() {
            if !node.used() {
                node.job_all()?;
            }
        }
        // A state no job read: its update tasks ran all the same (the next batch needs it).
        for (_, _, updates) in states {
            crate::shared_vars::add_updates(&updates)?;
        }
        Ok(())
    }
}

/// Narrow steps `f` that failed over `parent`, run again partition by partition: a
/// partition whose steps fail is left empty, and its error fails the job that computes
/// it (Spark computes a partition only when a job needs it: `pprint`'s `take` may never
/// reach it). Each partition runs with the ones before it empty, so it keeps its index.
pub(crate) fn by_partition(
    parent: &RddRef,
    f: &dyn Fn(&RddRef) -> Result<Rdd>,
) -> (RddRef, Rc<Node>) {
    let (mut parts, mut own, mut failed) = (Vec::new(), Vec::new(), Vec::new());
    let mut partitioner = None;
    for (i, records) in parent.partitions.iter().enumerate() {
        let mut partitions = vec![Vec::new(); i];
        partitions.push(records.clone());
        let alone = Shared::new(Rdd {
            partitions,
            partitioner: parent.partitioner,
        });
        let (made, rounds) = jobs::capture(|| f(&alone));
        match made {
            Ok(mut r) => {
                // The last task is this partition's.
                let task = rounds.into_iter().last().and_then(|mut r| r.pop());
                own.push(task.unwrap_or_default());
                partitioner = r.partitioner;
                parts.push(r.partitions.pop().unwrap_or_default());
                failed.push(None);
            }
            // A failed task's updates never count.
            Err(e) => {
                own.push(Vec::new());
                parts.push(Vec::new());
                failed.push(Some(e));
            }
        }
    }
    let rdd = Shared::new(Rdd {
        partitions: parts,
        partitioner,
    });
    let node = jobs::narrow_failing(parent, &rdd, own, failed);
    (rdd, node)
}

/// A shuffle whose tasks failed with `e`: its partitions (as many as `f` makes of no
/// records) are empty and every job that computes one fails with `e`, as Spark's jobs over
/// a failed stage do; outputs that do not read it still run.
fn failed_shuffle(
    parent: &RddRef,
    f: &dyn Fn(&RddRef) -> Result<Rdd>,
    e: runnel_core::Error,
) -> Result<(RddRef, Rc<Node>)> {
    let empty = Shared::new(Rdd {
        partitions: vec![Vec::new(); parent.partitions.len()],
        partitioner: parent.partitioner,
    });
    let (made, _) = jobs::capture(|| f(&empty));
    let made = made.map_err(|_| e.clone())?;
    let parts = made.partitions.len();
    let rdd = Shared::new(Rdd {
        partitions: vec![Vec::new(); parts],
        partitioner: made.partitioner,
    });
    let node = jobs::narrow_failing(parent, &rdd, vec![Vec::new(); parts], vec![Some(e); parts]);
    Ok((rdd, node))
}

/// Stream `id`'s node at `t` in `kept`.
fn find(kept: &[Kept], id: StreamId, t: i64) -> Option<Rc<Node>> {
    let found = kept.iter().find(|(time, s, _)| *time == t && *s == id);
    found.map(|(.., n)| n.clone())
}
