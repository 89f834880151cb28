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
use runnel_core::rdd::RddRef;
use runnel_core::value::Portable;
use runnel_core::{Error, Result, Value};
use std::cell::{Cell, RefCell};
use std::ops::Range;
use std::rc::Rc;

mod table;
mod take;

pub(crate) use table::{
    as_jvm_rdd, coalesced, concat, failure, narrow, narrow_failing, node_of, reduced, set_node,
    shuffle_of, shuffled, step, would_fail,
};
pub(crate) use take::{job_all, take, take_scans};

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
    /// Every partition of the parent, for each partition computed (`coalesce(1)`, which
    /// shuffles nothing).
    Whole(Rc<Node>),
    /// Every partition of the parents, once: a shuffle's map side, whose output Spark
    /// keeps for later jobs.
    Shuffle {
        parents: Vec<Rc<Node>>,
        done: Cell<bool>,
    },
}

impl Node {
    pub(crate) fn new(parts: usize, own: Vec<Updates>, dep: Dep) -> Rc<Node> {
        Rc::new(Node::with(parts, own, dep, None, Vec::new()))
    }

    /// A node with a static step to pull through and partitions that failed.
    fn with(
        parts: usize,
        own: Vec<Updates>,
        dep: Dep,
        lazy: Option<(Rc<Stage>, RddRef)>,
        failed: Vec<Option<Error>>,
    ) -> Node {
        Node {
            own,
            parts,
            dep,
            persisted: Cell::new(false),
            computed: RefCell::new(Vec::new()),
            used: Cell::new(false),
            lazy,
            failed,
        }
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

    /// Whether a job over every partition would fail (without running it: no
    /// accumulator sees it). A host's recorder, which Spark runs as a job, skips such a
    /// batch as Spark's did.
    pub(crate) fn would_fail(&self) -> bool {
        if self.failed.iter().any(Option::is_some) {
            return true;
        }
        match &self.dep {
            Dep::Source => false,
            Dep::Narrow(parent) | Dep::Whole(parent) => parent.would_fail(),
            Dep::Concat(parents) | Dep::Shuffle { parents, .. } => {
                parents.iter().any(|p| p.would_fail())
            }
        }
    }

    /// The error a job over every partition would fail with (what it is made from
    /// first), if any.
    pub(crate) fn failure(&self) -> Option<Error> {
        let from_parents = match &self.dep {
            Dep::Source => None,
            Dep::Narrow(parent) | Dep::Whole(parent) => parent.failure(),
            Dep::Concat(parents) | Dep::Shuffle { parents, .. } => {
                parents.iter().find_map(|p| p.failure())
            }
        };
        from_parents.or_else(|| self.failed.iter().flatten().next().cloned())
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
            Dep::Whole(parent) => (0..parent.parts).try_for_each(|q| parent.compute(q, adds))?,
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
