//! Session windows: each row opens `[t, t + gap)`; sessions of the same key that overlap
//! merge into one, as Spark's `MergingSessionsExec` does.

use crate::agg::Accs;
use crate::datum::{cmp_nulls_first, Datum, Key};
use crate::expr::Expr;
use crate::store::{Slot, StoreOrder, NO_GROUP};
use crate::types::DataType;
use indexmap::IndexMap;
use std::collections::HashMap;
use std::rc::Rc;

fn bounds(d: &Datum) -> (i64, i64) {
    match d {
        Datum::Struct(xs) => match (&xs[0], &xs[1]) {
            (Datum::Ts(s), Datum::Ts(e)) => (*s, *e),
            _ => (0, 0),
        },
        _ => (0, 0),
    }
}

/// Merges overlapping sessions (column `s` of the keys) of equal other keys; keys that
/// merged into a touched one count as touched.
pub fn merge(
    groups: &mut IndexMap<Key, Accs>,
    touched: &mut IndexMap<Key, ()>,
    s: usize,
    aggs: &[Expr],
) {
    let _ = aggs;
    let others = |k: &Key| {
        let mut o = k.0.clone();
        o.remove(s);
        Key(o)
    };
    // Sessions of each key, by start.
    let mut by_key: IndexMap<Key, Vec<(i64, i64, Key)>> = IndexMap::new();
    for k in groups.keys() {
        let (st, en) = bounds(&k.0[s]);
        by_key
            .entry(others(k))
            .or_default()
            .push((st, en, k.clone()));
    }
    let mut merged: IndexMap<Key, Accs> = IndexMap::new();
    let mut new_touched: IndexMap<Key, ()> = IndexMap::new();
    let mut placed: IndexMap<Key, Key> = IndexMap::new();
    for (_, mut sessions) in by_key {
        sessions.sort_by_key(|(st, _, _)| *st);
        let mut cur: Option<(i64, i64, Vec<Key>)> = None;
        let mut runs = Vec::new();
        for (st, en, k) in sessions {
            match &mut cur {
                Some((_, ce, ks)) if st <= *ce => {
                    *ce = (*ce).max(en);
                    ks.push(k);
                }
                _ => {
                    if let Some(c) = cur.take() {
                        runs.push(c);
                    }
                    cur = Some((st, en, vec![k]));
                }
            }
        }
        runs.extend(cur);
        for (st, en, ks) in runs {
            let mut key = ks[0].clone();
            key.0[s] = Datum::Struct(Rc::new(vec![Datum::Ts(st), Datum::Ts(en)]));
            for k in &ks {
                placed.insert(k.clone(), key.clone());
            }
        }
    }
    // Keep the first-seen order of groups.
    for (k, accs) in std::mem::take(groups) {
        let target = placed.get(&k).cloned().unwrap_or(k);
        match merged.get_mut(&target) {
            Some(a) => a.merge(accs),
            None => {
                merged.insert(target, accs);
            }
        }
    }
    for k in touched.keys() {
        if let Some(t) = placed.get(k) {
            new_touched.insert(t.clone(), ());
        }
    }
    *groups = merged;
    *touched = new_touched;
}

/// The state store of session windows (`StreamingSessionWindowStateManagerImplV1`): a
/// key is the group's other keys and the session's start (a long), partitioned by the
/// other keys.
pub fn new_store(types: &[DataType], s: usize, partitions: usize) -> StoreOrder<Slot> {
    let mut key_types = types.to_vec();
    key_types.remove(s);
    let prefix = key_types.len();
    key_types.push(DataType::Long);
    StoreOrder::with_prefix(key_types, partitions, prefix)
}

/// A group's key in the session store.
pub fn store_key(k: &Key, s: usize) -> Key {
    let mut o = k.0.clone();
    let start = bounds(&o.remove(s)).0;
    o.push(Datum::Long(start));
    Key(o)
}

/// After a batch's merge, as `updateSessions` does for each key the batch touched (keys
/// in sorted order, as `MergingSessionsExec` gets them): its sessions are put by start,
/// then the sessions that merged away are removed.
pub fn update_store(
    store: &mut StoreOrder<Slot>,
    groups: &IndexMap<Key, Accs>,
    touched: &IndexMap<Key, ()>,
    s: usize,
) {
    let others = |k: &Key| {
        let mut o = k.0.clone();
        o.remove(s);
        Key(o)
    };
    let touched: IndexMap<Key, ()> = touched.keys().map(|k| (others(k), ())).collect();
    // Each touched key's sessions, as store keys.
    let mut sessions: Vec<Key> = groups
        .keys()
        .filter(|k| touched.contains_key(&others(k)))
        .map(|k| store_key(k, s))
        .collect();
    sessions.sort_by(|a, b| {
        a.0.iter()
            .zip(&b.0)
            .map(|(x, y)| cmp_nulls_first(x, y))
            .find(|o| o.is_ne())
            .unwrap_or(std::cmp::Ordering::Equal)
    });
    for key in sessions {
        store.put(Slot {
            key,
            group: NO_GROUP,
        });
    }
    let live: IndexMap<Key, ()> = groups.keys().map(|k| (store_key(k, s), ())).collect();
    let gone: Vec<Key> = store
        .iter()
        .filter(|e| !live.contains_key(&e.key))
        .map(|e| e.key.clone())
        .collect();
    for k in &gone {
        store.remove(k);
    }
}

/// The groups' keys in the session store's order.
pub fn in_store_order<'a>(
    store: &StoreOrder<Slot>,
    groups: impl Iterator<Item = &'a Key>,
    s: usize,
) -> Vec<Key> {
    let by_store: HashMap<Key, &Key> = groups.map(|k| (store_key(k, s), k)).collect();
    store
        .iter()
        .filter_map(|e| by_store.get(&e.key).map(|g| (*g).clone()))
        .collect()
}
