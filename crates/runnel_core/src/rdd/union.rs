//! `union`: Spark's `SparkContext.union`.

use super::{Rdd, RddRef};

impl Rdd {
    /// Spark's `sc.union(rdds)`: RDDs with no partitions are dropped; when every remaining
    /// RDD has the same partitioner, partition `i` of the result is the concatenation of
    /// their partitions `i` (`PartitionerAwareUnionRDD`, so `reduceByKey(...).window(...)`
    /// keeps 2 partitions); otherwise the partitions are listed one RDD after another.
    pub fn union(rdds: &[RddRef]) -> Rdd {
        let non_empty: Vec<&RddRef> = rdds.iter().filter(|r| r.num_partitions() > 0).collect();
        let first = non_empty.first().and_then(|r| r.partitioner);
        let aware = first.is_some() && non_empty.iter().all(|r| r.partitioner == first);
        if aware {
            let n = non_empty[0].num_partitions();
            let partitions = (0..n)
                .map(|i| {
                    non_empty
                        .iter()
                        .flat_map(|r| r.partitions[i].iter().cloned())
                        .collect()
                })
                .collect();
            Rdd {
                partitions,
                partitioner: first,
            }
        } else {
            Rdd::new(
                non_empty
                    .iter()
                    .flat_map(|r| r.partitions.iter().cloned())
                    .collect(),
            )
        }
    }
}

impl Rdd {
    /// How many partitions [`Rdd::union`] of these RDDs has.
    pub fn union_num_partitions(rdds: &[RddRef]) -> usize {
        let non_empty: Vec<&RddRef> = rdds.iter().filter(|r| r.num_partitions() > 0).collect();
        let first = non_empty.first().and_then(|r| r.partitioner);
        if first.is_some() && non_empty.iter().all(|r| r.partitioner == first) {
            non_empty[0].num_partitions()
        } else {
            non_empty.iter().map(|r| r.num_partitions()).sum()
        }
    }
}
