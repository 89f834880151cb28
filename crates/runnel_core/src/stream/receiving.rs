//! The receiver tracker: how received records become a batch's partitions, in one place
//! for every host (the CLI's socket threads and the browser worker's WebSockets drive it
//! with their own clocks).
//!
//! Spark's receivers hand records to a `BlockGenerator`, which cuts a block every
//! `spark.streaming.blockInterval` (200 ms): the records that arrive in one interval form
//! one block, and each block is one partition. `spark.streaming.receiver.maxRate` limits
//! records per second per receiver: the generator makes a receiver wait, so records
//! beyond an interval's share go into the following intervals' blocks. At each batch the
//! `ReceiverTracker` allocates to the batch the blocks whose interval had ended by the
//! batch time. Intervals are aligned to the epoch (as the block timer is to its clock), so
//! the same arrival times always give the same partitions.

use crate::value::Value;
use std::collections::VecDeque;

/// Spark's default `spark.streaming.blockInterval`.
pub const BLOCK_INTERVAL_MS: i64 = 200;

/// A receiver's limits.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ReceiverLimits {
    pub block_ms: i64,
    /// Records per second (`spark.streaming.receiver.maxRate`); 0 or less: unlimited.
    pub max_rate: f64,
    /// Records waiting for a batch beyond which arriving ones are dropped; 0: unlimited.
    pub max_buffered: usize,
}

impl Default for ReceiverLimits {
    fn default() -> Self {
        ReceiverLimits {
            block_ms: BLOCK_INTERVAL_MS,
            max_rate: 0.0,
            max_buffered: 0,
        }
    }
}

/// A receiver's counts, as Spark's streaming tab and the batch events show them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ReceiverStats {
    /// Records that arrived.
    pub received: u64,
    /// Records refused because `max_buffered` were waiting.
    pub dropped: u64,
    /// Records waiting for a later batch.
    pub waiting: u64,
}

/// One receiver's blocks: cut by arrival interval, allocated to batches.
#[derive(Clone, Debug, Default)]
pub struct BlockCutter {
    limits: ReceiverLimits,
    /// `(interval, records)`, intervals increasing; an interval ends at `(i + 1) * block_ms`.
    blocks: VecDeque<(i64, Vec<Value>)>,
    stats: ReceiverStats,
}

impl BlockCutter {
    pub fn new(limits: ReceiverLimits) -> BlockCutter {
        BlockCutter {
            limits: ReceiverLimits {
                block_ms: limits.block_ms.max(1),
                ..limits
            },
            ..BlockCutter::default()
        }
    }

    /// Records that arrived at `time_ms` (the host's clock, ms since the epoch).
    pub fn receive(&mut self, time_ms: i64, records: Vec<Value>) {
        let mut interval = time_ms.div_euclid(self.limits.block_ms);
        let cap = self.per_block_cap();
        for record in records {
            self.stats.received += 1;
            if self.limits.max_buffered > 0
                && self.stats.waiting as usize >= self.limits.max_buffered
            {
                self.stats.dropped += 1;
                continue;
            }
            // A rate-limited receiver waits: its records never go back in time, and an
            // interval takes at most its share.
            if let Some((last, block)) = self.blocks.back() {
                interval = interval.max(*last);
                if *last == interval && block.len() >= cap {
                    interval += 1;
                }
            }
            match self.blocks.back_mut() {
                Some((last, block)) if *last == interval => block.push(record),
                _ => self.blocks.push_back((interval, vec![record])),
            }
            self.stats.waiting += 1;
        }
    }

    /// The blocks of the batch at `batch_ms`: those whose interval ended by then, each a
    /// partition.
    pub fn take_for_batch(&mut self, batch_ms: i64) -> Vec<Vec<Value>> {
        let mut out = Vec::new();
        while let Some((interval, _)) = self.blocks.front() {
            if (interval + 1).saturating_mul(self.limits.block_ms) > batch_ms {
                break;
            }
            if let Some((_, block)) = self.blocks.pop_front() {
                self.stats.waiting -= block.len() as u64;
                out.push(block);
            }
        }
        out
    }

    /// Ends every block now (the input ended): they all go to the next batch, as Spark's
    /// generator pushes its last block when the receiver stops.
    pub fn flush(&mut self) {
        for (k, (interval, _)) in self.blocks.iter_mut().enumerate() {
            *interval = i64::MIN / 2 + k as i64;
        }
    }

    pub fn stats(&self) -> ReceiverStats {
        self.stats
    }

    /// The waiting blocks, for snapshots.
    pub fn blocks(&self) -> impl Iterator<Item = &(i64, Vec<Value>)> {
        self.blocks.iter()
    }

    /// Puts back a snapshot's waiting blocks.
    pub fn restore(&mut self, blocks: Vec<(i64, Vec<Value>)>) {
        self.stats.waiting = blocks.iter().map(|(_, b)| b.len() as u64).sum();
        self.blocks = blocks.into();
    }

    /// Records one interval may hold under `max_rate`.
    fn per_block_cap(&self) -> usize {
        if self.limits.max_rate > 0.0 {
            ((self.limits.max_rate * self.limits.block_ms as f64 / 1000.0).floor() as usize).max(1)
        } else {
            usize::MAX
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strs(xs: &[&str]) -> Vec<Value> {
        xs.iter().map(|x| Value::str(x)).collect()
    }

    fn reprs(blocks: Vec<Vec<Value>>) -> Vec<Vec<String>> {
        blocks
            .iter()
            .map(|b| b.iter().map(Value::to_str).collect())
            .collect()
    }

    #[test]
    fn one_block_per_interval_and_only_ended_ones() {
        let mut c = BlockCutter::new(ReceiverLimits::default());
        c.receive(0, strs(&["a"]));
        c.receive(199, strs(&["b"]));
        c.receive(200, strs(&["c"]));
        c.receive(950, strs(&["d"]));
        assert_eq!(reprs(c.take_for_batch(900)), [vec!["a", "b"], vec!["c"]]);
        assert_eq!(c.stats().waiting, 1, "d's interval ends at 1000");
        assert_eq!(reprs(c.take_for_batch(1000)), [vec!["d"]]);
        assert!(c.take_for_batch(2000).is_empty());
    }

    #[test]
    fn max_rate_spills_into_later_intervals_and_max_buffered_drops() {
        let limits = ReceiverLimits {
            max_rate: 10.0, // 2 records per 200 ms block
            max_buffered: 5,
            ..ReceiverLimits::default()
        };
        let mut c = BlockCutter::new(limits);
        c.receive(0, strs(&["a", "b", "c", "d", "e", "f", "g"]));
        let s = c.stats();
        assert_eq!((s.received, s.dropped, s.waiting), (7, 2, 5));
        assert_eq!(reprs(c.take_for_batch(200)), [vec!["a", "b"]]);
        assert_eq!(reprs(c.take_for_batch(600)), [vec!["c", "d"], vec!["e"]]);
    }

    #[test]
    fn flush_hands_everything_to_the_next_batch() {
        let mut c = BlockCutter::new(ReceiverLimits::default());
        c.receive(990, strs(&["a"]));
        c.receive(1010, strs(&["b"]));
        c.flush();
        assert_eq!(reprs(c.take_for_batch(1000)), [vec!["a"], vec!["b"]]);
    }
}
