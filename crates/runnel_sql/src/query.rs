//! A streaming query: Spark's `MicroBatchExecution`. Each batch takes the sources' new
//! data, runs the plan against the operators' state, hands the rows to the sink, then
//! moves the watermark (`WatermarkTracker`: each operator's max event time minus its
//! delay, the minimum over operators, never moving back). A batch without data runs when
//! the new watermark would evict state in append or update mode.

use crate::agg::OutputMode;
use crate::datum::Row;
use crate::exec::{self, BatchCtx, OpState};
use crate::expr::EvalCtx;
use crate::plan::{Node, Plan};
use crate::types::Schema;
use runnel_core::Result;
use std::collections::HashMap;

/// A streaming source's data, batch by batch.
pub trait Source {
    /// The rows of the next batch; `None` when there is nothing new.
    fn next_batch(&mut self, now_ms: i64) -> Result<Option<Vec<Row>>>;
    /// Drops the per-batch limit (`Trigger.Once` takes everything in one batch).
    fn unlimit(&mut self) {}
    /// The query starts (a rate source counts its time from here).
    fn start(&mut self, _now_ms: i64) {}
    /// Under a continuous trigger: the rows that arrived by the end of an epoch.
    fn next_epoch(&mut self, end_ms: i64) -> Result<Vec<Row>> {
        Ok(self.next_batch(end_ms)?.unwrap_or_default())
    }
}

/// Where a query's batches go.
pub trait Sink {
    fn add_batch(
        &mut self,
        batch_id: i64,
        schema: &Schema,
        rows: Vec<Row>,
        mode: OutputMode,
    ) -> Result<()>;
}

/// One micro-batch as the CLI's `--json` shows it (the playground draws event-time
/// windows, the watermark line and the state from it).
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields))]
pub struct BatchRecord {
    pub batch_id: i64,
    /// The clock's time when the batch ran (ms).
    pub time_ms: i64,
    pub input_rows: usize,
    pub columns: Vec<String>,
    /// The rows the sink got, each cell as `show()` prints it.
    pub rows: Vec<Vec<String>>,
    /// The watermark the batch ran with (ms), when the query has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub watermark_ms: Option<i64>,
    /// The watermark after the batch (what the next batch runs with).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_watermark_ms: Option<i64>,
    /// The stateful operators' rows after the batch: groups (keys then aggregates),
    /// deduplication keys, buffered join rows; at most 1000.
    pub state: Vec<Vec<String>>,
    /// The event times the watermark operator saw in this batch (ms), at most 1000.
    #[serde(default)]
    pub event_times_ms: Vec<i64>,
    /// For each input row dropped as late (its event-time key at or below the watermark
    /// the batch ran with), that key as `show()` prints it: a window `{start, end}` or a
    /// timestamp; at most 1000.
    #[serde(default)]
    pub late: Vec<String>,
}

/// What one batch did, for `lastProgress` and `--json`.
#[derive(Clone, Debug)]
pub struct Progress {
    pub batch_id: i64,
    pub num_input_rows: usize,
    /// Rows the sink got.
    pub num_output_rows: usize,
    /// The watermark the batch ran with (ms), when the query has one.
    pub watermark_ms: Option<i64>,
    /// Each stateful operator's name and rows in state after the batch, in the order of
    /// Spark's `stateOperators` (the plan top-down).
    pub state_ops: Vec<(&'static str, usize)>,
}

pub struct Query {
    pub plan: Plan,
    pub mode: OutputMode,
    sink: Box<dyn Sink>,
    sources: Vec<(usize, Box<dyn Source>)>,
    state: HashMap<usize, OpState>,
    pub batch_id: i64,
    /// Watermarks in ms: the global one, the one the previous batch ran with, and each
    /// watermark operator's (by its occurrence in the plan).
    watermark_ms: i64,
    prev_batch_wm_ms: i64,
    op_wm_ms: HashMap<usize, i64>,
    delays_ms: HashMap<usize, i64>,
    has_watermark: bool,
    stateful: bool,
    /// The watermark the last batch evicted with, to know whether a new one would evict
    /// more (`shouldRunAnotherBatch`).
    last_evict_ms: Option<i64>,
    pub tz_offset_ms: i64,
    pub shuffle_partitions: usize,
    pub progress: Vec<Progress>,
    /// Every batch's record, when the host asked for them ([`Query::record`]).
    pub records: Option<Vec<BatchRecord>>,
}

impl Query {
    pub fn new(
        plan: Plan,
        mode: OutputMode,
        sink: Box<dyn Sink>,
        sources: Vec<(usize, Box<dyn Source>)>,
        tz_offset_ms: i64,
        shuffle_partitions: usize,
    ) -> Result<Query> {
        crate::checks::check_streaming(&plan, mode)?;
        let plan = crate::optimize::push_filters_below_watermarks(&plan);
        let mut delays_ms = HashMap::new();
        let mut stateful = false;
        plan.walk(&mut |p| match &p.node {
            Node::Watermark(_, _, delay) => {
                delays_ms.insert(p.id, delay / 1000);
            }
            Node::Aggregate(..) | Node::Dedup(..) => stateful = true,
            Node::Join {
                left,
                right,
                on,
                using,
                ..
            } if left.streaming && right.streaming => {
                stateful |= crate::join_analysis::ages_out(left, right, on, using)
            }
            _ => {}
        });
        Ok(Query {
            plan,
            mode,
            sink,
            sources,
            state: HashMap::new(),
            batch_id: 0,
            watermark_ms: 0,
            prev_batch_wm_ms: 0,
            op_wm_ms: HashMap::new(),
            has_watermark: !delays_ms.is_empty(),
            delays_ms,
            stateful,
            last_evict_ms: None,
            tz_offset_ms,
            shuffle_partitions,
            progress: Vec::new(),
            records: None,
        })
    }

