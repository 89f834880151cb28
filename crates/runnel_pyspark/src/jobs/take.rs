//! PySpark's `take`: its jobs scan partition 0, then more; over a static RDD's uncached
//! steps its tasks pull only the records they need.

use super::{node_of, Dep, Node};
use runnel_core::rdd::RddRef;
use runnel_core::Result;
use std::ops::Range;

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
