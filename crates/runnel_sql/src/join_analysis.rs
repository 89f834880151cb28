//! What a stream-stream join's plan says about its state, as Spark's
//! `StreamingSymmetricHashJoinHelper` works it out: the equi-join keys, the conjuncts of
//! one side only (`preJoinFilter`) or both (`postJoinFilter`), each side's event time and
//! state watermark predicate; and from them whether an outer join can run at all and
//! the watermark after the join.

use crate::datum::{Key, Row};
use crate::exec::{key_time, Shape};
use crate::expr::{Expr, Op};
use crate::join_watermark::{conjuncts, value_bounds, Sides, StatePred};
use crate::plan::{JoinKind, Plan};
use crate::types::DataType;

/// One side's part of the join: its key columns, the conjuncts only it takes part in,
/// its event-time column and how its state ages out.
pub(crate) struct Side {
    pub(crate) keys: Vec<usize>,
    pub(crate) pre: Vec<Expr>,
    pub(crate) event_time: Option<usize>,
    pub(crate) pred: Option<StatePred>,
}

pub(crate) struct Analysis {
    pub(crate) left: Side,
    pub(crate) right: Side,
    pub(crate) key_types: Vec<DataType>,
    /// The conjuncts that need both sides (`postJoinFilter`).
    pub(crate) post: Vec<Expr>,
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

pub(crate) fn analyse(left: &Plan, right: &Plan, s: &Shape) -> Analysis {
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

/// Whether the join's state ages out at all (a side has a state watermark predicate):
/// only then does a new watermark call for a data-less batch (`shouldRunAnotherBatch`).
pub fn ages_out(left: &Plan, right: &Plan, on: &Expr, using: &[(usize, usize)]) -> bool {
    let s = Shape {
        kind: JoinKind::Inner,
        on,
        using,
        widths: (left.schema.fields.len(), right.schema.fields.len()),
    };
    let a = analyse(left, right, &s);
    a.left.pred.is_some() || a.right.pred.is_some()
}

/// `produceOutputWatermark`: the watermark (µs) operators after the join run with, the
/// smallest of the input's and each side's state watermark, so that nothing the join
/// may still emit is late for them.
pub fn output_watermark(
    left: &Plan,
    right: &Plan,
    s: &Shape,
    input_us: Option<i64>,
) -> Option<i64> {
    let wm = input_us?.div_euclid(1000);
    let a = analyse(left, right, s);
    let state_wm = |p: &Option<StatePred>| match p {
        Some(StatePred::Key(_)) => Some(wm),
        Some(StatePred::Value { bounds, .. }) => StatePred::state_watermark_ms(bounds, wm),
        None => None,
    };
    [state_wm(&a.left.pred), state_wm(&a.right.pred), Some(wm)]
        .into_iter()
        .flatten()
        .min()
        .map(|ms| ms * 1000)
}

/// Whether a state row (with its key) ages out under the eviction watermark (ms).
pub(crate) fn evictable(
    pred: &Option<StatePred>,
    key: &Key,
    row: &Row,
    wm_ms: Option<i64>,
) -> bool {
    let (Some(pred), Some(wm)) = (pred, wm_ms) else {
        return false;
    };
    match pred {
        StatePred::Key(i) => key_time(&key.0[*i]).is_some_and(|t| t <= wm * 1000),
        StatePred::Value { column, bounds } => {
            let Some(swm) = StatePred::state_watermark_ms(bounds, wm) else {
                return false;
            };
            key_time(&row[*column]).is_some_and(|t| t <= swm * 1000)
        }
    }
}
