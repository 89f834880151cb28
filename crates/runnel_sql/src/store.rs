//! A stateful operator's keys in the order Spark's state store iterates them: one map
//! per shuffle partition (the key's Murmur3 partition), each a [`ChmOrder`] hashed by
//! the key's `UnsafeRow.hashCode`, moved to a new version every micro-batch. An entry
//! is a key, or (an aggregation's) a key with its group's index ([`Slot`]), so walking
//! the store needs no lookups.

use crate::chm::ChmOrder;
use crate::datum::Key;
use crate::murmur3;
use crate::types::DataType;

/// What a store holds for a key (the key itself, or a [`Slot`]); entries are equal when
/// their keys are.
pub trait Entry: Clone + PartialEq + PartialEq<Key> {
    fn key(&self) -> &Key;
}

impl Entry for Key {
    fn key(&self) -> &Key {
        self
    }
}

/// An aggregation's key in the store with the index of its group in `Groups`
/// ([`NO_GROUP`] in a session-window store, whose keys are not the groups' keys).
#[derive(Clone, Debug)]
pub struct Slot {
    pub key: Key,
    pub group: u32,
}

/// The group index of a session-window store's slots.
pub const NO_GROUP: u32 = u32::MAX;

impl PartialEq for Slot {
    fn eq(&self, other: &Slot) -> bool {
        self.key == other.key
    }
}

impl PartialEq<Key> for Slot {
    fn eq(&self, other: &Key) -> bool {
        self.key == *other
    }
}

impl Entry for Slot {
    fn key(&self) -> &Key {
        &self.key
    }
}

#[derive(Clone, Debug)]
pub struct StoreOrder<E = Key> {
    parts: Vec<ChmOrder<E>>,
    types: Vec<DataType>,
    /// How many leading key columns choose the partition.
    prefix: usize,
}

impl<E: Entry> StoreOrder<E> {
    /// The empty stores (version 0) of `partitions` partitions for keys of `types`.
    pub fn new(types: Vec<DataType>, partitions: usize) -> StoreOrder<E> {
        let prefix = types.len();
        StoreOrder::with_prefix(types, partitions, prefix)
    }

    /// Stores whose keys are partitioned by their first `prefix` columns only.
    pub fn with_prefix(types: Vec<DataType>, partitions: usize, prefix: usize) -> StoreOrder<E> {
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

    /// An entry put into its key's partition's store (a key already there keeps its place
    /// and entry).
    pub fn put(&mut self, e: E) {
        let (p, h) = self.place(e.key());
        self.parts[p].put(h, e);
    }

    pub fn remove(&mut self, k: &Key) {
        let (p, h) = self.place(k);
        self.parts[p].remove(h, k);
    }

    /// The number of partitions.
    pub fn partitions(&self) -> usize {
        self.parts.len()
    }

    /// One partition's entries in iteration order.
    pub fn part(&self, p: usize) -> impl Iterator<Item = &E> {
        self.parts[p].iter()
    }

    /// Every entry: partition by partition, each in iteration order.
    pub fn iter(&self) -> impl Iterator<Item = &E> {
        self.parts.iter().flat_map(|p| p.iter())
    }

    /// Every entry, to change what it carries besides its key.
    pub fn iter_mut(&mut self) -> impl Iterator<Item = &mut E> {
        self.parts.iter_mut().flat_map(|p| p.iter_mut())
    }
}
