//! An aggregation's state: its groups in first-seen order, each with its running values
//! and where Spark keeps it (the shuffle partition and the state store's bucket hash,
//! both Murmur3 of the key), computed once when the group is new. Ordering the groups as
//! Spark emits them, every batch, then sorts small integers instead of hashing and
//! copying every key again.

use crate::agg::Accs;
use crate::datum::{Datum, Key, KeySlice};
use crate::murmur3;
use crate::types::DataType;
use indexmap::{IndexMap, IndexSet};
use rustc_hash::FxBuildHasher;

/// Where Spark keeps a group.
#[derive(Clone, Copy, Debug)]
struct Place {
    partition: u32,
    store_hash: u32,
}

#[derive(Clone, Debug)]
struct Group {
    accs: Accs,
    place: Place,
}

/// The groups of one aggregation (see the module's comment).
#[derive(Clone, Debug, Default)]
pub struct Groups {
    map: IndexMap<Key, Group, FxBuildHasher>,
}

/// Group indices in first-touch order, each once.
pub type Touched = IndexSet<usize, FxBuildHasher>;

impl Groups {
    pub fn len(&self) -> usize {
        self.map.len()
    }

    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    /// The index of the group of `key`, if there is one.
    pub fn index_of(&self, key: &[Datum]) -> Option<usize> {
        self.map.get_index_of(&KeySlice(key))
    }

    /// Adds a new group (the caller checked that `key` has none) and returns its index.
    /// `types` are the key's column types and `partitions` the shuffle partitions.
    pub fn insert(&mut self, key: Key, accs: Accs, types: &[DataType], partitions: usize) -> usize {
        let place = Place {
            partition: murmur3::partition(&key.0, types, partitions) as u32,
            store_hash: murmur3::store_hash(&key.0, types),
        };
        self.map.insert_full(key, Group { accs, place }).0
    }

    pub fn accs_mut(&mut self, i: usize) -> &mut Accs {
        &mut self.map[i].accs
    }

    /// The key and running values of group `i`.
    pub fn get(&self, i: usize) -> (&Key, &Accs) {
        let (k, g) = self.map.get_index(i).expect("a group index in range");
        (k, &g.accs)
    }

    pub fn iter(&self) -> impl Iterator<Item = (&Key, &Accs)> {
        self.map.iter().map(|(k, g)| (k, &g.accs))
    }

    /// Keeps the groups whose key passes `keep`, in their order.
    pub fn retain(&mut self, mut keep: impl FnMut(&Key) -> bool) {
        self.map.retain(|k, _| keep(k));
    }

    /// `indices` stably sorted by partition: a shuffle's output, each partition in turn.
    pub fn by_partition(&self, mut indices: Vec<usize>) -> Vec<usize> {
        indices.sort_by_key(|&i| self.map[i].place.partition);
        indices
    }

    /// The groups `wanted` picks, in the order Spark's state store iterates them: partition
    /// by partition, each partition's map by bucket, then by insertion (the map holds every
    /// group, wanted or not, which decides its capacity).
    pub fn store_order(&self, partitions: usize, wanted: impl Fn(usize) -> bool) -> Vec<usize> {
        let mut sizes = vec![0usize; partitions.max(1)];
        for g in self.map.values() {
            sizes[g.place.partition as usize] += 1;
        }
        let masks: Vec<u32> = sizes
            .iter()
            .map(|&n| murmur3::store_capacity(n) as u32 - 1)
            .collect();
        // (partition and bucket, index): sorting the pairs keeps insertion order within a
        // bucket, as the index breaks ties.
        let mut picked: Vec<(u64, usize)> = Vec::new();
        for (i, g) in self.map.values().enumerate() {
            if wanted(i) {
                let Place {
                    partition,
                    store_hash,
                } = g.place;
                let bucket = store_hash & masks[partition as usize];
                picked.push(((partition as u64) << 32 | bucket as u64, i));
            }
        }
        picked.sort_unstable();
        picked.into_iter().map(|(_, i)| i).collect()
    }

    /// The groups as a plain map, for merging session windows.
    pub fn into_plain(self) -> IndexMap<Key, Accs> {
        self.map.into_iter().map(|(k, g)| (k, g.accs)).collect()
    }

    /// Groups from a plain map, their places computed again.
    pub fn from_plain(map: IndexMap<Key, Accs>, types: &[DataType], partitions: usize) -> Groups {
        let mut groups = Groups::default();
        for (k, accs) in map {
            groups.insert(k, accs, types, partitions);
        }
        groups
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::expr::Expr;

    /// The state store's order computed from scratch, key by key (what `store_order`
    /// computes from each group's cached place).
    fn reference_order(keys: &[Key], types: &[DataType], n: usize, wanted: &[bool]) -> Vec<usize> {
        let mut parts: Vec<Vec<(Vec<Datum>, usize)>> = vec![Vec::new(); n];
        for (i, k) in keys.iter().enumerate() {
            parts[murmur3::partition(&k.0, types, n)].push((k.0.clone(), i));
        }
        parts
            .into_iter()
            .flat_map(|p| murmur3::state_store_order(p, types))
            .map(|(_, i)| i)
            .filter(|&i| wanted[i])
            .collect()
    }

    #[test]
    fn cached_places_give_the_state_stores_order() {
        let types = [DataType::String, DataType::Long];
        for (count, n) in [(5, 2), (1000, 2), (3000, 5)] {
            let mut groups = Groups::default();
            let keys: Vec<Key> = (0..count)
                .map(|i| {
                    Key(vec![
                        Datum::str(&format!("w{}", i * 7919 % 1013)),
                        Datum::Long(i % 3),
                    ])
                })
                .collect();
            for k in &keys {
                if groups.index_of(&k.0).is_none() {
                    groups.insert(k.clone(), Accs::new(&[Expr::Star]), &types, n);
                }
            }
            let distinct: Vec<Key> = groups.iter().map(|(k, _)| k.clone()).collect();
            let all = vec![true; distinct.len()];
            assert_eq!(
                groups.store_order(n, |_| true),
                reference_order(&distinct, &types, n, &all)
            );
            let some: Vec<bool> = (0..distinct.len()).map(|i| i % 3 == 1).collect();
            assert_eq!(
                groups.store_order(n, |i| some[i]),
                reference_order(&distinct, &types, n, &some)
            );
            let by_part = groups.by_partition((0..distinct.len()).rev().collect());
            let parts: Vec<usize> = by_part
                .iter()
                .map(|&i| murmur3::partition(&distinct[i].0, &types, n))
                .collect();
            assert!(
                parts.windows(2).all(|w| w[0] <= w[1]),
                "sorted by partition"
            );
        }
    }
}
