//! Persisted and checkpointed JVM RDDs of the lineage (a state DStream's batches, which
//! Spark Streaming persists `MEMORY_ONLY` and checkpoints every 10 seconds or so): which
//! partitions the jobs have computed, and so cached (`CachedPartitions` lines in
//! `toDebugString`, measured as Spark measures them: [`crate::cached_size`]), and
//! Spark's `doCheckpoint` after each job, which writes a marked RDD once, computing all
//! of it, and makes it read from a new `ReliableCheckpointRDD` instead of its parents.

use crate::context::StorageLevel;
use crate::rdd_lineage::{new_node, Node};
use crate::session::Env;
use crate::stored_size::{estimated_size, jvm_objects, serialized_size, Stored};
use runnel_core::rdd::RddRef;
use std::cell::{Cell, OnceCell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

/// What the JVM has cached of a persisted RDD.
pub(crate) struct Cache {
    /// Its storage level's description.
    pub(crate) level: String,
    /// The records of its partitions, once the core has made them, and how the JVM
    /// stores them.
    rows: OnceCell<(RddRef, Stored)>,
    /// The partitions a job has computed.
    computed: RefCell<Vec<usize>>,
    /// `rdd.checkpoint()` was called and the checkpoint is not written yet.
    marked: Cell<bool>,
}

/// The storage levels `toDebugString` shows (on every line: Spark prints the level of the
/// RDD it was called on): Spark Streaming's `MEMORY_ONLY`, and PySpark's (which keeps
/// its pickled bytes serialized).
pub(crate) const MEMORY_ONLY: &str = "Memory Deserialized 1x Replicated";
pub(crate) const PYSPARK_MEMORY_ONLY: &str = "Memory Serialized 1x Replicated";

/// The JVM's `StorageLevel.description` of a PySpark level.
pub(crate) fn jvm_description(level: &StorageLevel) -> String {
    let mut out = String::new();
    if level.use_disk {
        out.push_str("Disk ");
    }
    if level.use_memory {
        out.push_str(if level.use_off_heap {
            "Memory (off heap) "
        } else {
            "Memory "
        });
    }
    out.push_str(if level.deserialized {
        "Deserialized "
    } else {
        "Serialized "
    });
    out + &format!("{}x Replicated", level.replication)
}

/// The level a JVM description names (the inverse of [`jvm_description`]).
pub(crate) fn level_of_description(d: &str) -> Option<StorageLevel> {
    let replication = d
        .split_whitespace()
        .find_map(|w| w.strip_suffix('x')?.parse().ok())?;
    Some(StorageLevel {
        use_disk: d.contains("Disk "),
        use_memory: d.contains("Memory "),
        use_off_heap: d.contains("(off heap)"),
        deserialized: d.contains("Deserialized"),
        replication,
    })
}

impl Node {
    /// `persist(level)`, and `checkpoint()` when `checkpoint` (or already marked).
    pub(crate) fn persist(&self, level: &str, checkpoint: bool) {
        let marked = self.cache().is_some_and(|c| c.marked.get());
        let cache = Cache {
            level: level.to_string(),
            rows: OnceCell::new(),
            computed: RefCell::default(),
            marked: Cell::new(checkpoint || marked),
        };
        *self.cache.borrow_mut() = Some(Rc::new(cache));
    }

    /// `unpersist()`: Spark drops the blocks and the level.
    pub(crate) fn unpersist(&self) {
        *self.cache.borrow_mut() = None;
    }

    fn cache(&self) -> Option<Rc<Cache>> {
        self.cache.borrow().clone()
    }

    /// The storage level `toDebugString` shows when asked of this RDD.
    pub(crate) fn level(&self) -> String {
        self.cache().map_or(String::new(), |c| c.level.clone())
    }

    /// The core made this RDD's records, which the JVM stores as `stored`.
    pub(crate) fn set_rows(&self, rows: RddRef, stored: Stored) {
        if let Some(c) = self.cache() {
            let _ = c.rows.set((rows, stored));
        }
    }

    /// The `CachedPartitions` line's counts: partitions and their bytes in memory and on
    /// disk, if any is cached.
    pub(crate) fn cached(&self) -> Result<Option<Cached>, &'static str> {
        let Some(c) = self.cache() else {
            return Ok(None);
        };
        let computed = c.computed.borrow();
        if computed.is_empty() {
            return Ok(None);
        }
        let level = level_of_description(&c.level).ok_or(UNKNOWN)?;
        let (rows, stored) = c.rows.get().ok_or(UNKNOWN)?;
        let mut bytes = 0;
        for p in computed.iter() {
            let records = rows.partitions.get(*p).ok_or(UNKNOWN)?;
            let objects = jvm_objects(records, *stored).ok_or(AMBIGUOUS)?;
            // Deserialized in memory, the JVM's estimate of the objects; else (on disk
            // too) the bytes they are serialized into.
            bytes += if level.deserialized && level.use_memory && !level.use_off_heap {
                estimated_size(&objects)
            } else {
                serialized_size(&objects)
            };
        }
        // Spark's off-heap memory is none unless configured: such blocks go to disk.
        let (memory, disk) = match level {
            l if l.use_memory && !l.use_off_heap => (bytes, 0),
            l if l.use_disk => (0, bytes),
            _ => return Err(NOWHERE),
        };
        Ok(Some(Cached {
            partitions: computed.len(),
            memory,
            disk,
        }))
    }
}

