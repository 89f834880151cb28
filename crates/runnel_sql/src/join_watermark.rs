//! How a stream-stream join's state ages out, as Spark's `StreamingJoinHelper` and
//! `StreamingSymmetricHashJoinHelper.getStateWatermarkPredicates` work it out from the
//! plan: a watermarked column among the equi-join keys evicts both sides' state by key;
//! otherwise a side whose input has a watermark evicts rows by value, with a state
//! watermark solved from the condition's time-range conjuncts (`ts1 <= ts2 + interval`).

use crate::datum::Datum;
use crate::expr::{Expr, Op};
use crate::types::DataType;

/// When one side's buffered rows can go.
#[derive(Clone, Debug, PartialEq)]
pub enum StatePred {
    /// Join key number `i` (a timestamp, or a window by its end) is at or below the
    /// watermark.
    Key(usize),
    /// The side's event-time column (index in the side's row) is at or below the state
    /// watermark: the smallest of `(watermark_us + const_us) / 1000 - minus` (ms) over the
    /// range conjuncts.
    Value {
        column: usize,
        bounds: Vec<(i64, i64)>,
    },
}

impl StatePred {
    /// The state watermark (ms) for a value predicate, given the eviction watermark.
    pub fn state_watermark_ms(bounds: &[(i64, i64)], wm_ms: i64) -> Option<i64> {
        bounds
            .iter()
            .map(|(c, minus)| (wm_ms * 1000 + c) / 1000 - minus)
            .min()
    }
}

/// One side of the join as the solver sees it: which combined-row columns are its own,
/// and which of the other side's carries the watermark.
pub struct Sides {
    /// Columns `lo..hi` of the combined row (left then right) are this side's.
    pub this: (usize, usize),
    pub other: (usize, usize),
    /// The other side's event-time column in the combined row, when it has a watermark.
    pub other_event_time: Option<usize>,
}

/// The conjuncts of a condition.
pub fn conjuncts(e: &Expr) -> Vec<&Expr> {
    match e {
        Expr::Bin(Op::And, a, b) => {
            let mut v = conjuncts(a);
            v.extend(conjuncts(b));
            v
        }
        other => vec![other],
    }
}

/// `getStateValueWatermark`: the (constant, minus) pairs of the conjuncts that bound this
/// side's time from below by the other side's watermark. Empty when none does.
pub fn value_bounds(cond: &Expr, sides: &Sides) -> Vec<(i64, i64)> {
    if sides.other_event_time.is_none() {
        return Vec::new();
    }
    conjuncts(cond)
        .into_iter()
        .filter_map(|c| match c {
            Expr::Bin(Op::Lt, l, r) => solve(l, r, sides).map(|k| (k, 0)),
            Expr::Bin(Op::Le, l, r) => solve(l, r, sides).map(|k| (k, 1)),
            Expr::Bin(Op::Gt, l, r) => solve(r, l, sides).map(|k| (k, 0)),
            Expr::Bin(Op::Ge, l, r) => solve(r, l, sides).map(|k| (k, 1)),
            _ => None,
        })
        .collect()
}

/// `getStateWatermarkFromLessThenPredicate` for `l < r`: written as a sum of terms
/// `l - r < 0`, the only term on this side must be negated (`-thisTime`), so that
/// `thisTime > otherTerms`; the other terms, with the other side's event time replaced
/// by the watermark, add up to the constant (microseconds, the watermark's excluded).
fn solve(l: &Expr, r: &Expr, sides: &Sides) -> Option<i64> {
    let in_range = |i: usize, (lo, hi): (usize, usize)| i >= lo && i < hi;
    let mut this_cols = Vec::new();
    let mut other_cols = Vec::new();
    for e in [l, r] {
        e.visit(&mut |x| {
            if let Expr::Idx(i, ..) = x {
                if in_range(*i, sides.this) && !this_cols.contains(i) {
                    this_cols.push(*i);
                }
                if in_range(*i, sides.other) && !other_cols.contains(i) {
                    other_cols.push(*i);
                }
            }
        });
    }
    if this_cols.len() > 1 || other_cols.len() > 1 {
        return None;
    }
    let mut terms = Vec::new();
    collect_terms(l, false, &mut terms)?;
    collect_terms(r, true, &mut terms)?;
    let mut constraint = terms
        .iter()
        .filter(|t| matches!(t, Term::Col(i, _) if in_range(*i, sides.this)));
    let (Some(Term::Col(_, negated)), None) = (constraint.next(), constraint.next()) else {
        return None;
    };
    if !negated {
        // `+thisTime < otherTerms` bounds this side from above: nothing to evict by.
        return None;
    }
    let mut sum = 0i64;
    for t in &terms {
        match t {
            Term::Col(i, _) if in_range(*i, sides.this) => {}
            Term::Col(i, neg) if Some(*i) == sides.other_event_time => {
                // The watermark itself: added when the bound is evaluated.
                if *neg {
                    return None;
                }
            }
            Term::Col(..) => return None,
            Term::Const(c) => sum += c,
        }
    }
    Some(sum)
}

