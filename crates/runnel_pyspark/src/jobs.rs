//! Spark's jobs, as the accumulators that functions add to show them.
//!
//! Runnel computes each RDD once, when it is made (the playground shows every DStream's
//! batches, and the fast paths stay as they are). Spark makes RDDs lazily and runs a job
//! per action; each job computes the partitions it needs again, through the RDD's lineage
//! back to what is persisted (cached RDDs and DStreams, a window's parent, state, a
//! shuffle's map outputs). What the functions print or return is the same either way;
//! what they add to accumulators is not. So each task's accumulator totals are kept with
//! the partition it made ([`capture`]), in a [`Node`] for the RDD, and added to the
//! driver's accumulators when, and as often as, a Spark job would compute that partition
//! ([`Node::job`]). Deterministic functions give Spark's values exactly.

use crate::executor::Stage;
use crate::shared_vars;
use runnel_core::rdd::{Rdd, RddRef};
use runnel_core::value::Portable;
use runnel_core::{Error, Result, Value};
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::ops::Range;
use std::rc::{Rc, Weak};

/// One task's accumulator totals, by accumulator id.
pub(crate) type Updates = Vec<(u64, Value)>;

/// What tasks run while an RDD was made added: per round of tasks (a shuffle has two, its
/// map side and its reduce side), per task.
pub(crate) type Rounds = Vec<Vec<Updates>>;

/// An RDD as jobs compute it.
pub(crate) struct Node {
    /// What computing each partition adds (the RDD's own steps, not its parents').
    own: Vec<Updates>,
    parts: usize,
    dep: Dep,
    /// Cached: each partition is computed by the first job that needs it, then kept.
    persisted: Cell<bool>,
    computed: RefCell<Vec<bool>>,
    /// Some job computed (part of) it.
    used: Cell<bool>,
    /// A static RDD's pipelined step and the RDD it runs over: `take` runs the step again
    /// for just the records it pulls.
    lazy: Option<(Rc<Stage>, RddRef)>,
    /// The error computing each partition raised, if any: it fails the job that computes
    /// that partition (a partition no job computes fails nothing, as on Spark).
    failed: Vec<Option<Error>>,
}

/// What a node's partitions are computed from.
pub(crate) enum Dep {
    /// Nothing with Python functions (a source, or what Runnel does not trace).
    Source,
    /// Partition `p` from the parent's partition `p` (PySpark's pipelined steps).
    Narrow(Rc<Node>),
    /// The partitions of each parent, one after another (`union`, a window's batches).
    Concat(Vec<Rc<Node>>),
    /// Every partition of the parents, once: a shuffle's map side, whose output Spark
    /// keeps for later jobs.
    Shuffle {
        parents: Vec<Rc<Node>>,
        done: Cell<bool>,
    },
}

impl Node {
    pub(crate) fn new(parts: usize, own: Vec<Updates>, dep: Dep) -> Rc<Node> {
        Rc::new(Node {
            own,
            parts,
            dep,
            persisted: Cell::new(false),
            computed: RefCell::new(Vec::new()),
            used: Cell::new(false),
            lazy: None,
            failed: Vec::new(),
        })
    }

    pub(crate) fn parts(&self) -> usize {
        self.parts
    }

    pub(crate) fn source(parts: usize) -> Rc<Node> {
        Node::new(parts, Vec::new(), Dep::Source)
    }

    /// A shuffle over `parents` whose reduce tasks added `own`.
    pub(crate) fn shuffle(parts: usize, own: Vec<Updates>, parents: Vec<Rc<Node>>) -> Rc<Node> {
        let done = Cell::new(false);
        Node::new(parts, own, Dep::Shuffle { parents, done })
    }

    pub(crate) fn persist(&self, on: bool) {
        self.persisted.set(on);
    }

    pub(crate) fn used(&self) -> bool {
        self.used.get()
    }

    /// A job over `parts` of this RDD: what computing them adds, added now.
    pub(crate) fn job(&self, parts: Range<usize>) -> Result<()> {
        let mut adds = Vec::new();
        for p in parts {
            self.compute(p, &mut adds)?;
        }
        adds.iter().try_for_each(|u| shared_vars::add_updates(u))
    }

    /// A job over every partition.
    pub(crate) fn job_all(&self) -> Result<()> {
        self.job(0..self.parts)
    }