/// What a `CachedPartitions` line shows.
pub(crate) struct Cached {
    pub(crate) partitions: usize,
    pub(crate) memory: u64,
    pub(crate) disk: u64,
}

const UNKNOWN: &str = "the memory of a cached partition Runnel did not keep (of an RDD persisted by the program other than a Python step's, a parallelized list or a text file's lines)";
const AMBIGUOUS: &str = "the memory of a cached partition whose records Runnel cannot measure as pickle writes them (objects other than numbers, strings, tuples, lists, dicts and sets)";
const NOWHERE: &str = "the size of a partition cached off heap without a disk (Spark's off-heap memory is not configured)";

/// A job ran over partitions `parts` (all: `None`) of `top`: the partitions of persisted
/// RDDs it computed are cached; then Spark's `doCheckpoint` of `top`, a new checkpoint
/// RDD made at `site`.
/// (Runnel models checkpoints in DStream callbacks only: `checkpoint`: whether there.)
pub(crate) fn job_ran(
    env: &Env,
    top: &Rc<Node>,
    parts: Option<Vec<usize>>,
    (site, checkpoint): (&str, bool),
) {
    let parts = parts.unwrap_or_else(|| (0..top.parts).collect());
    compute(top, parts);
    if checkpoint {
        do_checkpoint(env, top, site);
    }
}

/// Computes partitions `parts` of `top`: each from the cache where computed before, else
/// from its parents (all of a shuffle's; a union's partition from the parent it comes
/// from). Iterative, each partition of an RDD once: lineages can be long and share
/// parents.
fn compute(top: &Rc<Node>, parts: Vec<usize>) {
    let mut done: HashMap<*const Node, Vec<usize>> = HashMap::new();
    let mut todo = vec![(top.clone(), parts)];
    while let Some((n, mut parts)) = todo.pop() {
        let seen = done.entry(Rc::as_ptr(&n)).or_default();
        parts.retain(|p| !seen.contains(p));
        seen.extend(parts.iter().copied());
        if let Some(c) = n.cache() {
            let mut computed = c.computed.borrow_mut();
            parts.retain(|p| !computed.contains(p));
            computed.extend(parts.iter().copied());
            computed.sort_unstable();
        }
        if parts.is_empty() {
            continue;
        }
        let mut offset = 0;
        for (parent, shuffle) in n.deps.borrow().iter() {
            let all = || (0..parent.parts).collect::<Vec<_>>();
            let theirs = if *shuffle {
                all()
            } else if n.class == "UnionRDD" {
                let range = offset..offset + parent.parts;
                parts
                    .iter()
                    .filter(|p| range.contains(p))
                    .map(|p| p - offset)
                    .collect()
            } else if parent.parts == n.parts {
                parts.clone()
            } else {
                all()
            };
            offset += parent.parts;
            todo.push((parent.clone(), theirs));
        }
    }
}

/// Spark's `RDD.doCheckpoint`: once per RDD, down to the first marked RDD of each path.
fn do_checkpoint(env: &Env, top: &Rc<Node>, site: &str) {
    let mut todo = vec![top.clone()];
    while let Some(n) = todo.pop() {
        if n.walked.replace(true) {
            continue;
        }
        if let Some(c) = n.cache().filter(|c| c.marked.get()) {
            c.marked.set(false);
            // The checkpoint job computes every partition (caching those not cached).
            compute(&n, (0..n.parts).collect());
            let file = new_node(
                env,
                "ReliableCheckpointRDD",
                site.to_string(),
                n.parts,
                n.partitioner,
            );
            *n.deps.borrow_mut() = vec![(file, false)];
            continue;
        }
        // Spark walks the parents in order: the first marked one is written first.
        let deps = n.deps.borrow();
        todo.extend(deps.iter().rev().map(|(parent, _)| parent.clone()));
    }
}

/// Spark's `Utils.bytesToString`: one decimal, rounded half up, in the largest binary
/// unit the size is at least twice.
pub(crate) fn bytes_to_string(size: u64) -> String {
    let units = [
        (60, "EiB"),
        (50, "PiB"),
        (40, "TiB"),
        (30, "GiB"),
        (20, "MiB"),
        (10, "KiB"),
    ];
    let (shift, unit) = units
        .into_iter()
        .find(|(shift, _)| u128::from(size) >= 2u128 << shift)
        .unwrap_or((0, "B"));
    let unit_size = 1u128 << shift;
    let tenths = u128::from(size) * 10;
    let (q, r) = (tenths / unit_size, tenths % unit_size);
    let q = if 2 * r >= unit_size { q + 1 } else { q };
    format!("{}.{} {unit}", q / 10, q % 10)
}

#[cfg(test)]
mod tests {
    use super::bytes_to_string;

    /// Spark 3.5.9's `Utils.bytesToString` (called through PySpark's JVM for these sizes).
    #[test]
    fn sizes_are_shown_as_spark_shows_them() {
        assert_eq!(bytes_to_string(0), "0.0 B");
        assert_eq!(bytes_to_string(168), "168.0 B");
        assert_eq!(bytes_to_string(2047), "2047.0 B");
        assert_eq!(bytes_to_string(2048), "2.0 KiB");
        assert_eq!(bytes_to_string(2150), "2.1 KiB");
        assert_eq!(bytes_to_string(3 << 20), "3.0 MiB");
        assert_eq!(bytes_to_string(2099), "2.0 KiB");
        assert_eq!(bytes_to_string(5_000_000), "4.8 MiB");
    }
}
