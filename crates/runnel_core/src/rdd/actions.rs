//! Actions: what driver code reads from an RDD.

use super::Rdd;
use crate::value::{Unpickle, Value};

/// A record as the driver gets it: through pickle, which rebuilds sets; `through_task`:
/// a task of its own read it first, through pickle as well (`take`'s or `glom`'s over
/// records a Python stage left in the JVM).
pub fn to_driver(v: &Value, through_task: bool) -> Value {
    match through_task {
        true => v.clone().unpickle().unpickle(),
        false => v.clone().unpickle(),
    }
}

impl Rdd {
    /// `collect()`: every record, partition after partition.
    pub fn collect(&self) -> Vec<Value> {
        self.iter().map(|x| to_driver(x, false)).collect()
    }

    /// `take(n)`: the first `n` records in partition order.
    pub fn take(&self, n: usize) -> Vec<Value> {
        self.iter().take(n).map(|x| to_driver(x, false)).collect()
    }

    /// `take(n)` by a task of its own over records a Python stage left in the JVM (a
    /// DStream's batch, as `pprint`'s `take` reads it): the task unpickles them, then the
    /// driver unpickles what the task sent, so sets are rebuilt twice.
    pub fn take_through_task(&self, n: usize) -> Vec<Value> {
        self.iter().take(n).map(|x| to_driver(x, true)).collect()
    }

    /// `count()`.
    pub fn count(&self) -> usize {
        self.len()
    }

    /// The records as a Python task reads them from a JVM RDD that a Python stage wrote
    /// (a DStream's batch handed to `foreachRDD`, a window of such batches): unpickled,
    /// their sets rebuilt. `None` when no record holds a set (read them as they are).
    pub fn read_by_python(&self) -> Option<Rdd> {
        if !self.iter().any(crate::value::changed_by_pickle) {
            return None;
        }
        let partitions = self
            .partitions
            .iter()
            .map(|p| p.clone().unpickle())
            .collect();
        Some(Rdd {
            partitions,
            partitioner: self.partitioner,
        })
    }
}

impl Rdd {
    /// The files `saveAsTextFile(dir)` writes, as (path, contents): `part-00000`,
    /// `part-00001`, ... (one per partition, `str(record)` per line) and an empty
    /// `_SUCCESS`, Hadoop's layout.
    pub fn text_files(&self, dir: &str) -> Vec<(String, String)> {
        let mut files: Vec<(String, String)> = self
            .partitions
            .iter()
            .enumerate()
            .map(|(i, p)| {
                (
                    format!("{dir}/part-{i:05}"),
                    p.iter().map(|x| x.to_str() + "\n").collect(),
                )
            })
            .collect();
        files.push((format!("{dir}/_SUCCESS"), String::new()));
        files
    }
}
