//! A stream-stream join as Spark 3.5's `StreamingSymmetricHashJoinExec` runs it, per
//! hash partition of the equi-join keys: each new left row (late ones dropped with the
//! previous batch's watermark) meets the right side's state and joins the left state;
//! then each new right row meets the left state; then the outer side's rows that age out
//! with this batch's watermark and never matched come out with NULLs; then the other
//! side's old rows are dropped.

use crate::datum::{Datum, Key, Row};
use crate::exec::{shape, BatchCtx, Shape};
use crate::expr::{EvalCtx, Expr, Op};
use crate::join_watermark::{conjuncts, value_bounds, Sides, StatePred};
use crate::murmur3;
use crate::plan::{JoinKind, Plan};
use crate::store::StoreOrder;
use crate::types::DataType;
use indexmap::IndexMap;
use runnel_core::Result;

/// One side's buffered rows: per partition, per key, the rows in `SymmetricHashJoinStateManager`
/// index order, each with whether it has matched; and the keys in the order of its
/// `keyToNumValues` store, which is the order rows age out in.
#[derive(Default)]
pub struct SideState {
    parts: Vec<IndexMap<Key, Vec<(Row, bool)>>>,
    order: Option<StoreOrder>,
}

impl SideState {
    /// Moves the stores to this batch's version (creating them on the first batch).
    fn next_version(&mut self, key_types: &[DataType], n: usize) {
        self.parts.resize_with(n, IndexMap::new);
        match &mut self.order {
            Some(o) => o.next_version(),
            None => self.order = Some(StoreOrder::new(key_types.to_vec(), n)),
        }
    }

