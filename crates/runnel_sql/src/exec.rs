//! Runs a plan for one micro-batch (or once, for a static DataFrame): stateless operators
//! row by row, stateful ones (aggregation, deduplication, stream-stream joins) against the
//! state they keep between batches, with Spark's two watermarks: late rows are dropped
//! with the previous batch's, state is evicted with the current one.

use crate::agg::OutputMode;
use crate::datum::{cmp_nulls_first, Datum, Key, Row};
use crate::expr::{EvalCtx, Expr};
use crate::join_analysis::output_watermark;
use crate::join_state::JoinState;
use crate::murmur3;
use crate::plan::{JoinKind, Node, Plan};
use crate::store::StoreOrder;
use crate::stream_join;
use crate::types::DataType;
use indexmap::IndexMap;
use runnel_core::{Error, Result};
use std::borrow::Cow;
use std::collections::HashMap;

/// The state of one stateful operator.
pub enum OpState {
    /// Groups in the order they were first seen, and their keys in the state store's
    /// order.
    Agg(crate::groups::Groups, StoreOrder<crate::store::Slot>),
    /// Keys seen, with their event time (or `i64::MAX` when there is none).
    Dedup(IndexMap<Key, i64>),
    /// A stream-stream join's buffered rows of each side.
    Join(Box<JoinState>),
}

/// Everything one batch's run needs and produces.
pub struct BatchCtx<'a> {
    /// Each streaming source's rows for this batch.
    pub inputs: &'a HashMap<usize, Vec<Row>>,
    pub state: &'a mut HashMap<usize, OpState>,
    /// Watermarks in microseconds: for dropping late rows, and for evicting state.
    pub late_wm: Option<i64>,
    pub evict_wm: Option<i64>,
    pub mode: OutputMode,
    pub eval: EvalCtx,
    pub shuffle_partitions: usize,
    /// Each watermark operator met in this batch, in the order the plan runs them (one
    /// per occurrence: a DataFrame joined with itself has two), with the largest event
    /// time it saw (microseconds), if any.
    pub max_event: Vec<(usize, Option<i64>)>,
    /// Whether this is a streaming run (state kept) or a static one.
    pub streaming: bool,
    /// What the playground draws of the batch (event times, late rows), when the query
    /// keeps records; `None` costs nothing.
    pub observed: Option<Observed>,
}

/// Event-time facts of one batch, for the playground's event-time view.
#[derive(Debug, Default)]
pub struct Observed {
    /// The event times the watermark operators saw (ms), at most [`Observed::MAX`].
    pub event_times_ms: Vec<i64>,
    /// For each row a stateful operator dropped as late, its event-time key as `show()`
    /// prints it (a window `{start, end}` or a timestamp), at most [`Observed::MAX`].
    pub late: Vec<String>,
}

impl Observed {
    pub const MAX: usize = 1000;
}

/// Notes a late row's event-time key (when observing).
pub(crate) fn note_late(ctx: &mut BatchCtx, key: &Datum) {
    let tz = ctx.eval.tz_offset_ms;
    if let Some(o) = ctx
        .observed
        .as_mut()
        .filter(|o| o.late.len() < Observed::MAX)
    {
        o.late.push(key.pretty(tz));
    }
}