enum Term {
    /// A column, negated or not.
    Col(usize, bool),
    /// A constant in microseconds.
    Const(i64),
}

/// `collectTerms`: a sum of columns and constants; anything else cannot be solved.
fn collect_terms(e: &Expr, negate: bool, out: &mut Vec<Term>) -> Option<()> {
    match e {
        Expr::Bin(Op::Add, a, b) => {
            collect_terms(a, negate, out)?;
            collect_terms(b, negate, out)
        }
        Expr::Bin(Op::Sub, a, b) => {
            collect_terms(a, negate, out)?;
            collect_terms(b, !negate, out)
        }
        Expr::Neg(a) => collect_terms(a, !negate, out),
        Expr::Cast(a, t) if t.is_numeric() || *t == DataType::Timestamp => {
            collect_terms(a, negate, out)
        }
        Expr::Alias(a, _) => collect_terms(a, negate, out),
        Expr::Idx(i, ..) => {
            out.push(Term::Col(*i, negate));
            Some(())
        }
        Expr::Lit(d, t) => {
            let us = match (d, t) {
                (Datum::Long(v), DataType::Interval) => *v,
                // A number of seconds.
                (Datum::Long(v), _) => v.checked_mul(1_000_000)?,
                (Datum::Double(v), _) => (v * 1e6) as i64,
                _ => return None,
            };
            out.push(Term::Const(if negate { -us } else { us }));
            Some(())
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn idx(i: usize) -> Box<Expr> {
        Box::new(Expr::Idx(i, DataType::Timestamp, format!("c{i}")))
    }

    fn interval(us: i64) -> Box<Expr> {
        Box::new(Expr::Lit(Datum::Long(us), DataType::Interval))
    }

    /// Left `(imp_ad, imp_ts)` = columns 0, 1; right `(click_ad, click_ts)` = 2, 3.
    fn range() -> Expr {
        let ge = Expr::Bin(Op::Ge, idx(3), idx(1));
        let le = Expr::Bin(
            Op::Le,
            idx(3),
            Box::new(Expr::Bin(Op::Add, idx(1), interval(20_000_000))),
        );
        Expr::Bin(Op::And, Box::new(ge), Box::new(le))
    }

    #[test]
    fn a_time_range_bounds_both_sides() {
        let left = Sides {
            this: (0, 2),
            other: (2, 4),
            other_event_time: Some(3),
        };
        let right = Sides {
            this: (2, 4),
            other: (0, 2),
            other_event_time: Some(1),
        };
        // click_ts <= imp_ts + 20 s: impressions older than wm - 20 s can go (minus 1 ms
        // for `<=`); click_ts >= imp_ts: clicks older than the watermark can.
        assert_eq!(value_bounds(&range(), &left), vec![(-20_000_000, 1)]);
        assert_eq!(value_bounds(&range(), &right), vec![(0, 1)]);
        assert_eq!(
            StatePred::state_watermark_ms(&[(-20_000_000, 1)], 50_000),
            Some(29_999)
        );
    }

    #[test]
    fn no_bound_without_the_other_sides_watermark() {
        let left = Sides {
            this: (0, 2),
            other: (2, 4),
            other_event_time: None,
        };
        assert!(value_bounds(&range(), &left).is_empty());
    }
}