    fn compute<'a>(&'a self, p: usize, adds: &mut Vec<&'a Updates>) -> Result<()> {
        self.used.set(true);
        let persisted = self.persisted.get();
        if persisted && self.computed.borrow().get(p) == Some(&true) {
            return Ok(());
        }
        match &self.dep {
            Dep::Source => {}
            Dep::Narrow(parent) if p < parent.parts => parent.compute(p, adds)?,
            Dep::Narrow(_) => {}
            Dep::Concat(parents) => {
                let mut q = p;
                for parent in parents {
                    if q < parent.parts {
                        parent.compute(q, adds)?;
                        break;
                    }
                    q -= parent.parts;
                }
            }
            Dep::Shuffle { parents, done } => {
                if !done.replace(true) {
                    for parent in parents {
                        (0..parent.parts).try_for_each(|q| parent.compute(q, adds))?;
                    }
                }
            }
        }
        if let Some(Some(e)) = self.failed.get(p) {
            return Err(e.clone());
        }
        if let Some(u) = self.own.get(p).filter(|u| !u.is_empty()) {
            adds.push(u);
        }
        if persisted {
            let mut computed = self.computed.borrow_mut();
            if computed.len() < self.parts {
                computed.resize(self.parts, false);
            }
            if let Some(c) = computed.get_mut(p) {
                *c = true;
            }
        }
        Ok(())
    }
}

thread_local! {
    /// The RDDs being made now (innermost last), each with its rounds of task totals.
    static FRAMES: RefCell<Vec<Rounds>> = const { RefCell::new(Vec::new()) };
    /// The nodes of the RDDs Runnel made, by the address of their shared RDD.
    static TABLE: RefCell<Table> = RefCell::new(Table::default());
}

/// Runs `make` (which makes an RDD with tasks), keeping what its tasks add to accumulators
/// instead of adding it: jobs add it later.
pub(crate) fn capture<T>(make: impl FnOnce() -> Result<T>) -> (Result<T>, Rounds) {
    FRAMES.with(|f| f.borrow_mut().push(Vec::new()));
    let made = make();
    let rounds = FRAMES.with(|f| f.borrow_mut().pop()).unwrap_or_default();
    (made, rounds)
}

/// A round of tasks starts (each task's totals come in partition order).
pub(crate) fn new_round() {
    FRAMES.with(|f| {
        if let Some(top) = f.borrow_mut().last_mut() {
            top.push(Vec::new());
        }
    });
}

/// A task ended well: its accumulator totals are kept for the RDD being made, or, when
/// none is (an action's tasks), added to the driver's now.
pub(crate) fn task_done(updates: Vec<(u64, Portable)>) -> Result<()> {
    let capturing = FRAMES.with(|f| !f.borrow().is_empty());
    if !capturing {
        return shared_vars::merge_updates(updates);
    }
    let updates = shared_vars::revive_updates(updates)?;
    FRAMES.with(|f| {
        if let Some(top) = f.borrow_mut().last_mut() {
            if top.is_empty() {
                top.push(Vec::new());
            }
            if let Some(round) = top.last_mut() {
                round.push(updates);
            }
        }
    });
    Ok(())
}

/// Nodes by RDD, each entry checked against a weak reference (an address may be reused
/// once its RDD is gone), dead entries swept as the table grows.
#[derive(Default)]
struct Table {
    nodes: HashMap<usize, (Weak<Rdd>, Rc<Node>)>,
    sweep_at: usize,
}

fn key(rdd: &RddRef) -> usize {
    Rc::as_ptr(rdd) as usize
}

/// Records how `rdd` is computed.
pub(crate) fn set_node(rdd: &RddRef, node: Rc<Node>) {
    TABLE.with(|t| {
        let mut t = t.borrow_mut();
        if t.nodes.len() >= t.sweep_at {
            t.nodes.retain(|_, (w, _)| w.strong_count() > 0);
            t.sweep_at = (t.nodes.len() * 2).max(64);
        }
        t.nodes.insert(key(rdd), (Rc::downgrade(rdd), node));
    });
}

/// How `rdd` is computed, when Runnel made it with a node.
pub(crate) fn node_of(rdd: &RddRef) -> Option<Rc<Node>> {
    TABLE.with(|t| {
        let t = t.borrow();
        let (weak, node) = t.nodes.get(&key(rdd))?;
        let alive = weak.upgrade().is_some_and(|r| Rc::ptr_eq(&r, rdd));
        alive.then(|| node.clone())
    })
}