pub fn run(plan: &Plan, ctx: &mut BatchCtx) -> Result<Vec<Row>> {
    match &plan.node {
        Node::Source { .. } | Node::Project(..) | Node::Filter(..) | Node::Watermark(..) => {
            let mut out = Vec::new();
            for_each_row(plan, ctx, &mut |r| {
                out.push(r.into_owned());
                Ok(())
            })?;
            Ok(out)
        }
        Node::Rows(rows, _) => Ok(rows.as_ref().clone()),
        Node::Aggregate(input, keys, aggs) => {
            crate::aggregate::aggregate(plan, input, keys, aggs, ctx)
        }
        Node::Dedup(input, cols) => {
            let rows = run(input, ctx)?;
            dedup(plan, cols, rows, ctx)
        }
        Node::Sort(input, orders) => {
            let rows = run(input, ctx)?;
            sort(orders, rows, &ctx.eval)
        }
        Node::Limit(input, n) => {
            let mut rows = run(input, ctx)?;
            rows.truncate(*n);
            Ok(rows)
        }
        Node::Union(a, b) => {
            // Each input runs with the union's watermarks; above it, the smaller of theirs.
            let wms = (ctx.late_wm, ctx.evict_wm);
            let mut rows = run(a, ctx)?;
            let after_a = (ctx.late_wm, ctx.evict_wm);
            (ctx.late_wm, ctx.evict_wm) = wms;
            rows.extend(run(b, ctx)?);
            ctx.late_wm = min_wm(after_a.0, ctx.late_wm);
            ctx.evict_wm = min_wm(after_a.1, ctx.evict_wm);
            Ok(rows)
        }
        Node::Join {
            left,
            right,
            kind,
            on,
            using,
        } => {
            // Each side runs with the watermarks the join got; what is above a stream
            // join runs with the join's output watermarks.
            let wms = (ctx.late_wm, ctx.evict_wm);
            let l = run(left, ctx)?;
            (ctx.late_wm, ctx.evict_wm) = wms;
            let r = run(right, ctx)?;
            (ctx.late_wm, ctx.evict_wm) = wms;
            let s = Shape {
                kind: *kind,
                on,
                using,
                widths: (left.schema.fields.len(), right.schema.fields.len()),
            };
            if ctx.streaming && left.streaming && right.streaming {
                let mut state = match ctx.state.remove(&plan.id) {
                    Some(OpState::Join(st)) => st,
                    _ => Box::default(),
                };
                let out = stream_join::run(left, right, &s, l, r, &mut state, ctx);
                ctx.state.insert(plan.id, OpState::Join(state));
                ctx.late_wm = output_watermark(left, right, &s, wms.0);
                ctx.evict_wm = output_watermark(left, right, &s, wms.1);
                return out;
            }
            let out = join(&l, &r, &s, &ctx.eval)?;
            let unsized_side = [left, right]
                .iter()
                .any(|p| matches!(p.node, Node::Rows(_, false)));
            if unsized_side {
                return Ok(shuffle_order(out, plan, on, using, s.widths.0, ctx, true));
            }
            Ok(out)
        }
    }
}

fn min_wm(a: Option<i64>, b: Option<i64>) -> Option<i64> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

/// A row handed down a pipeline: borrowed where it already exists (a source's rows, an
/// explode's reused buffer), so that a consumer that only reads it copies nothing.
pub type RowRef<'r> = Cow<'r, Row>;

/// Feeds a plan's rows to `f` one at a time. The stateless steps (source, projections,
/// filters, watermarks) are pipelined row by row, as Spark's generated code runs them,
/// without building each step's rows; other nodes run whole first.
pub fn for_each_row(
    plan: &Plan,
    ctx: &mut BatchCtx,
    f: &mut dyn FnMut(RowRef) -> Result<()>,
) -> Result<()> {
    let eval = ctx.eval;
    match &plan.node {
        Node::Source { id, description } => {
            if !ctx.streaming {
                return Err(Error::new(
                    "AnalysisException",
                    format!("Queries with streaming sources must be executed with writeStream.start();\n{description}"),
                ));
            }
            let inputs = ctx.inputs;
            for r in inputs.get(id).into_iter().flatten() {
                f(Cow::Borrowed(r))?;
            }
            Ok(())
        }
        Node::Project(input, exprs) => {
            let gen = exprs
                .iter()
                .position(|e| matches!(e.unaliased(), Expr::Explode(_)));
            let mut buf = Vec::with_capacity(exprs.len());
            for_each_row(input, ctx, &mut |r| match gen {
                None => f(Cow::Owned(crate::expr::project(exprs, &r, &eval)?)),
                Some(g) => explode(exprs, g, &r, &eval, &mut buf, f),
            })
        }
        Node::Filter(input, cond) => for_each_row(input, ctx, &mut |r| {
            if cond.eval(&r, &eval)?.truthy() {
                f(r)?;
            }
            Ok(())
        }),
        Node::Watermark(input, col, _) => {
            let mut max = None;
            // The event times the playground draws, when the query keeps records (after
            // those of watermarks below this one).
            let observing = ctx.observed.is_some();
            let mut times = Vec::new();
            for_each_row(input, ctx, &mut |r| {
                if let Some(Datum::Ts(t)) = r.get(*col) {
                    max = Some(max.map_or(*t, |m: i64| m.max(*t)));
                    if observing && times.len() < Observed::MAX {
                        times.push(t.div_euclid(1000));
                    }
                }
                f(r)
            })?;
            if let Some(o) = ctx.observed.as_mut() {
                let room = Observed::MAX.saturating_sub(o.event_times_ms.len());
                o.event_times_ms.extend(times.into_iter().take(room));
            }
            ctx.max_event.push((plan.id, max));
            Ok(())
        }
        _ => {
            for r in run(plan, ctx)? {
                f(Cow::Owned(r))?;
            }
            Ok(())
        }
    }
}

