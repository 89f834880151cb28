//! A stream-stream join as Spark 3.5's `StreamingSymmetricHashJoinExec` runs it, per
//! hash partition of the equi-join keys: each new left row (late ones dropped with the
//! previous batch's watermark) meets the right side's state and joins the left state;
//! then each new right row meets the left state; then the outer side's rows that age out
//! with this batch's watermark and never matched come out with NULLs; then the other
//! side's old rows are dropped.

use crate::datum::{Datum, Key, Row};
use crate::exec::{key_time, shape, BatchCtx, Shape};
use crate::expr::{EvalCtx, Expr};
use crate::join_analysis::{analyse, evictable, Analysis, Side};
use crate::join_state::{remove_old, JoinState, SideState};
use crate::murmur3;
use crate::plan::{JoinKind, Plan};
use runnel_core::Result;

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
    let b = Batch {
        a: &a,
        s,
        ctx,
        evict_ms: ctx.evict_wm.map(|us| us.div_euclid(1000)),
    };
    let split = |rows: Vec<Row>, side: &Side| -> Vec<Vec<(Key, Row)>> {
        let mut parts = vec![Vec::new(); n];
        for row in rows {
            if let (Some(et), Some(wm)) = (side.event_time, late_ms) {
                if key_time(&row[et]).is_some_and(|t| t <= wm * 1000) {
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
    let mut out = Vec::new();
    for (p, (lnew, rnew)) in lparts.into_iter().zip(rparts).enumerate() {
        // Left rows against the right state, then right rows against the left state.
        store_and_join(&b, Which::Left, lnew, p, state, &mut out)?;
        store_and_join(&b, Which::Right, rnew, p, state, &mut out)?;
        // The outer sides' aged-out rows that never matched, then the rest of the old
        // state, as `onOutputCompletion` drops it.
        for which in [Which::Left, Which::Right] {
            let (side, mine, _) = which.pick(&a, state);
            for (row, matched) in remove_old(mine, p, side, b.evict_ms) {
                if which.outer(s.kind) && !matched {
                    out.push(which.shape(&row, None, s));
                }
            }
        }
    }
    Ok(out)
}

/// What every side's step of one batch shares.
struct Batch<'a> {
    a: &'a Analysis,
    s: &'a Shape<'a>,
    ctx: &'a BatchCtx<'a>,
    evict_ms: Option<i64>,
}

#[derive(Clone, Copy)]
enum Which {
    Left,
    Right,
}

impl Which {
    /// This side's analysis, its state and the other side's state.
    fn pick<'s>(
        self,
        a: &'s Analysis,
        st: &'s mut JoinState,
    ) -> (&'s Side, &'s mut SideState, &'s mut SideState) {
        match self {
            Which::Left => (&a.left, &mut st.left, &mut st.right),
            Which::Right => (&a.right, &mut st.right, &mut st.left),
        }
    }

    /// Whether this side's unmatched rows come out (with NULLs for the other side).
    fn outer(self, kind: JoinKind) -> bool {
        matches!(
            (self, kind),
            (_, JoinKind::Full) | (Which::Left, JoinKind::Left) | (Which::Right, JoinKind::Right)
        )
    }

    /// The output row of this side's `row` and the other side's `other` (NULLs if none).
    fn shape(self, row: &Row, other: Option<&Row>, s: &Shape) -> Row {
        match self {
            Which::Left => shape(Some(row), other, s),
            Which::Right => shape(other, Some(row), s),
        }
    }

    /// The condition's input: the left row then the right one, NULLs for a missing one.
    fn combine(self, both: &mut Row, row: &Row, other: Option<&Row>, widths: (usize, usize)) {
        both.clear();
        let (l, r, rw) = match self {
            Which::Left => (Some(row), other, widths.1),
            Which::Right => (other, Some(row), widths.1),
        };
        match l {
            Some(x) => both.extend(x.iter().cloned()),
            None => both.extend(std::iter::repeat_n(Datum::Null, widths.0)),
        }
        match r {
            Some(x) => both.extend(x.iter().cloned()),
            None => both.extend(std::iter::repeat_n(Datum::Null, rw)),
        }
    }
}

/// `storeAndJoinWithOtherSide`: one side's new rows of partition `p` meet the other
/// side's state (marking what they match), then join their own side's state unless
/// they would age out at once; rows the side-only conjuncts reject never match, and an
/// outer side emits them at once.
fn store_and_join(
    b: &Batch,
    which: Which,
    new: Vec<(Key, Row)>,
    p: usize,
    state: &mut JoinState,
    out: &mut Vec<Row>,
) -> Result<()> {
    let (side, mine, other) = which.pick(b.a, state);
    let mut both: Row = Vec::with_capacity(b.s.widths.0 + b.s.widths.1);
    for (key, row) in new {
        which.combine(&mut both, &row, None, b.s.widths);
        if !all_true(&side.pre, &both, &b.ctx.eval)? {
            if which.outer(b.s.kind) {
                out.push(which.shape(&row, None, b.s));
            }
            continue;
        }
        let mut matched = false;
        if !key.0.iter().any(Datum::is_null) {
            if let Some(vals) = other.parts[p].get_mut(&key) {
                for (o, o_matched) in vals.iter_mut() {
                    which.combine(&mut both, &row, Some(o), b.s.widths);
                    if all_true(&b.a.post, &both, &b.ctx.eval)? {
                        matched = true;
                        *o_matched = true;
                        out.push(which.shape(&row, Some(o), b.s));
                    }
                }
            }
        }
        if !evictable(&side.pred, &key, &row, b.evict_ms) {
            mine.append(p, key, row, matched);
        }
    }
    Ok(())
}
