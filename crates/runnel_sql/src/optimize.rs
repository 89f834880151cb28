//! The optimizer rule of Spark's whose effect shows in streaming output: filters move
//! below `withWatermark` (`PushPredicateThroughNonJoin`, for deterministic conjuncts that
//! do not read the event time), so a watermark only sees the rows that pass them. A stream filtered
//! into two sides of a self-join gets a watermark per side this way.

use crate::expr::{Expr, Op};
use crate::join_watermark::conjuncts;
use crate::plan::{make_with_id, new_id, Node, Plan};

/// The plan with every filter's pushable conjuncts moved below the watermark under it.
pub fn push_filters_below_watermarks(plan: &Plan) -> Plan {
    let children: Vec<Plan> = plan
        .children()
        .into_iter()
        .map(push_filters_below_watermarks)
        .collect();
    let node = with_children(&plan.node, &children);
    if let Node::Filter(input, cond) = &node {
        if let Node::Watermark(below, col, delay) = &input.node {
            let (down, up): (Vec<&Expr>, Vec<&Expr>) = conjuncts(cond)
                .into_iter()
                .partition(|c| !reads(c, *col) && deterministic(c));
            if !down.is_empty() {
                let pushed = make_with_id(
                    plan.id,
                    Node::Filter(below.clone(), and_all(&down)),
                    below.schema.clone(),
                    below.streaming,
                    below.event_time,
                );
                let wm = make_with_id(
                    input.id,
                    Node::Watermark(pushed, *col, *delay),
                    input.schema.clone(),
                    input.streaming,
                    input.event_time,
                );
                if up.is_empty() {
                    return wm;
                }
                return make_with_id(
                    new_id(),
                    Node::Filter(wm.clone(), and_all(&up)),
                    wm.schema.clone(),
                    wm.streaming,
                    wm.event_time,
                );
            }
        }
    }
    make_with_id(
        plan.id,
        node,
        plan.schema.clone(),
        plan.streaming,
        plan.event_time,
    )
}

fn reads(e: &Expr, col: usize) -> bool {
    let mut found = false;
    e.visit(&mut |x| found |= matches!(x, Expr::Idx(i, ..) if *i == col));
    found
}

/// Only deterministic conjuncts move (`rand()` would draw other values below).
fn deterministic(e: &Expr) -> bool {
    let mut ok = true;
    e.visit(&mut |x| ok &= !matches!(x, Expr::Call(f, _) if f == "rand"));
    ok
}

fn and_all(cs: &[&Expr]) -> Expr {
    let mut it = cs.iter().map(|c| (*c).clone());
    let first = it.next().expect("at least one conjunct");
    it.fold(first, |a, b| Expr::Bin(Op::And, Box::new(a), Box::new(b)))
}

/// The node over new children (in `children()` order).
fn with_children(node: &Node, c: &[Plan]) -> Node {
    match node {
        Node::Source { id, description } => Node::Source {
            id: *id,
            description: description.clone(),
        },
        Node::Rows(rows, sized) => Node::Rows(rows.clone(), *sized),
        Node::Project(_, e) => Node::Project(c[0].clone(), e.clone()),
        Node::Filter(_, e) => Node::Filter(c[0].clone(), e.clone()),
        Node::Watermark(_, col, d) => Node::Watermark(c[0].clone(), *col, *d),
        Node::Aggregate(_, k, a) => Node::Aggregate(c[0].clone(), k.clone(), a.clone()),
        Node::Dedup(_, cols) => Node::Dedup(c[0].clone(), cols.clone()),
        Node::Sort(_, o) => Node::Sort(c[0].clone(), o.clone()),
        Node::Limit(_, n) => Node::Limit(c[0].clone(), *n),
        Node::Join {
            kind, on, using, ..
        } => Node::Join {
            left: c[0].clone(),
            right: c[1].clone(),
            kind: *kind,
            on: on.clone(),
            using: using.clone(),
        },
        Node::Union(..) => Node::Union(c[0].clone(), c[1].clone()),
    }
}