/// A projection with a generator (`explode`) at `g`: one row per item of its array
/// (none for a null or empty array), each built in `buf`.
fn explode(
    exprs: &[Expr],
    g: usize,
    r: &Row,
    ctx: &EvalCtx,
    buf: &mut Row,
    f: &mut dyn FnMut(RowRef) -> Result<()>,
) -> Result<()> {
    let Expr::Explode(arr) = exprs[g].unaliased() else {
        unreachable!("the caller found the generator")
    };
    let Datum::Array(items) = arr.eval(r, ctx)? else {
        return Ok(());
    };
    for item in items.iter() {
        buf.clear();
        for (i, e) in exprs.iter().enumerate() {
            buf.push(if i == g {
                item.clone()
            } else {
                e.eval(r, ctx)?
            });
        }
        f(Cow::Borrowed(buf))?;
    }
    Ok(())
}

fn sort(orders: &[(Expr, bool)], rows: Vec<Row>, ctx: &EvalCtx) -> Result<Vec<Row>> {
    let mut keyed = rows
        .into_iter()
        .map(|r| {
            let k = orders
                .iter()
                .map(|(e, _)| e.eval(&r, ctx))
                .collect::<Result<Vec<_>>>()?;
            Ok((k, r))
        })
        .collect::<Result<Vec<_>>>()?;
    keyed.sort_by(|(a, _), (b, _)| {
        for (i, (_, asc)) in orders.iter().enumerate() {
            // ASC puts nulls first, DESC puts them last (Spark's defaults).
            let o = cmp_nulls_first(&a[i], &b[i]);
            let o = if *asc { o } else { o.reverse() };
            if o.is_ne() {
                return o;
            }
        }
        std::cmp::Ordering::Equal
    });
    Ok(keyed.into_iter().map(|(_, r)| r).collect())
}

/// The event time (microseconds) of a key's event-time column: a window's end, or the
/// timestamp itself.
pub(crate) fn key_time(d: &Datum) -> Option<i64> {
    match d {
        Datum::Ts(t) => Some(*t),
        Datum::Struct(xs) => match xs.get(1) {
            Some(Datum::Ts(t)) => Some(*t),
            _ => None,
        },
        _ => None,
    }
}

fn dedup(plan: &Plan, cols: &[usize], rows: Vec<Row>, ctx: &mut BatchCtx) -> Result<Vec<Row>> {
    let et = plan.event_time;
    let mut seen = match ctx.state.remove(&plan.id) {
        Some(OpState::Dedup(s)) if ctx.streaming => s,
        _ => IndexMap::new(),
    };
    let mut out = Vec::new();
    for r in rows {
        let time = et.and_then(|i| key_time(&r[i]));
        if let (Some(t), Some(wm)) = (time, ctx.late_wm) {
            if t <= wm {
                if let Some(i) = et {
                    note_late(ctx, &r[i]);
                }
                continue;
            }
        }
        let key = Key(cols.iter().map(|&i| r[i].clone()).collect());
        if seen.contains_key(&key) {
            continue;
        }
        seen.insert(key, time.unwrap_or(i64::MAX));
        out.push(r);
    }
    if let Some(wm) = ctx.evict_wm {
        seen.retain(|_, t| *t > wm);
    }
    if ctx.streaming {
        ctx.state.insert(plan.id, OpState::Dedup(seen));
    }
    Ok(out)
}

/// A join's kind, condition and sides' widths.
pub struct Shape<'a> {
    pub kind: JoinKind,
    pub on: &'a Expr,
    pub using: &'a [(usize, usize)],
    pub widths: (usize, usize),
}

/// A hash join keeping the left side's order (a broadcast hash join's), matches in the
/// right side's order.
fn join(l: &[Row], r: &[Row], s: &Shape, ctx: &EvalCtx) -> Result<Vec<Row>> {
    let mut out = Vec::new();
    let mut right_matched = vec![false; r.len()];
    let mut both: Row = Vec::new();
    for lrow in l {
        let mut matched = false;
        for (j, rrow) in r.iter().enumerate() {
            both.clear();
            both.extend(lrow.iter().cloned());
            both.extend(rrow.iter().cloned());
            if s.on.eval(&both, ctx)?.truthy() {
                matched = true;
                right_matched[j] = true;
                out.push(shape(Some(lrow), Some(rrow), s));
            }
        }
        if !matched && matches!(s.kind, JoinKind::Left | JoinKind::Full) {
            out.push(shape(Some(lrow), None, s));
        }
    }
    if matches!(s.kind, JoinKind::Right | JoinKind::Full) {
        for (j, rrow) in r.iter().enumerate() {
            if !right_matched[j] {
                out.push(shape(None, Some(rrow), s));
            }
        }
    }
    Ok(out)
}

