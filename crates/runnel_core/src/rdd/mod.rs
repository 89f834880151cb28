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
mod coalesce;
mod join;
mod narrow;
mod result_iterable;
mod shuffle;
mod sort;
mod union;

pub use join::JoinKind;
pub use result_iterable::ResultIterable;
pub use shuffle::Placement;
pub use sort::sort_values;

use crate::value::{Shared, Value};

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
        Rdd { partitions, partitioner: None }
    }

    /// `sc.emptyRDD()`: zero partitions.
    pub fn empty() -> Rdd {
        Rdd::default()
    }

    /// `sc.parallelize(data, n)`: Spark's `ParallelCollectionRDD` slicing, where partition
    /// `i` holds `data[i*len/n .. (i+1)*len/n]`.
    pub fn parallelize(data: Vec<Value>, num_slices: usize) -> Rdd {
        let n = num_slices.max(1);
        let len = data.len();
        let mut items = data.into_iter();
        let partitions = (0..n)
            .map(|i| {
                let start = i * len / n;
                let end = (i + 1) * len / n;
                items.by_ref().take(end - start).collect()
            })
            .collect();
        Rdd::new(partitions)
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
