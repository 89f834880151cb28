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