/// A joined output row: `USING` columns once (the left one, or the right one when the
/// left side is missing), then the other columns of each side, NULLs for a missing side.
pub(crate) fn shape(lrow: Option<&Row>, rrow: Option<&Row>, s: &Shape) -> Row {
    let (lw, rw) = s.widths;
    let lv = |i: usize| lrow.map_or(Datum::Null, |x| x[i].clone());
    let rv = |i: usize| rrow.map_or(Datum::Null, |x| x[i].clone());
    let mut row = Vec::with_capacity(lw + rw);
    for &(li, ri) in s.using {
        row.push(match lrow {
            Some(_) => lv(li),
            None => rv(ri),
        });
    }
    for i in 0..lw {
        if !s.using.iter().any(|(a, _)| *a == i) {
            row.push(lv(i));
        }
    }
    for i in 0..rw {
        if !s.using.iter().any(|(_, b)| *b == i) {
            row.push(rv(i));
        }
    }
    row
}

/// The left side's equi-join key columns: `USING` columns, or the `l = r` conjuncts of
/// the condition.
fn equi_keys(on: &Expr, using: &[(usize, usize)], left_width: usize) -> Vec<usize> {
    if !using.is_empty() {
        return using.iter().map(|(l, _)| *l).collect();
    }
    let mut keys = Vec::new();
    fn walk(e: &Expr, lw: usize, keys: &mut Vec<usize>) {
        match e {
            Expr::Bin(crate::expr::Op::And, a, b) => {
                walk(a, lw, keys);
                walk(b, lw, keys);
            }
            Expr::Bin(crate::expr::Op::Eq, a, b) => match (&**a, &**b) {
                (Expr::Idx(x, ..), Expr::Idx(y, ..)) if *x < lw && *y >= lw => keys.push(*x),
                (Expr::Idx(x, ..), Expr::Idx(y, ..)) if *y < lw && *x >= lw => keys.push(*y),
                _ => {}
            },
            _ => {}
        }
    }
    walk(on, left_width, &mut keys);
    keys
}

/// A shuffled join's output order: by the key's hash partition, then (a sort-merge join)
/// by key; rows of one key in the order they came.
fn shuffle_order(
    rows: Vec<Row>,
    plan: &Plan,
    on: &Expr,
    using: &[(usize, usize)],
    left_width: usize,
    ctx: &BatchCtx,
    by_key: bool,
) -> Vec<Row> {
    let keys = equi_keys(on, using, left_width);
    if keys.is_empty() {
        return rows;
    }
    // Where each left key column sits in the output row.
    let out_col = |l: usize| -> usize {
        if let Some(i) = using.iter().position(|(x, _)| *x == l) {
            return i;
        }
        using.len()
            + (0..l)
                .filter(|i| !using.iter().any(|(x, _)| x == i))
                .count()
    };
    let cols: Vec<usize> = keys.iter().map(|&k| out_col(k)).collect();
    let types: Vec<DataType> = cols
        .iter()
        .map(|&c| {
            plan.schema
                .fields
                .get(c)
                .map_or(DataType::Null, |f| f.data_type.clone())
        })
        .collect();
    let mut keyed: Vec<(usize, Vec<Datum>, Row)> = rows
        .into_iter()
        .map(|r| {
            let k: Vec<Datum> = cols
                .iter()
                .map(|&c| r.get(c).cloned().unwrap_or(Datum::Null))
                .collect();
            (murmur3::partition(&k, &types, ctx.shuffle_partitions), k, r)
        })
        .collect();
    keyed.sort_by(|a, b| {
        if !by_key {
            return a.0.cmp(&b.0);
        }
        a.0.cmp(&b.0).then_with(|| {
            a.1.iter()
                .zip(&b.1)
                .map(|(x, y)| cmp_nulls_first(x, y))
                .find(|o| o.is_ne())
                .unwrap_or(std::cmp::Ordering::Equal)
        })
    });
    keyed.into_iter().map(|(_, _, r)| r).collect()
}
