//! A (streaming or static) aggregation: rows folded into their groups as they come from
//! the stateless steps below it, then the groups Spark's output mode emits, in Spark's
//! order, and the state evicted past the watermark.

use crate::agg::{Accs, OutputMode};
use crate::datum::{Datum, Key, Row};
use crate::exec::{for_each_row, key_time, note_late, BatchCtx, OpState};
use crate::expr::{windows_of, EvalCtx, Expr};
use crate::groups::{Groups, Touched};
use crate::plan::Plan;
use crate::session;
use crate::store::{Slot, StoreOrder, NO_GROUP};
use crate::types::DataType;
use indexmap::IndexMap;
use runnel_core::Result;

pub fn aggregate(
    plan: &Plan,
    input: &Plan,
    keys: &[Expr],
    aggs: &[Expr],
    ctx: &mut BatchCtx,
) -> Result<Vec<Row>> {
    let et = plan.event_time;
    let session = keys
        .iter()
        .position(|k| matches!(k.unaliased(), Expr::Session { .. }));
    let types: Vec<DataType> = keys.iter().map(Expr::data_type).collect();
    let n = ctx.shuffle_partitions;
    // The keys also go in the state store's maps, which give complete mode's and
    // evictions' order; session windows' store keys hold the session's start.
    let (mut groups, mut store) = match ctx.state.remove(&plan.id) {
        Some(OpState::Agg(g, mut store)) if ctx.streaming => {
            store.next_version();
            (g, store)
        }
        _ => match session {
            Some(s) => (Groups::default(), session::new_store(&types, s, n)),
            None => (Groups::default(), StoreOrder::new(types.clone(), n)),
        },
    };
    let known = groups.len();
    let late_wm = match (et, ctx.late_wm) {
        (Some(i), Some(wm)) if ctx.streaming && ctx.mode != OutputMode::Complete => Some((i, wm)),
        _ => None,
    };
    let late =
        |k: &[Datum]| late_wm.is_some_and(|(i, wm)| key_time(&k[i]).is_some_and(|t| t <= wm));
    let track = ctx.streaming && ctx.mode == OutputMode::Update || session.is_some();
    let mut touched = Touched::default();
    let eval = ctx.eval;
    let width = keys.len();
    let mut buf: Vec<Datum> = Vec::with_capacity(width);
    // Late rows' event-time keys, for the playground (noted once the rows are through).
    let mut late_keys = Vec::new();
    let observing = ctx.observed.is_some();
    for_each_row(input, ctx, &mut |r| {
        let count = group_keys(keys, &r, &eval, &mut buf)?;
        for j in 0..count {
            let key = &buf[j * width..(j + 1) * width];
            if late(key) {
                if let (Some(i), true) = (et, observing) {
                    late_keys.push(key[i].clone());
                }
                continue;
            }
            let i = match groups.index_of(key) {
                Some(i) => i,
                None => groups.insert(Key(key.to_vec()), Accs::new(aggs), &types, n),
            };
            groups.accs_mut(i).add(aggs, &r, &eval)?;
            if track {
                touched.insert(i);
            }
        }
        Ok(())
    })?;
    for k in &late_keys {
        note_late(ctx, k);
    }
    if let Some(s) = session {
        let store = ctx.streaming.then_some(&mut store);
        (groups, touched) = merge_sessions(groups, touched, s, aggs, &types, n, store);
    } else if ctx.streaming {
        // New keys are put in the order the batch first saw them.
        for i in known..groups.len() {
            store.put(Slot {
                key: groups.get(i).0.clone(),
                group: i as u32,
            });
        }
    }
    // A global aggregate (no keys) of a static DataFrame has one row even without input.
    if keys.is_empty() && groups.is_empty() && !ctx.streaming {
        groups.insert(Key(Vec::new()), Accs::new(aggs), &types, n);
    }
    let evictable = |k: &Key| match (et, ctx.evict_wm) {
        (Some(i), Some(wm)) => key_time(&k.0[i]).is_some_and(|t| t <= wm),
        _ => false,
    };
    let order: Vec<usize> = if !ctx.streaming {
        groups.by_partition((0..groups.len()).collect())
    } else if ctx.mode == OutputMode::Update {
        groups.by_partition(touched.into_iter().collect())
    } else {
        // Complete mode emits every group, append mode those the watermark evicts.
        // Complete mode walks every key each batch: the store's slots name their groups.
        let complete = ctx.mode == OutputMode::Complete;
        let wanted = |k: &&Key| complete || evictable(k);
        match session {
            None => store
                .iter()
                .filter(|e| e.group != NO_GROUP && wanted(&&e.key))
                .map(|e| e.group as usize)
                .collect(),
            Some(s) => session::in_store_order(&store, groups.iter().map(|(k, _)| k), s)
                .iter()
                .filter(wanted)
                .filter_map(|k| groups.index_of(&k.0))
                .collect(),
        }
    };
    let out = order
        .into_iter()
        .map(|i| {
            let (k, a) = groups.get(i);
            let mut row = Vec::with_capacity(k.0.len() + aggs.len());
            row.extend_from_slice(&k.0);
            a.push_results(aggs, &mut row);
            row
        })
        .collect();
    if ctx.streaming {
        if ctx.mode != OutputMode::Complete {
            let to_store = |k: &Key| match session {
                Some(s) => session::store_key(k, s),
                None => k.clone(),
            };
            evict(&mut groups, &mut store, &evictable, &to_store);
        }
        ctx.state.insert(plan.id, OpState::Agg(groups, store));
    }
    Ok(out)
}