    /// Runs the next batch if there is data, or a data-less one if the watermark moved
    /// past what the state was evicted with. Returns whether a batch ran.
    pub fn step(&mut self, now_ms: i64) -> Result<bool> {
        let mut inputs = HashMap::new();
        let mut has_data = false;
        let mut count = 0;
        for (id, src) in &mut self.sources {
            if let Some(rows) = src.next_batch(now_ms)? {
                has_data = true;
                count += rows.len();
                inputs.insert(*id, rows);
            }
        }
        let no_data_batch = self.has_watermark
            && self.stateful
            && self.mode != OutputMode::Complete
            && self.last_evict_ms.is_some_and(|e| self.watermark_ms > e);
        if !has_data && !no_data_batch {
            return Ok(false);
        }
        self.run_batch(&inputs, count, now_ms)?;
        Ok(true)
    }

    fn run_batch(
        &mut self,
        inputs: &HashMap<usize, Vec<Row>>,
        count: usize,
        now_ms: i64,
    ) -> Result<()> {
        let (late, evict) = if self.has_watermark {
            (
                Some(self.prev_batch_wm_ms * 1000),
                Some(self.watermark_ms * 1000),
            )
        } else {
            (None, None)
        };
        let mut ctx = BatchCtx {
            inputs,
            state: &mut self.state,
            late_wm: late,
            evict_wm: evict,
            mode: self.mode,
            eval: EvalCtx {
                tz_offset_ms: self.tz_offset_ms,
                now_us: now_ms * 1000,
            },
            shuffle_partitions: self.shuffle_partitions,
            max_event: Vec::new(),
            streaming: true,
            observed: self.records.is_some().then(exec::Observed::default),
        };
        crate::random::reset();
        let rows = exec::run(&self.plan, &mut ctx)?;
        let max_event = std::mem::take(&mut ctx.max_event);
        let observed = ctx.observed.take().unwrap_or_default();
        let state_ops = self.state_operators();
        self.progress.push(Progress {
            batch_id: self.batch_id,
            num_input_rows: count,
            num_output_rows: rows.len(),
            watermark_ms: self.has_watermark.then_some(self.watermark_ms),
            state_ops,
        });
        if self.progress.len() > 100 {
            self.progress.remove(0);
        }
        let ran_with = self.watermark_ms;
        let record = self.records.is_some().then(|| BatchRecord {
            batch_id: self.batch_id,
            time_ms: now_ms,
            input_rows: count,
            columns: self.plan.schema.names(),
            rows: rows
                .iter()
                .map(|r| r.iter().map(|d| d.pretty(self.tz_offset_ms)).collect())
                .collect(),
            watermark_ms: self.has_watermark.then_some(ran_with),
            next_watermark_ms: None,
            state: state_rows_text(&self.state, self.tz_offset_ms),
            event_times_ms: observed.event_times_ms,
            late: observed.late,
        });
        self.sink
            .add_batch(self.batch_id, &self.plan.schema, rows, self.mode)?;
        self.batch_id += 1;
        self.last_evict_ms = Some(self.watermark_ms);
        self.prev_batch_wm_ms = self.watermark_ms;
        // Each occurrence of a watermark operator counts on its own (`WatermarkTracker`
        // keys them by their place in the physical plan), once it has seen data.
        for (occurrence, (op, max_us)) in max_event.into_iter().enumerate() {
            let Some(max_us) = max_us else { continue };
            let delay = self.delays_ms.get(&op).copied().unwrap_or(0);
            let wm = max_us.div_euclid(1000) - delay;
            let e = self.op_wm_ms.entry(occurrence).or_insert(wm);
            *e = (*e).max(wm);
        }
        if let Some(min) = self.op_wm_ms.values().min() {
            self.watermark_ms = self.watermark_ms.max(*min);
        }
        if let (Some(records), Some(mut r)) = (self.records.as_mut(), record) {
            r.next_watermark_ms = self.has_watermark.then_some(self.watermark_ms);
            records.push(r);
        }
        Ok(())
    }