/// `rdd`'s node, or a source of its partitions.
pub(crate) fn node_or_source(rdd: &RddRef) -> Rc<Node> {
    node_of(rdd).unwrap_or_else(|| Node::source(rdd.num_partitions()))
}

/// `child`, made from `parent` by pipelined steps whose tasks added `rounds`.
pub(crate) fn narrow(parent: &RddRef, child: &RddRef, mut rounds: Rounds) -> Rc<Node> {
    let own = rounds.pop().unwrap_or_default();
    let node = Node::new(
        child.num_partitions(),
        own,
        Dep::Narrow(node_or_source(parent)),
    );
    set_node(child, node.clone());
    node
}

/// `child`, made from `parent` by pipelined steps partition by partition, some of which
/// `failed`: each task's totals in `own`.
pub(crate) fn narrow_failing(
    parent: &RddRef,
    child: &RddRef,
    own: Vec<Updates>,
    failed: Vec<Option<Error>>,
) -> Rc<Node> {
    let node = Rc::new(Node {
        own,
        parts: child.num_partitions(),
        dep: Dep::Narrow(node_or_source(parent)),
        persisted: Cell::new(false),
        computed: RefCell::new(Vec::new()),
        used: Cell::new(false),
        lazy: None,
        failed,
    });
    set_node(child, node.clone());
    node
}

/// `child`, made from `parent` by the static RDD step `stage`, whose tasks added `rounds`.
pub(crate) fn step(parent: &RddRef, child: &RddRef, mut rounds: Rounds, stage: Rc<Stage>) {
    let mut node = Node {
        own: rounds.pop().unwrap_or_default(),
        parts: child.num_partitions(),
        dep: Dep::Narrow(node_or_source(parent)),
        persisted: Cell::new(false),
        computed: RefCell::new(Vec::new()),
        used: Cell::new(false),
        lazy: None,
        failed: Vec::new(),
    };
    node.lazy = Some((stage, parent.clone()));
    set_node(child, Rc::new(node));
}

/// `rdd` (with `node`), handed to the program as a DStream's batch: a JVM RDD, whose
/// Python worker computes each partition a job needs whole (even for `take`).
pub(crate) fn as_jvm_rdd(rdd: &RddRef, node: Rc<Node>) -> Rc<Node> {
    if node.lazy.is_none() {
        return node;
    }
    let whole = Node::new(node.parts, Vec::new(), Dep::Narrow(node));
    set_node(rdd, whole.clone());
    whole
}

/// `child`, made from `parent` by a shuffle whose map tasks (with the steps fused before
/// them) and reduce tasks added `rounds`.
pub(crate) fn shuffled(parent: &RddRef, child: &RddRef, mut rounds: Rounds) -> Rc<Node> {
    let reduce = if rounds.len() > 1 {
        rounds.pop().unwrap_or_default()
    } else {
        Vec::new()
    };
    let map_own = rounds.pop().unwrap_or_default();
    let map = Node::new(
        parent.num_partitions(),
        map_own,
        Dep::Narrow(node_or_source(parent)),
    );
    let node = Node::shuffle(child.num_partitions(), reduce, vec![map]);
    set_node(child, node.clone());
    node
}

/// `child`, the partitions of `parents` one after another (`union`).
pub(crate) fn concat(parents: &[RddRef], child: &RddRef) -> Rc<Node> {
    let parents = parents.iter().map(node_or_source).collect();
    let node = Node::new(child.num_partitions(), Vec::new(), Dep::Concat(parents));
    set_node(child, node.clone());
    node
}

/// `child`, made by a shuffle (or a step Runnel makes apart) over `parents`, whose
/// functions added `rounds`: added once, with its map side.
pub(crate) fn shuffle_of(parents: &[RddRef], child: &RddRef, rounds: Rounds) {
    let once: Updates = rounds.into_iter().flatten().flatten().collect();
    let mut nodes: Vec<Rc<Node>> = parents.iter().map(node_or_source).collect();
    nodes.push(Node::new(1, vec![once], Dep::Source));
    set_node(
        child,
        Node::shuffle(child.num_partitions(), Vec::new(), nodes),
    );
}