/// Drops the groups whose time has passed the watermark, from the groups and the store
/// (`to_store`: a group's key in the store).
fn evict(
    groups: &mut Groups,
    store: &mut StoreOrder<Slot>,
    evictable: &dyn Fn(&Key) -> bool,
    to_store: &dyn Fn(&Key) -> Key,
) {
    let before = groups.len();
    for (k, _) in groups.iter().filter(|(k, _)| evictable(k)) {
        store.remove(&to_store(k));
    }
    let renumbered = groups.retain(|k| !evictable(k));
    if groups.len() == before {
        return;
    }
    // The groups after an evicted one moved down; their slots follow.
    for e in store.iter_mut().filter(|e| e.group != NO_GROUP) {
        // (Evicted groups left the store above, so every slot here finds its group.)
        e.group = renumbered[e.group as usize].unwrap_or(NO_GROUP);
    }
}

/// Merges overlapping session windows (key column `s`); keys merged into a touched one
/// count as touched. A streaming run's store follows the merge.
fn merge_sessions(
    groups: Groups,
    touched: Touched,
    s: usize,
    aggs: &[Expr],
    types: &[DataType],
    n: usize,
    store: Option<&mut StoreOrder<Slot>>,
) -> (Groups, Touched) {
    let mut touched_keys: IndexMap<Key, ()> = touched
        .into_iter()
        .map(|i| (groups.get(i).0.clone(), ()))
        .collect();
    let mut plain = groups.into_plain();
    session::merge(&mut plain, &mut touched_keys, s, aggs);
    if let Some(store) = store {
        session::update_store(store, &plain, &touched_keys, s);
    }
    let groups = Groups::from_plain(plain, types, n);
    let touched = touched_keys
        .keys()
        .filter_map(|k| groups.index_of(&k.0))
        .collect();
    (groups, touched)
}

/// A row's grouping keys, written one after another into `out` (each `keys.len()` wide);
/// returns how many: several when a sliding window puts the row in several windows, none
/// when its event time is null.
fn group_keys(keys: &[Expr], r: &Row, ctx: &EvalCtx, out: &mut Vec<Datum>) -> Result<usize> {
    out.clear();
    let windowed = keys
        .iter()
        .any(|k| matches!(k.unaliased(), Expr::Window { .. } | Expr::Session { .. }));
    if !windowed {
        for k in keys {
            out.push(k.eval(r, ctx)?);
        }
        return Ok(1);
    }
    let mut combos: Vec<Vec<Datum>> = vec![Vec::with_capacity(keys.len())];
    for k in keys {
        let vals = windows_of(k, r, ctx)?;
        if vals.len() == 1 {
            for o in &mut combos {
                o.push(vals[0].clone());
            }
        } else {
            combos = combos
                .into_iter()
                .flat_map(|o| {
                    vals.iter().map(move |v| {
                        let mut o = o.clone();
                        o.push(v.clone());
                        o
                    })
                })
                .collect();
        }
    }
    let count = combos.len();
    out.extend(combos.into_iter().flatten());
    Ok(count)
}
