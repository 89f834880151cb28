//! Spark's `UnsupportedOperationChecker` for streaming queries, with its messages.

use crate::agg::OutputMode;
use crate::plan::{Node, Plan};
use runnel_core::{Error, Result};

fn error(msg: &str) -> Error {
    Error::new("AnalysisException", format!("{msg};"))
}

pub fn check_streaming(plan: &Plan, mode: OutputMode) -> Result<()> {
    let mut aggs = Vec::new();
    plan.walk(&mut |p| {
        if let Node::Aggregate(input, ..) = &p.node {
            if input.streaming {
                aggs.push(p.clone());
            }
        }
    });
    if aggs.len() > 1 && mode != OutputMode::Append {
        return Err(error(
            "Multiple streaming aggregations are not supported with streaming DataFrames/Datasets",
        ));
    }
    match mode {
        OutputMode::Complete if aggs.is_empty() => {
            return Err(error("Complete output mode not supported when there are no streaming aggregations on streaming DataFrames/Datasets"));
        }
        OutputMode::Append if aggs.iter().any(|a| a.event_time.is_none()) => {
            return Err(error("Append output mode not supported when there are streaming aggregations on streaming DataFrames/DataSets without watermark"));
        }
        _ => {}
    }
    let mut err = None;
    plan.walk(&mut |p| {
        let streaming_below = p.children().iter().all(|c| c.streaming);
        match &p.node {
            Node::Sort(input, _) if input.streaming => {
                let after_agg = matches!(input.node, Node::Aggregate(..))
                    || input.children().iter().any(|c| matches!(c.node, Node::Aggregate(..)));
                if !(mode == OutputMode::Complete && after_agg) {
                    err.get_or_insert(error("Sorting is not supported on streaming DataFrames/Datasets, unless it is on aggregated DataFrame/Dataset in Complete output mode"));
                }
            }
            Node::Limit(..) if streaming_below && mode == OutputMode::Update => {
                err.get_or_insert(error("Limits are not supported on streaming DataFrames/Datasets in Update output mode"));
            }
            Node::Join { left, right, kind, on, .. } => {
                if let Some(msg) = join_error(left, right, *kind, on, mode) {
                    err.get_or_insert(error(&msg));
                }
            }
            _ => {}
        }
    });
    err.map_or(Ok(()), Err)
}

/// What Spark says of a join it cannot run on streams, if anything.
fn join_error(
    left: &Plan,
    right: &Plan,
    kind: crate::plan::JoinKind,
    on: &crate::expr::Expr,
    mode: OutputMode,
) -> Option<String> {
    use crate::plan::JoinKind::*;
    let (ls, rs) = (left.streaming, right.streaming);
    if ls && rs && mode != OutputMode::Append {
        let mode = if mode == OutputMode::Update {
            "Update"
        } else {
            "Complete"
        };
        return Some(format!("Join between two streaming DataFrames/Datasets is not supported in {mode} output mode, only in Append output mode"));
    }
    let one_sided = match (kind, ls, rs) {
        (Full, true, false) => "FullOuter joins with streaming DataFrames/Datasets on the left and a static DataFrame/Dataset on the right is not supported",
        (Full, false, true) => "FullOuter joins with streaming DataFrames/Datasets on the right and a static DataFrame/Dataset on the left is not supported",
        (Left, false, true) => "LeftOuter join with a streaming DataFrame/Dataset on the right and a static DataFrame/Dataset on the left is not supported",
        (Right, true, false) => "RightOuter join with a streaming DataFrame/Dataset on the left and a static DataFrame/DataSet on the right not supported",
        _ => "",
    };
    if !one_sided.is_empty() {
        return Some(one_sided.to_string());
    }
    if !(ls && rs) || kind == Inner || crate::join_analysis::can_age_out(left, right, kind, on) {
        return None;
    }
    let name = match kind {
        Left => "LeftOuter",
        Right => "RightOuter",
        _ => "FullOuter",
    };
    Some(format!("Stream-stream {name} join between two streaming DataFrame/Datasets is not supported without a watermark in the join keys, or a watermark on the nullable side and an appropriate range condition"))
}

/// `trigger(continuous=...)`: only map-like queries (projections and filters) over the
/// rate and socket sources, as Spark's `checkForContinuous` allows.
pub fn check_continuous(plan: &Plan, source_kinds: &dyn Fn(usize) -> &'static str) -> Result<()> {
    let mut err = None;
    plan.walk(&mut |p| {
        let op = match &p.node {
            Node::Project(_, exprs) => {
                if exprs
                    .iter()
                    .any(|e| matches!(e.unaliased(), crate::expr::Expr::Explode(_)))
                {
                    Some("Generate")
                } else if exprs.iter().any(uses_current_time) {
                    err.get_or_insert(Error::new(
                        "AnalysisException",
                        "Continuous processing does not support current time operations.;",
                    ));
                    None
                } else {
                    None
                }
            }
            Node::Filter(..) | Node::Rows(..) => None,
            Node::Source { id, .. } => {
                let kind = source_kinds(*id);
                if kind != "rate" && kind != "socket" {
                    err.get_or_insert(Error::new(
                        "UnsupportedOperationException",
                        format!("Data source {kind} does not support continuous processing."),
                    ));
                }
                None
            }
            Node::Watermark(..) => Some("EventTimeWatermark"),
            Node::Aggregate(..) => Some("Aggregate"),
            Node::Dedup(..) => Some("Deduplicate"),
            Node::Sort(..) => Some("Sort"),
            Node::Limit(..) => Some("LocalLimit"),
            Node::Join { .. } => Some("Join"),
            Node::Union(..) => Some("Union"),
        };
        if let Some(op) = op {
            err.get_or_insert(Error::new(
                "AnalysisException",
                format!("Continuous processing does not support {op} operations.;"),
            ));
        }
    });
    err.map_or(Ok(()), Err)
}

fn uses_current_time(e: &crate::expr::Expr) -> bool {
    let mut found = false;
    e.visit(&mut |x| {
        found |= matches!(x, crate::expr::Expr::Call(f, _) if f == "current_timestamp" || f == "unix_timestamp")
    });
    found
}
