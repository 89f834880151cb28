//! Actions: what driver code reads from an RDD.

use super::Rdd;
use crate::value::Value;

impl Rdd {
    /// `collect()`: every record, partition after partition.
    pub fn collect(&self) -> Vec<Value> {
        self.iter().cloned().collect()
    }

    /// `take(n)`: the first `n` records in partition order.
    pub fn take(&self, n: usize) -> Vec<Value> {
        self.iter().take(n).cloned().collect()
    }

    /// `count()`.
    pub fn count(&self) -> usize {
        self.len()
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