    fn append(&mut self, p: usize, key: Key, row: Row, matched: bool) {
        match self.parts[p].get_mut(&key) {
            Some(vals) => vals.push((row, matched)),
            None => {
                if let Some(o) = &mut self.order {
                    o.put(&key);
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

/// One side's part of the join: its key columns, the conjuncts only it takes part in,
/// its event-time column and how its state ages out.
struct Side {
    keys: Vec<usize>,
    pre: Vec<Expr>,
    event_time: Option<usize>,
    pred: Option<StatePred>,
}

struct Analysis {
    left: Side,
    right: Side,
    key_types: Vec<DataType>,
    /// The conjuncts that need both sides (`postJoinFilter`).
    post: Vec<Expr>,
}

/// The condition's equi-join keys (left columns, right columns) and the conjuncts that
/// take only the left side, only the right side, or both.
type Split = (Vec<usize>, Vec<usize>, Vec<Expr>, Vec<Expr>, Vec<Expr>);

fn split_condition(on: &Expr, lw: usize) -> Split {
    let mut lkeys = Vec::new();
    let mut rkeys = Vec::new();
    let (mut lpre, mut rpre, mut post) = (Vec::new(), Vec::new(), Vec::new());
    for c in conjuncts(on) {
        if let Expr::Bin(Op::Eq, a, b) = c {
            if let (Expr::Idx(x, ..), Expr::Idx(y, ..)) = (&**a, &**b) {
                let (x, y) = (*x, *y);
                if x < lw && y >= lw {
                    lkeys.push(x);
                    rkeys.push(y - lw);
                    continue;
                }
                if y < lw && x >= lw {
                    lkeys.push(y);
                    rkeys.push(x - lw);
                    continue;
                }
            }
        }
        let (mut uses_l, mut uses_r) = (false, false);
        c.visit(&mut |x| {
            if let Expr::Idx(i, ..) = x {
                if *i < lw {
                    uses_l = true;
                } else {
                    uses_r = true;
                }
            }
        });
        match (uses_l, uses_r) {
            (true, false) => lpre.push(c.clone()),
            (false, true) => rpre.push(c.clone()),
            _ => post.push(c.clone()),
        }
    }
    (lkeys, rkeys, lpre, rpre, post)
}

fn analyse(left: &Plan, right: &Plan, s: &Shape) -> Analysis {
    let lw = s.widths.0;
    let total = lw + s.widths.1;
    let (lkeys, rkeys, lpre, rpre, post) = split_condition(s.on, lw);
    let (let_, ret) = (left.event_time, right.event_time);
    // `findJoinKeyOrdinalForWatermark`: the first key that is an event time on either side.
    let key_wm = (0..lkeys.len()).find(|&i| Some(lkeys[i]) == let_ || Some(rkeys[i]) == ret);
    let value_pred = |this: (usize, usize), other: (usize, usize), et: Option<usize>, other_et| {
        let column = et?;
        let bounds = value_bounds(
            s.on,
            &Sides {
                this,
                other,
                other_event_time: other_et,
            },
        );
        (!bounds.is_empty()).then(|| StatePred::Value {
            column: column - this.0,
            bounds,
        })
    };
    let pred = |this, other, et: Option<usize>, other_et: Option<usize>| match key_wm {
        Some(i) => Some(StatePred::Key(i)),
        None => value_pred(this, other, et, other_et),
    };
    let lpred = pred((0, lw), (lw, total), let_, ret.map(|r| r + lw));
    let rpred = pred((lw, total), (0, lw), ret.map(|r| r + lw), let_);
    let key_types = lkeys
        .iter()
        .map(|&k| left.schema.fields[k].data_type.clone())
        .collect();
    Analysis {
        left: Side {
            keys: lkeys,
            pre: lpre,
            event_time: let_,
            pred: lpred,
        },
        right: Side {
            keys: rkeys,
            pre: rpre,
            event_time: ret,
            pred: rpred,
        },
        key_types,
        post,
    }
}

/// `checkForStreamStreamJoinWatermark`: an outer join needs a watermarked column among
/// the join keys, or a range condition that bounds the outer side(s) by the other side's
/// watermark.
pub fn can_age_out(left: &Plan, right: &Plan, kind: JoinKind, on: &Expr) -> bool {
    let (lw, rw) = (left.schema.fields.len(), right.schema.fields.len());
    let (lkeys, rkeys, ..) = split_condition(on, lw);
    let in_keys = lkeys.iter().any(|&k| Some(k) == left.event_time)
        || rkeys.iter().any(|&k| Some(k) == right.event_time);
    let bounded = |this: (usize, usize), other: (usize, usize), other_et: Option<usize>| {
        !value_bounds(
            on,
            &Sides {
                this,
                other,
                other_event_time: other_et,
            },
        )
        .is_empty()
    };
    let left_bounded = || bounded((0, lw), (lw, lw + rw), right.event_time.map(|r| r + lw));
    let right_bounded = || bounded((lw, lw + rw), (0, lw), left.event_time);
    in_keys
        || match kind {
            JoinKind::Inner => true,
            JoinKind::Left => left_bounded(),
            JoinKind::Right => right_bounded(),
            JoinKind::Full => left_bounded() && right_bounded(),
        }
}

/// A key column's or event-time column's time (µs): a timestamp, or a window's end.
fn time_of(d: &Datum) -> Option<i64> {
    match d {
        Datum::Ts(t) => Some(*t),
        Datum::Struct(xs) => match xs.get(1) {
            Some(Datum::Ts(t)) => Some(*t),
            _ => None,
        },
        _ => None,
    }
}

/// Whether a state row (with its key) ages out under the eviction watermark (ms).
fn evictable(pred: &Option<StatePred>, key: &Key, row: &Row, wm_ms: Option<i64>) -> bool {
    let (Some(pred), Some(wm)) = (pred, wm_ms) else {
        return false;
    };
    match pred {
        StatePred::Key(i) => time_of(&key.0[*i]).is_some_and(|t| t <= wm * 1000),
        StatePred::Value { column, bounds } => {
            let Some(swm) = StatePred::state_watermark_ms(bounds, wm) else {
                return false;
            };
            time_of(&row[*column]).is_some_and(|t| t <= swm * 1000)
        }
    }
}

fn all_true(conds: &[Expr], row: &Row, ctx: &EvalCtx) -> Result<bool> {
    for c in conds {
        if !c.eval(row, ctx)?.truthy() {
            return Ok(false);
        }
    }
    Ok(true)
}

/// Runs one batch of the join; `l` and `r` are the sides' new rows.
pub fn run(
    left: &Plan,
    right: &Plan,
    s: &Shape,
    l: Vec<Row>,
    r: Vec<Row>,
    state: &mut JoinState,
    ctx: &BatchCtx,
) -> Result<Vec<Row>> {
    let a = analyse(left, right, s);
    let n = ctx.shuffle_partitions.max(1);
    for side in [&mut state.left, &mut state.right] {
        side.next_version(&a.key_types, n);
    }
    let late_ms = ctx.late_wm.map(|us| us.div_euclid(1000));
    let evict_ms = ctx.evict_wm.map(|us| us.div_euclid(1000));
    let split = |rows: Vec<Row>, side: &Side| -> Vec<Vec<(Key, Row)>> {
        let mut parts = vec![Vec::new(); n];
        for row in rows {
            if let (Some(et), Some(wm)) = (side.event_time, late_ms) {
                if time_of(&row[et]).is_some_and(|t| t <= wm * 1000) {
                    continue;
                }
            }
            let key = Key(side.keys.iter().map(|&k| row[k].clone()).collect());
            let p = murmur3::partition(&key.0, &a.key_types, n);
            parts[p].push((key, row));
        }
        parts
    };
    let lparts = split(l, &a.left);
    let rparts = split(r, &a.right);
    let (lw, rw) = s.widths;
    let null_row = |w: usize| vec![Datum::Null; w];
    let mut out = Vec::new();
    let mut both: Row = Vec::with_capacity(lw + rw);
    for (p, (lnew, rnew)) in lparts.into_iter().zip(rparts).enumerate() {
        // Left rows against the right state, then right rows against the left state.
        for (key, row) in lnew {
            both.clear();
            both.extend(row.iter().cloned());
            both.extend(null_row(rw));
            if !all_true(&a.left.pre, &both, &ctx.eval)? {
                if matches!(s.kind, JoinKind::Left | JoinKind::Full) {
                    out.push(shape(Some(&row), None, s));
                }
                continue;
            }
            let mut matched = false;
            if !key.0.iter().any(Datum::is_null) {
                if let Some(vals) = state.right.parts[p].get_mut(&key) {
                    for (other, other_matched) in vals.iter_mut() {
                        both.truncate(lw);
                        both.extend(other.iter().cloned());
                        if all_true(&a.post, &both, &ctx.eval)? {
                            matched = true;
                            *other_matched = true;
                            out.push(shape(Some(&row), Some(other), s));
                        }
                    }
                }
            }
            if !evictable(&a.left.pred, &key, &row, evict_ms) {
                state.left.append(p, key, row, matched);
            }
        }
        for (key, row) in rnew {
            both.clear();
            both.extend(null_row(lw));
            both.extend(row.iter().cloned());
            if !all_true(&a.right.pre, &both, &ctx.eval)? {
                if matches!(s.kind, JoinKind::Right | JoinKind::Full) {
                    out.push(shape(None, Some(&row), s));
                }
                continue;
            }
            let mut matched = false;
            if !key.0.iter().any(Datum::is_null) {
                if let Some(vals) = state.left.parts[p].get_mut(&key) {
                    for (other, other_matched) in vals.iter_mut() {
                        both.clear();
                        both.extend(other.iter().cloned());
                        both.extend(row.iter().cloned());
                        if all_true(&a.post, &both, &ctx.eval)? {
                            matched = true;
                            *other_matched = true;
                            out.push(shape(Some(other), Some(&row), s));
                        }
                    }
                }
            }
            if !evictable(&a.right.pred, &key, &row, evict_ms) {
                state.right.append(p, key, row, matched);
            }
        }
        // The outer sides' aged-out rows that never matched, then the rest of the old
        // state, as `onOutputCompletion` drops it.
        let (outer_l, outer_r) = match s.kind {
            JoinKind::Inner => (false, false),
            JoinKind::Left => (true, false),
            JoinKind::Right => (false, true),
            JoinKind::Full => (true, true),
        };
        for (row, matched) in remove_old(&mut state.left, p, &a.left, evict_ms) {
            if outer_l && !matched {
                out.push(shape(Some(&row), None, s));
            }
        }
        for (row, matched) in remove_old(&mut state.right, p, &a.right, evict_ms) {
            if outer_r && !matched {
                out.push(shape(None, Some(&row), s));
            }
        }
    }
    Ok(out)
}

/// `removeByKeyCondition` / `removeByValueCondition`: the rows of partition `p` that age
/// out, keys in the store's order; within a key the last row fills each removed row's
/// slot.
fn remove_old(
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
