//! Which node computes which RDD, and the nodes of the ways RDDs are made.

use super::{Dep, Node, Rounds, Updates};
use crate::executor::Stage;
use runnel_core::rdd::{Rdd, RddRef};
use runnel_core::Error;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::{Rc, Weak};

thread_local! {
    /// The nodes of the RDDs Runnel made, by the address of their shared RDD.
    static TABLE: RefCell<Table> = RefCell::new(Table::default());
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

/// Whether a job over all of `rdd` would fail (a recorder's collect, as Spark's job).
pub(crate) fn would_fail(rdd: &RddRef) -> bool {
    node_of(rdd).is_some_and(|n| n.would_fail())
}

/// The error a job over all of `rdd` would fail with, if any.
pub(crate) fn failure(rdd: &RddRef) -> Option<Error> {
    node_of(rdd)?.failure()
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
    let dep = Dep::Narrow(node_or_source(parent));
    let node = Rc::new(Node::with(child.num_partitions(), own, dep, None, failed));
    set_node(child, node.clone());
    node
}

/// `child`, made from `parent` by the static RDD step `stage`, whose tasks added `rounds`.
pub(crate) fn step(parent: &RddRef, child: &RddRef, mut rounds: Rounds, stage: Rc<Stage>) {
    let own = rounds.pop().unwrap_or_default();
    let dep = Dep::Narrow(node_or_source(parent));
    let lazy = Some((stage, parent.clone()));
    let node = Node::with(child.num_partitions(), own, dep, lazy, Vec::new());
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

/// `child`, one partition made from all of `parent`'s without a shuffle (`coalesce(1)`,
/// a sort into one partition) by tasks that added `rounds`: all of it again per job.
pub(crate) fn coalesced(parent: &RddRef, child: &RddRef, mut rounds: Rounds) {
    let own = rounds.pop().unwrap_or_default();
    let dep = Dep::Whole(node_or_source(parent));
    set_node(child, Node::new(child.num_partitions(), own, dep));
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
    shuffle_node(parents, child, rounds, Vec::new());
}

/// `child`, made by a shuffle over `parents` whose map tasks and then reduce tasks (the
/// last round) added `rounds`: the map side's added once, the reduce tasks' per job that
/// computes their partition.
pub(crate) fn reduced(parents: &[RddRef], child: &RddRef, mut rounds: Rounds) {
    let reduce = rounds.pop().unwrap_or_default();
    shuffle_node(parents, child, rounds, reduce);
}

fn shuffle_node(parents: &[RddRef], child: &RddRef, once: Rounds, reduce: Vec<Updates>) {
    let once: Updates = once.into_iter().flatten().flatten().collect();
    let mut nodes: Vec<Rc<Node>> = parents.iter().map(node_or_source).collect();
    nodes.push(Node::new(1, vec![once], Dep::Source));
    set_node(child, Node::shuffle(child.num_partitions(), reduce, nodes));
}
