//! RDD batches: what a DStream produces at each batch time.
//!
//! Runnel materializes every RDD eagerly (a batch is small and lives in memory), but it
//! keeps what Spark's lazy RDDs make observable: the exact partitions, the order of records
//! inside them, and the partitioner, which decides whether a later shuffle is skipped and
//! whether a union keeps its partition count (Spark's `PartitionerAwareUnionRDD`).
//!
//! Each operation mirrors its PySpark implementation (`pyspark/rdd.py`): its doc comment
//! says which Spark behaviour it reproduces.

mod actions;
pub use actions::to_driver;
mod coalesce;
mod join;
mod narrow;
mod result_iterable;
mod shuffle;
mod sort;
mod text_file;
mod union;

pub use join::JoinKind;
pub use narrow::RecordStep;
pub use result_iterable::ResultIterable;
pub use shuffle::{gather, reduce_map_side, reduce_merge, KeyCombiner, Placement};
pub use sort::{sort_pairs, sort_values};

use crate::value::{Shared, Unpickle, Value};

/// One batch of records, split in partitions.
#[derive(Clone, Default, Debug)]
pub struct Rdd {
    pub partitions: Vec<Vec<Value>>,
    /// How the records were placed, when a shuffle placed them.
    pub partitioner: Option<Partitioner>,
}

/// A shared, immutable RDD (DStreams and windows hold the same batch).
pub type RddRef = Shared<Rdd>;

/// A shuffle's placement of keys: `func(key) % num_partitions`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Partitioner {
    pub num_partitions: usize,
    pub func: PartitionFunc,
}

/// Which function placed the keys. Spark compares partitioners by the identity of their
/// Python function (`id(partitionFunc)`), so every range partitioner or user function is
/// its own, while `portable_hash` is shared by all default shuffles.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PartitionFunc {
    PortableHash,
    Other(u64),
}

impl Rdd {
    /// An RDD with the given partitions and no partitioner.
    pub fn new(partitions: Vec<Vec<Value>>) -> Rdd {
        Rdd {
            partitions,
            partitioner: None,
        }
    }

    /// `sc.emptyRDD()`: zero partitions.
    pub fn empty() -> Rdd {
        Rdd::default()
    }

    /// `sc.parallelize(list, n)` as PySpark does it: the list is pickled in batches of
    /// `max(1, min(len / n, 1024))` records and the JVM slices the *batches* into `n`
    /// partitions (`ParallelCollectionRDD`: slice `i` takes `[i*m/n, (i+1)*m/n)` of `m`
    /// batches). So 8 records into 3 partitions give 2, 2 and 4 records.
    pub fn parallelize(data: Vec<Value>, num_slices: usize) -> Rdd {
        // The driver pickles the data for the tasks: they read its sets rebuilt.
        Rdd::parallelize_pickled(data.unpickle(), num_slices)
    }

    /// The partitions of [`Rdd::parallelize`] as the JVM holds them (the driver's
    /// records as pickled, before a task reads them), which `collect` reads.
    pub fn parallelize_pickled(data: Vec<Value>, num_slices: usize) -> Rdd {
        let n = num_slices.max(1);
        let batch = (data.len() / n).clamp(1, 1024);
        let batches: Vec<Vec<Value>> = data.chunks(batch).map(<[Value]>::to_vec).collect();
        Rdd::new(
            slice_positions(batches.len(), n)
                .map(|(a, b)| batches[a..b].concat())
                .collect(),
        )
    }

    /// `sc.parallelize(range(...), n)`: ranges are sliced record by record.
    pub fn parallelize_range(data: Vec<Value>, num_slices: usize) -> Rdd {
        let n = num_slices.max(1);
        Rdd::new(
            slice_positions(data.len(), n)
                .map(|(a, b)| data[a..b].to_vec())
                .collect(),
        )
    }

    pub fn num_partitions(&self) -> usize {
        self.partitions.len()
    }

    /// Every record, partition after partition.
    pub fn iter(&self) -> impl Iterator<Item = &Value> {
        self.partitions.iter().flatten()
    }

    pub fn len(&self) -> usize {
        self.partitions.iter().map(Vec::len).sum()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The partitioner, if `preserves` says the operation kept keys in place.
    fn kept_partitioner(&self, preserves: bool) -> Option<Partitioner> {
        if preserves {
            self.partitioner
        } else {
            None
        }
    }
}

/// Spark's `ParallelCollectionRDD.positions`: slice `i` of `len` items into `n`.
fn slice_positions(len: usize, n: usize) -> impl Iterator<Item = (usize, usize)> {
    (0..n).map(move |i| (i * len / n, (i + 1) * len / n))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ints(n: i64) -> Vec<Value> {
        (0..n).map(Value::Int).collect()
    }

    #[test]
    fn parallelize_slices_pickled_batches() {
        let sizes = |r: Rdd| r.partitions.iter().map(Vec::len).collect::<Vec<_>>();
        assert_eq!(sizes(Rdd::parallelize(ints(8), 3)), vec![2, 2, 4]);
        assert_eq!(sizes(Rdd::parallelize_range(ints(8), 3)), vec![2, 3, 3]);
        assert_eq!(sizes(Rdd::parallelize(ints(5), 2)), vec![2, 3]);
        assert_eq!(sizes(Rdd::parallelize(Vec::new(), 2)), vec![0, 0]);
    }
}
