//! Session windows: each row opens `[t, t + gap)`; sessions of the same key that overlap
//! merge into one, as Spark's `MergingSessionsExec` does.

use crate::agg::Accs;
use crate::datum::{Datum, Key};
use crate::expr::Expr;
use indexmap::IndexMap;
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