    /// The stateful operators, top-down, with Spark's short names and their state's rows
    /// (`numRowsTotal`: groups, keys, a join's buffered rows of both sides).
    fn state_operators(&self) -> Vec<(&'static str, usize)> {
        let mut ops = Vec::new();
        self.plan.walk(&mut |p| {
            let name = match &p.node {
                Node::Aggregate(_, keys, _) if p.streaming => {
                    let session = keys
                        .iter()
                        .any(|k| matches!(k.unaliased(), crate::expr::Expr::Session { .. }));
                    if session {
                        "sessionWindowStateStoreSaveExec"
                    } else {
                        "stateStoreSave"
                    }
                }
                Node::Dedup(..) if p.streaming => "dedupe",
                Node::Join { left, right, .. } if left.streaming && right.streaming => {
                    "symmetricHashJoin"
                }
                _ => return,
            };
            let rows = match self.state.get(&p.id) {
                Some(OpState::Agg(g, _)) => g.len(),
                Some(OpState::Dedup(d)) => d.len(),
                Some(OpState::Join(j)) => j.left.len() + j.right.len(),
                None => 0,
            };
            ops.push((name, rows));
        });
        ops
    }

    /// Keeps a [`BatchRecord`] of every batch from now on.
    pub fn record(&mut self) {
        self.records.get_or_insert_with(Vec::new);
    }

    /// The records kept since the last call.
    pub fn take_records(&mut self) -> Vec<BatchRecord> {
        self.records
            .as_mut()
            .map(std::mem::take)
            .unwrap_or_default()
    }

    /// The sources start at `now_ms`.
    pub fn start(&mut self, now_ms: i64) {
        for (_, s) in &mut self.sources {
            s.start(now_ms);
        }
    }

    /// Commits one epoch of a continuous query (`ContinuousExecution`): the rows each
    /// source made by `end_ms`, through the (map-like) plan, to the sink, with or
    /// without rows.
    pub fn run_epoch(&mut self, end_ms: i64) -> Result<()> {
        let mut inputs = HashMap::new();
        let mut count = 0;
        for (id, src) in &mut self.sources {
            let rows = src.next_epoch(end_ms)?;
            count += rows.len();
            inputs.insert(*id, rows);
        }
        self.run_batch(&inputs, count, end_ms)
    }

    /// Runs batches until no source has data and no data-less batch is due
    /// (`processAllAvailable`).
    pub fn process_all_available(&mut self, now_ms: i64) -> Result<()> {
        while self.step(now_ms)? {}
        Ok(())
    }

    /// Lets every source give all it has in the next batch.
    pub fn unlimit_sources(&mut self) {
        for (_, s) in &mut self.sources {
            s.unlimit();
        }
    }

    /// The current watermark (ms), when the query has one.
    pub fn watermark_ms(&self) -> Option<i64> {
        self.has_watermark.then_some(self.watermark_ms)
    }
}

/// The state's rows as text, at most 1000.
fn state_rows_text(state: &HashMap<usize, OpState>, tz: i64) -> Vec<Vec<String>> {
    let text = |row: &[crate::datum::Datum]| row.iter().map(|d| d.pretty(tz)).collect::<Vec<_>>();
    let mut out = Vec::new();
    let mut ids: Vec<&usize> = state.keys().collect();
    ids.sort();
    for id in ids {
        match &state[id] {
            OpState::Agg(groups, _) => {
                for (k, accs) in groups.iter() {
                    let mut row = text(&k.0);
                    row.extend(text(&accs.raw_results()));
                    out.push(row);
                }
            }
            OpState::Dedup(keys) => out.extend(keys.keys().map(|k| text(&k.0))),
            OpState::Join(j) => {
                out.extend(j.left.rows().chain(j.right.rows()).map(|row| text(row)))
            }
        }
        if out.len() >= 1000 {
            out.truncate(1000);
            break;
        }
    }
    out
}
