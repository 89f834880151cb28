//! A stream-stream join's state, as `SymmetricHashJoinStateManager` keeps it: each side's
//! rows by partition and key, in index order with a matched flag, and the keys in their
//! state store's order; and how rows age out of it.

use crate::datum::{Key, Row};
use crate::join_analysis::{evictable, Side};
use crate::join_watermark::StatePred;
use crate::store::StoreOrder;
use crate::types::DataType;
use indexmap::IndexMap;

/// One side's buffered rows: per partition, per key, the rows in `SymmetricHashJoinStateManager`
/// index order, each with whether it has matched; and the keys in the order of its
/// `keyToNumValues` store, which is the order rows age out in.
#[derive(Default)]
pub struct SideState {
    pub(crate) parts: Vec<IndexMap<Key, Vec<(Row, bool)>>>,
    order: Option<StoreOrder>,
}

impl SideState {
    /// Moves the stores to this batch's version (creating them on the first batch).
    pub(crate) fn next_version(&mut self, key_types: &[DataType], n: usize) {
        self.parts.resize_with(n, IndexMap::new);
        match &mut self.order {
            Some(o) => o.next_version(),
            None => self.order = Some(StoreOrder::new(key_types.to_vec(), n)),
        }
    }

    pub(crate) fn append(&mut self, p: usize, key: Key, row: Row, matched: bool) {
        match self.parts[p].get_mut(&key) {
            Some(vals) => vals.push((row, matched)),
            None => {
                if let Some(o) = &mut self.order {
                    o.put(key.clone());
                }
                self.parts[p].insert(key, vec![(row, matched)]);
            }
        }
    }
}

impl SideState {
    pub fn len(&self) -> usize {
        self.parts
            .iter()
            .flat_map(|p| p.values())
            .map(Vec::len)
            .sum()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn rows(&self) -> impl Iterator<Item = &Row> {
        self.parts
            .iter()
            .flat_map(|p| p.values())
            .flat_map(|v| v.iter().map(|(r, _)| r))
    }
}

/// Both sides' state.
#[derive(Default)]
pub struct JoinState {
    pub left: SideState,
    pub right: SideState,
}

/// `removeByKeyCondition` / `removeByValueCondition`: the rows of partition `p` that age
/// out, keys in the store's order; within a key the last row fills each removed row's
/// slot.
pub(crate) fn remove_old(
    state: &mut SideState,
    p: usize,
    side: &Side,
    wm_ms: Option<i64>,
) -> Vec<(Row, bool)> {
    let (Some(order), Some(_), Some(_)) = (&mut state.order, &side.pred, wm_ms) else {
        return Vec::new();
    };
    let part = &mut state.parts[p];
    let keys: Vec<Key> = order.part(p).cloned().collect();
    let mut removed = Vec::new();
    for key in keys {
        let Some(vals) = part.get_mut(&key) else {
            continue;
        };
        if let Some(StatePred::Key(_)) = side.pred {
            // A key's rows all go at once, in index order.
            if evictable(&side.pred, &key, &Vec::new(), wm_ms) {
                removed.extend(part.swap_remove(&key).unwrap_or_default());
                order.remove(&key);
            }
            continue;
        }
        let mut i = 0;
        while i < vals.len() {
            if evictable(&side.pred, &key, &vals[i].0, wm_ms) {
                removed.push(vals.swap_remove(i));
            } else {
                i += 1;
            }
        }
        if vals.is_empty() {
            part.swap_remove(&key);
            order.remove(&key);
        }
    }
    removed
}