/// The partitions each job of PySpark's `take(num)` computes, over partitions of these
/// sizes: partition 0 first, then more each round, until it has `num` records.
pub(crate) fn take_scans(sizes: &[usize], num: usize) -> Vec<Range<usize>> {
    let (mut items, mut scanned, mut scans) = (0usize, 0usize, Vec::new());
    while items < num && scanned < sizes.len() {
        let mut tries = 1;
        if scanned > 0 {
            tries = if items == 0 {
                scanned * 4
            } else {
                let more =
                    (1.5 * num as f64 * scanned as f64 / items as f64) as i64 - scanned as i64;
                (more.max(1) as usize).min(scanned * 4)
            };
        }
        let left = num - items;
        let end = (scanned + tries).min(sizes.len());
        items += sizes[scanned..end]
            .iter()
            .map(|s| (*s).min(left))
            .sum::<usize>();
        scans.push(scanned..end);
        scanned += tries;
    }
    scans
}

/// PySpark's `take(num)` over `rdd`: its jobs, each computing the partitions it scans
/// whole (a batch's RDD is a JVM RDD, whose Python worker computes a partition whole).
pub(crate) fn take(rdd: &RddRef, num: usize) -> Result<()> {
    let Some(node) = node_of(rdd) else {
        return Ok(());
    };
    let sizes: Vec<usize> = rdd.partitions.iter().map(Vec::len).collect();
    let mut items = 0;
    for scan in take_scans(&sizes, num) {
        let left = num - items;
        for p in scan.clone() {
            if !node.pull(p, left)? {
                node.job(p..p + 1)?;
            }
        }
        items += sizes[scan].iter().map(|s| (*s).min(left)).sum::<usize>();
    }
    Ok(())
}

impl Node {
    /// `take`'s task over partition `p` of a static RDD of uncached pipelined steps: the
    /// steps run again for the records it pulls (`left` of them), over what they run on,
    /// computed as a job computes it. `false` when this is not such an RDD.
    fn pull(&self, p: usize, left: usize) -> Result<bool> {
        let mut stages = Vec::new();
        let mut node = self;
        let base = loop {
            match (&node.lazy, &node.dep) {
                (Some((stage, parent)), Dep::Narrow(below)) if !node.persisted.get() => {
                    stages.push(stage.clone());
                    if below.lazy.is_none() || below.persisted.get() {
                        break (below, parent);
                    }
                    node = below;
                }
                _ => return Ok(false),
            }
        };
        stages.reverse();
        let (below, records) = base;
        let records = records.partitions.get(p).map_or(&[][..], |r| &r[..]);
        below.job(p..p + 1)?;
        self.mark_used();
        crate::executor::pull(&stages, records, left)
    }

    fn mark_used(&self) {
        self.used.set(true);
        if let Dep::Narrow(parent) = &self.dep {
            if parent.lazy.is_some() && !parent.used.get() {
                parent.mark_used();
            }
        }
    }
}

/// One job over every partition of `rdd`.
pub(crate) fn job_all(rdd: &RddRef) -> Result<()> {
    match node_of(rdd) {
        Some(node) => node.job_all(),
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn take_scans_as_pyspark() {
        assert_eq!(take_scans(&[20, 5], 4), vec![0..1]);
        assert_eq!(take_scans(&[2, 1], 4), vec![0..1, 1..2]);
        assert_eq!(take_scans(&[0, 0, 0, 0, 0, 0], 1), vec![0..1, 1..5, 5..6]);
        assert_eq!(take_scans(&[], 3), Vec::<Range<usize>>::new());
    }

    fn adds(id: u64, n: i64) -> Updates {
        vec![(id, Value::Int(n))]
    }

    #[test]
    fn shuffle_map_side_runs_once_cached_partitions_once() {
        let src = Node::source(2);
        let mapped = Node::new(2, vec![adds(1, 1), adds(1, 2)], Dep::Narrow(src));
        mapped.persist(true);
        mapped.compute(0, &mut Vec::new()).unwrap();
        let mut out = Vec::new();
        mapped.compute(0, &mut out).unwrap();
        mapped.compute(1, &mut out).unwrap();
        assert_eq!(out.len(), 1, "partition 0 is cached");
        let reduced = Node::shuffle(1, vec![adds(1, 10)], vec![mapped]);
        let mut first = Vec::new();
        reduced.compute(0, &mut first).unwrap();
        let mut second = Vec::new();
        reduced.compute(0, &mut second).unwrap();
        assert_eq!((first.len(), second.len()), (1, 1));
    }
}
