//! A stateful operator's keys in the order Spark's state store iterates them: one map
//! per shuffle partition (the key's Murmur3 partition), each a [`ChmOrder`] hashed by
//! the key's `UnsafeRow.hashCode`, moved to a new version every micro-batch.

use crate::chm::ChmOrder;
use crate::datum::Key;
use crate::murmur3;
use crate::types::DataType;

#[derive(Clone, Debug)]
pub struct StoreOrder {
    parts: Vec<ChmOrder<Key>>,
    types: Vec<DataType>,
    /// How many leading key columns choose the partition.
    prefix: usize,
}

impl StoreOrder {
    /// The empty stores (version 0) of `partitions` partitions for keys of `types`.
    pub fn new(types: Vec<DataType>, partitions: usize) -> StoreOrder {
        let prefix = types.len();
        StoreOrder::with_prefix(types, partitions, prefix)
    }

    /// Stores whose keys are partitioned by their first `prefix` columns only.
    pub fn with_prefix(types: Vec<DataType>, partitions: usize, prefix: usize) -> StoreOrder {
        StoreOrder {
            parts: vec![ChmOrder::new(); partitions.max(1)],
            types,
            prefix,
        }
    }

    /// Every partition's store moves to its next version (a new map filled from the last).
    pub fn next_version(&mut self) {
        for p in &mut self.parts {
            p.next_version();
        }
    }

    fn place(&self, k: &Key) -> (usize, u32) {
        let n = self.prefix;
        let p = murmur3::partition(&k.0[..n], &self.types[..n], self.parts.len());
        (p, murmur3::row_hash_of(&k.0, &self.types))
    }

    /// A key put into its partition's store (one already there keeps its place).
    pub fn put(&mut self, k: &Key) {
        let (p, h) = self.place(k);
        self.parts[p].put(h, k.clone());
    }

    pub fn remove(&mut self, k: &Key) {
        let (p, h) = self.place(k);
        self.parts[p].remove(h, k);
    }

    /// The number of partitions.
    pub fn partitions(&self) -> usize {
        self.parts.len()
    }

    /// One partition's keys in iteration order.
    pub fn part(&self, p: usize) -> impl Iterator<Item = &Key> {
        self.parts[p].iter()
    }

    /// Every key: partition by partition, each in iteration order.
    pub fn iter(&self) -> impl Iterator<Item = &Key> {
        self.parts.iter().flat_map(|p| p.iter())
    }
}
