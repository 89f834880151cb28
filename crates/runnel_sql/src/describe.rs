//! A query's description for the playground's query graph: its name, output mode, sink,
//! trigger and logical plan as an indented tree (root first, as Spark's `explain` draws it).

use crate::plan::{Node, Plan};
use serde::{Deserialize, Serialize};

/// One started query.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields))]
pub struct QueryDescription {
    /// The key of its records: `queryName`, or `query0`, `query1`... in start order.
    pub name: String,
    /// `append`, `update` or `complete`.
    pub mode: String,
    /// `console`, `memory`, `foreachBatch`, `noop`.
    pub sink: String,
    /// `default`, `processingTime`, `once`, `availableNow`, `continuous`.
    pub trigger: String,
    /// The plan's operators, root first; children follow their parent one level deeper.
    pub plan: Vec<PlanLine>,
}

/// One operator of a plan.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields))]
pub struct PlanLine {
    /// 0 for the root.
    pub depth: usize,
    /// The operator (`Aggregate`, `EventTimeWatermark`, `FileStreamSource[json]`...).
    pub op: String,
    /// Its arguments as text (columns, condition, delay).
    pub detail: String,
    pub streaming: bool,
}

/// The plan's operators, root first.
pub fn plan_lines(plan: &Plan) -> Vec<PlanLine> {
    let mut out = Vec::new();
    walk(plan, 0, &mut out);
    out
}

fn walk(plan: &Plan, depth: usize, out: &mut Vec<PlanLine>) {
    let names = |p: &Plan, cols: &[usize]| {
        cols.iter()
            .filter_map(|&i| p.schema.fields.get(i).map(|f| f.name.clone()))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let exprs = |es: &mut dyn Iterator<Item = String>| es.collect::<Vec<_>>().join(", ");
    let (op, detail, children): (String, String, Vec<&Plan>) = match &plan.node {
        Node::Source { description, .. } => (description.clone(), columns(plan), vec![]),
        Node::Rows(rows, _) => (
            "LocalRelation".into(),
            format!("{} ({} rows)", columns(plan), rows.len()),
            vec![],
        ),
        Node::Project(input, es) => (
            "Project".into(),
            exprs(&mut es.iter().map(|e| e.name())),
            vec![input],
        ),
        Node::Filter(input, cond) => ("Filter".into(), cond.name(), vec![input]),
        Node::Watermark(input, col, delay_us) => (
            "EventTimeWatermark".into(),
            format!("{}, {}", names(input, &[*col]), delay_text(*delay_us)),
            vec![input],
        ),
        Node::Aggregate(input, keys, aggs) => (
            "Aggregate".into(),
            format!(
                "[{}], [{}]",
                exprs(&mut keys.iter().map(|e| e.name())),
                exprs(&mut aggs.iter().map(|e| e.name()))
            ),
            vec![input],
        ),
        Node::Dedup(input, cols) => ("Deduplicate".into(), names(input, cols), vec![input]),
        Node::Sort(input, orders) => (
            "Sort".into(),
            exprs(
                &mut orders
                    .iter()
                    .map(|(e, asc)| format!("{} {}", e.name(), if *asc { "ASC" } else { "DESC" })),
            ),
            vec![input],
        ),
        Node::Limit(input, n) => ("Limit".into(), n.to_string(), vec![input]),
        Node::Join {
            left,
            right,
            kind,
            on,
            ..
        } => (format!("Join {kind:?}"), on.name(), vec![left, right]),
        Node::Union(a, b) => ("Union".into(), String::new(), vec![a, b]),
    };
    out.push(PlanLine {
        depth,
        op,
        detail,
        streaming: plan.streaming,
    });
    for c in children {
        walk(c, depth + 1, out);
    }
}

fn columns(plan: &Plan) -> String {
    let all: Vec<usize> = (0..plan.schema.fields.len()).collect();
    let names: Vec<String> = all
        .iter()
        .map(|&i| plan.schema.fields[i].name.clone())
        .collect();
    format!("[{}]", names.join(", "))
}

/// A watermark delay as Spark writes an interval (`10 seconds`, `1.5 seconds`).
fn delay_text(delay_us: i64) -> String {
    if delay_us % 1_000_000 == 0 {
        let s = delay_us / 1_000_000;
        format!("{s} second{}", if s == 1 { "" } else { "s" })
    } else {
        format!("{} seconds", delay_us as f64 / 1e6)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::{DataType, Field, Schema};

    #[test]
    fn a_plan_is_listed_root_first_with_depths() {
        let schema = Schema::new(vec![Field::new("ts", DataType::Timestamp)]);
        let src = crate::plan::source(0, schema, "FileStreamSource[json]");
        let wm = crate::plan::watermark(&src, "ts", 10_000_000).unwrap();
        let lines = plan_lines(&wm);
        assert_eq!(lines.len(), 2);
        assert_eq!(
            (lines[0].depth, lines[0].op.as_str()),
            (0, "EventTimeWatermark")
        );
        assert_eq!(lines[0].detail, "ts, 10 seconds");
        assert_eq!(
            (lines[1].depth, lines[1].op.as_str()),
            (1, "FileStreamSource[json]")
        );
        assert_eq!(lines[1].detail, "[ts]");
        assert!(lines.iter().all(|l| l.streaming));
    }
}
