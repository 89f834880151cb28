//! An aggregation's groups in first-seen order, each with its running values and its
//! shuffle partition (Murmur3 of the key, which orders update mode's and static output),
//! computed once when the group is new. Looked up by a borrowed key in an Fx-hashed map.

use crate::agg::Accs;
use crate::datum::{Datum, Key, KeySlice};
use crate::murmur3;
use crate::types::DataType;
use indexmap::{IndexMap, IndexSet};
use rustc_hash::FxBuildHasher;

#[derive(Clone, Debug)]
struct Group {
    accs: Accs,
    partition: u32,
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
        let partition = murmur3::partition(&key.0, types, partitions) as u32;
        self.map.insert_full(key, Group { accs, partition }).0
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

    /// Keeps the groups whose key passes `keep`, in their order; returns each old index's
    /// new one (`None` for a group dropped).
    pub fn retain(&mut self, mut keep: impl FnMut(&Key) -> bool) -> Vec<Option<u32>> {
        let mut next = 0;
        let renumbered: Vec<Option<u32>> = self
            .map
            .keys()
            .map(|k| {
                keep(k).then(|| {
                    next += 1;
                    next - 1
                })
            })
            .collect();
        let mut kept = renumbered.iter();
        self.map
            .retain(|_, _| kept.next().is_some_and(Option::is_some));
        renumbered
    }

    /// `indices` stably sorted by partition: a shuffle's output, each partition in turn.
    pub fn by_partition(&self, mut indices: Vec<usize>) -> Vec<usize> {
        indices.sort_by_key(|&i| self.map[i].partition);
        indices
    }

    /// The groups as a plain map, for merging session windows.
    pub fn into_plain(self) -> IndexMap<Key, Accs> {
        self.map.into_iter().map(|(k, g)| (k, g.accs)).collect()
    }

    /// Groups from a plain map, their partitions computed again.
    pub fn from_plain(map: IndexMap<Key, Accs>, types: &[DataType], partitions: usize) -> Groups {
        let mut groups = Groups::default();
        for (k, accs) in map {
            groups.insert(k, accs, types, partitions);
        }
        groups
    }
}
