//! Snapshots of a running graph: what a restored graph needs to go on as if it had never
//! stopped. The base of checkpoints (files natively, OPFS in the worker), of the page's
//! rewind and of the state view.
//!
//! A snapshot holds, per node: the explicit state of stateful operators (updateStateByKey's
//! keyed state, a windowed reduction's last window), the batches a window will still read
//! (its parent's remembered batches), the sources' remembered batches, a queue's cursor,
//! and the blocks a receiver holds for later batches. Driver-side values (accumulators,
//! broadcast variables, Python globals) are not graph state, as Spark does not recover
//! them from a checkpoint either. It is restored into a fresh graph built by the same program and started
//! at the same zero time; the nodes' operators are checked to match.

use super::graph::{Graph, Kind};
use super::StreamId;
use crate::rdd::{PartitionFunc, Partitioner, Rdd, RddRef};
use crate::time::Time;
use crate::value::{Datum, Shared};
use crate::{Error, Result};
use serde::{Deserialize, Serialize};

/// A graph's state after a batch, as data.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GraphSnapshot {
    /// The graph's zero time (a restored graph must have the same).
    pub zero_ms: i64,
    /// The time of the last batch that ran.
    pub time_ms: i64,
    /// One entry per node, in the graph's order.
    pub nodes: Vec<NodeSnapshot>,
}

/// One node's part of a [`GraphSnapshot`].
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct NodeSnapshot {
    /// The core operator (`queueStream`, `updateStateByKey`, ...), checked on restore.
    pub op: String,
    /// A queue's cursor: how many of its RDDs have been taken.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub taken: Option<usize>,
    /// A stateful node's explicit state.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<TimedRdd>,
    /// Remembered batches a window still reads.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub batches: Vec<TimedRdd>,
    /// A receiver's whole blocks not yet given to a batch.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub pending: Vec<Vec<Datum>>,
    /// A receiver's cut blocks waiting for their batch, by block interval.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub blocks: Vec<(i64, Vec<Datum>)>,
}

/// An RDD at a batch time.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TimedRdd {
    pub time_ms: i64,
    pub partitions: Vec<Vec<Datum>>,
    /// `(number of partitions, function)`: `None` for portable_hash, else the identity of
    /// the user's function (only meaningful within one process).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub partitioner: Option<(usize, Option<u64>)>,
}

impl TimedRdd {
    fn of(time_ms: i64, rdd: &RddRef) -> Result<TimedRdd> {
        let partitions = rdd
            .partitions
            .iter()
            .map(|p| p.iter().map(Datum::from_value).collect())
            .collect::<Result<_>>()?;
        let partitioner = rdd.partitioner.map(|p| {
            let func = match p.func {
                PartitionFunc::PortableHash => None,
                PartitionFunc::Other(id) => Some(id),
            };
            (p.num_partitions, func)
        });
        Ok(TimedRdd {
            time_ms,
            partitions,
            partitioner,
        })
    }

    fn rdd(&self) -> Result<(i64, RddRef)> {
        let partitions = self
            .partitions
            .iter()
            .map(|p| p.iter().map(Datum::to_value).collect())
            .collect::<Result<_>>()?;
        let partitioner = self.partitioner.map(|(num_partitions, f)| Partitioner {
            num_partitions,
            func: f.map_or(PartitionFunc::PortableHash, PartitionFunc::Other),
        });
        Ok((
            self.time_ms,
            Shared::new(Rdd {
                partitions,
                partitioner,
            }),
        ))
    }
}

fn data(block: &[crate::Value]) -> Result<Vec<Datum>> {
    block.iter().map(Datum::from_value).collect()
}

impl Graph {
    /// A stateful node's state after the batch at `t`: its explicit state (keyed state, last
    /// window), or for operators computed afresh each slide, its latest batch.
    pub fn current_state(&self, id: StreamId, t: Time) -> Option<RddRef> {
        match self.kept_state(id) {
            Some((time, rdd)) if time <= t.0 => Some(rdd),
            _ => self.latest_generated(id, t),
        }
    }

