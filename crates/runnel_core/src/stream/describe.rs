//! `describe()`: the DStream graph as data, for the playground's DAG, recorders and (later)
//! checking that a checkpoint matches the program it is restored into.
//!
//! The core's nodes are finer than a program's calls: `countByValue()` is a `map` and a
//! `reduceByKey`, and a front end that pipelines steps computes `words.map(f)` from
//! `words`' own parent. A front end therefore [`Graph::annotate`]s each call's result with
//! the call's name and its logical parents; the nodes the call made on the way are its
//! internals and are left out of the description.

use super::graph::{Graph, Kind};
use super::StreamId;
use serde::{Deserialize, Serialize};

/// The operators whose nodes keep state between batches: updateStateByKey's keyed state,
/// and the windowed reductions' window contents (shown in the playground's state view).
pub const STATEFUL_OPS: &[&str] = &[
    "updateStateByKey",
    "reduceByKeyAndWindow",
    "countByValueAndWindow",
    "reduceByWindow",
    "countByWindow",
    "groupByKeyAndWindow",
];

/// The graph's visible nodes, in creation order (parents before children).
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields))]
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct GraphDescription {
    pub nodes: Vec<NodeDescription>,
}

/// One DStream of the program.
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct NodeDescription {
    /// `"n3"`: stable for a program (the node's index in the core graph).
    pub id: String,
    /// The PySpark method that made it (`queueStream`, `reduceByKeyAndWindow`, ...).
    pub op: String,
    pub parents: Vec<String>,
    /// The module-level variable it was assigned to, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// A window's length (windowed operators only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub window_seconds: Option<f64>,
    /// The interval between the node's batches (the batch interval unless windowed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slide_seconds: Option<f64>,
    pub stateful: bool,
    /// An output operation (pprint, foreachRDD, saveAsTextFiles) reads it.
    pub output: bool,
    /// The program line of the call that made it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line: Option<u32>,
}

/// What a front end knows about a node beyond its kind.
#[derive(Clone, Debug, Default)]
pub(super) struct NodeMeta {
    pub(super) op: Option<String>,
    pub(super) parents: Option<Vec<StreamId>>,
    pub(super) hidden: bool,
    pub(super) name: Option<String>,
    pub(super) line: Option<u32>,
    pub(super) window_ms: Option<i64>,
    pub(super) stateful: bool,
    /// The node holding the call's state (a `State` or `ReducedWindow` internal), if any.
    pub(super) state_node: Option<StreamId>,
}

/// The node id the description and recorders use.
pub fn node_key(id: StreamId) -> String {
    format!("n{}", id.0)
}

impl Graph {
    /// Records that `result` is what the call `op` made, from `parents` (the DStreams it was
    /// called on or given), at program line `line`. Nodes from `first_new` up to `result`
    /// were made by the same call: they become its hidden internals, and their window and
    /// state count as the call's.
    pub fn annotate(
        &mut self,
        first_new: usize,
        result: StreamId,
        op: &str,
        parents: Vec<StreamId>,
        line: Option<u32>,
    ) {
        if result.0 >= self.nodes.len() || first_new > result.0 {
            return;
        }
        let mut window_ms = None;
        let mut state_node = None;
        for i in first_new..=result.0 {
            match &self.nodes[i].kind {
                Kind::Window { window_ms: w, .. } | Kind::ReducedWindow { window_ms: w, .. } => {
                    window_ms = window_ms.max(Some(*w));
                }
                _ => {}
            }
            if matches!(
                self.nodes[i].kind,
                Kind::State { .. } | Kind::ReducedWindow { .. }
            ) {
                state_node = Some(StreamId(i));
            }
            if i < result.0 {
                self.nodes[i].meta.hidden = true;
            }
        }
        let stateful = STATEFUL_OPS.contains(&op);
        let meta = &mut self.nodes[result.0].meta;
        meta.op = Some(op.to_string());
        meta.parents = Some(parents);
        meta.line = line;
        meta.window_ms = window_ms;
        meta.stateful = stateful;
        meta.state_node = state_node.or(stateful.then_some(result));
    }

    /// Names a node after the program variable holding it.
    pub fn name_stream(&mut self, id: StreamId, name: &str) {
        if let Some(n) = self.nodes.get_mut(id.0) {
            n.meta.name.get_or_insert_with(|| name.to_string());
        }
    }

    /// The streams a description shows (every node a front end did not hide).
    pub fn visible_streams(&self) -> Vec<StreamId> {
        (0..self.nodes.len())
            .filter(|i| !self.nodes[*i].meta.hidden)
            .map(StreamId)
            .collect()
    }

    /// The stateful streams of the description, each with the node holding its state.
    pub fn stateful_streams(&self) -> Vec<(StreamId, StreamId)> {
        self.visible_streams()
            .into_iter()
            .filter_map(|id| {
                let meta = &self.nodes[id.0].meta;
                let own = matches!(self.nodes[id.0].kind, Kind::State { .. });
                let holder = meta.state_node.or(own.then_some(id))?;
                Some((id, holder))
            })
            .collect()
    }

    /// The operator a description shows for a node.
    pub fn op_name(&self, id: StreamId) -> &str {
        let n = &self.nodes[id.0];
        n.meta.op.as_deref().unwrap_or(&n.name)
    }

    /// The graph as data.
    pub fn describe(&self) -> GraphDescription {
        let outputs = self.output_streams();
        let nodes = self
            .visible_streams()
            .into_iter()
            .map(|id| self.describe_node(id, outputs.contains(&id)))
            .collect();
        GraphDescription { nodes }
    }

    fn describe_node(&self, id: StreamId, output: bool) -> NodeDescription {
        let n = &self.nodes[id.0];
        let parents = n.meta.parents.clone().unwrap_or_else(|| n.kind.parents());
        let window_ms = n.meta.window_ms.or(match n.kind {
            Kind::Window { window_ms, .. } | Kind::ReducedWindow { window_ms, .. } => {
                Some(window_ms)
            }
            _ => None,
        });
        NodeDescription {
            id: node_key(id),
            op: self.op_name(id).to_string(),
            parents: parents.into_iter().map(node_key).collect(),
            name: n.meta.name.clone(),
            window_seconds: window_ms.map(seconds),
            slide_seconds: Some(seconds(n.slide_ms)),
            stateful: n.meta.stateful || matches!(n.kind, Kind::State { .. }),
            output,
            line: n.meta.line,
        }
    }
}

fn seconds(ms: i64) -> f64 {
    ms as f64 / 1000.0
}