    /// The graph's state after the batch at `t` (the last one run).
    pub fn snapshot(&self, t: Time) -> Result<GraphSnapshot> {
        let nodes = (0..self.nodes.len())
            .map(|i| self.snapshot_node(StreamId(i)))
            .collect::<Result<_>>()?;
        Ok(GraphSnapshot {
            zero_ms: self.zero_time().0,
            time_ms: t.0,
            nodes,
        })
    }

    fn snapshot_node(&self, id: StreamId) -> Result<NodeSnapshot> {
        let node = &self.nodes[id.0];
        let mut snap = NodeSnapshot {
            op: node.name.clone(),
            taken: None,
            state: None,
            batches: Vec::new(),
            pending: Vec::new(),
            blocks: Vec::new(),
        };
        match &node.kind {
            Kind::Queue { taken, .. } => snap.taken = Some(*taken),
            Kind::Receiver {
                pending, cutter, ..
            } => {
                snap.pending = pending.iter().map(|b| data(b)).collect::<Result<_>>()?;
                snap.blocks = cutter
                    .blocks()
                    .map(|(i, b)| Ok((*i, data(b)?)))
                    .collect::<Result<_>>()?;
            }
            _ => {}
        }
        if let Some((time, rdd)) = self.kept_state(id) {
            snap.state = Some(TimedRdd::of(time, &rdd)?);
        }
        // A window reads its parent's past batches; a past batch of a source cannot be
        // computed again (the queue has moved on), and `slice` or a late consumer may ask
        // for it, so sources keep theirs too. Other streams recompute from them.
        let source = matches!(node.kind, Kind::Queue { .. } | Kind::Receiver { .. });
        if source || self.read_by_window(id) {
            for (time, rdd) in node.generated_batches() {
                snap.batches.push(TimedRdd::of(time, &rdd)?);
            }
        }
        Ok(snap)
    }

    /// Puts a snapshot's state into this graph, built by the same program and started at
    /// the same zero time; the next batch to run is the one after `snapshot.time_ms`.
    pub fn restore(&mut self, snapshot: &GraphSnapshot) -> Result<()> {
        self.check_matches(snapshot)?;
        for (i, snap) in snapshot.nodes.iter().enumerate() {
            let restored: Vec<(i64, RddRef)> = snap
                .batches
                .iter()
                .map(TimedRdd::rdd)
                .collect::<Result<_>>()?;
            let state = snap.state.as_ref().map(TimedRdd::rdd).transpose()?;
            let whole: Vec<Vec<crate::Value>> = snap
                .pending
                .iter()
                .map(|b| b.iter().map(Datum::to_value).collect())
                .collect::<Result<_>>()?;
            let cut: Vec<(i64, Vec<crate::Value>)> = snap
                .blocks
                .iter()
                .map(|(i, b)| Ok((*i, b.iter().map(Datum::to_value).collect::<Result<_>>()?)))
                .collect::<Result<_>>()?;
            let node = &mut self.nodes[i];
            node.restore_batches(restored);
            match &mut node.kind {
                Kind::Queue { queue, taken, .. } => {
                    let n = snap.taken.unwrap_or(0).min(queue.len());
                    queue.drain(..n);
                    *taken = n;
                }
                Kind::Receiver {
                    pending, cutter, ..
                } => {
                    *pending = whole;
                    cutter.restore(cut);
                }
                // Back to before any failure the snapshot did not see.
                Kind::State {
                    state: kept,
                    failed,
                    ..
                } => {
                    *kept = state;
                    *failed = None;
                }
                Kind::ReducedWindow { previous, .. } => *previous = state,
                _ => {}
            }
        }
        Ok(())
    }

    fn check_matches(&self, snapshot: &GraphSnapshot) -> Result<()> {
        let ops: Vec<&str> = self.nodes.iter().map(|n| n.name.as_str()).collect();
        let theirs: Vec<&str> = snapshot.nodes.iter().map(|n| n.op.as_str()).collect();
        if ops != theirs {
            return Err(Error::value_error(format!(
                "the snapshot is of another program: its DStreams are {theirs:?}, this program's are {ops:?}"
            )));
        }
        if snapshot.zero_ms != self.zero_time().0 {
            return Err(Error::value_error(format!(
                "the snapshot's zero time is {} ms, this graph's is {} ms",
                snapshot.zero_ms,
                self.zero_time().0
            )));
        }
        Ok(())
    }
}
