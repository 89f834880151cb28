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

/// What one batch did, for `lastProgress` and `--json`.
#[derive(Clone, Debug)]
pub struct Progress {
    pub batch_id: i64,
    pub num_input_rows: usize,
    pub rows: Vec<Row>,
    /// The watermark the batch ran with (ms), when the query has one.
    pub watermark_ms: Option<i64>,
    /// Rows kept in state after the batch.
    pub state_rows: usize,
}

pub struct Query {
    pub plan: Plan,
    pub mode: OutputMode,
    sink: Box<dyn Sink>,
    sources: Vec<(usize, Box<dyn Source>)>,
    state: HashMap<usize, OpState>,
    pub batch_id: i64,
    /// Watermarks in ms: the global one, the one the previous batch ran with, and each
    /// watermark operator's.
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
        let mut delays_ms = HashMap::new();
        let mut stateful = false;
        plan.walk(&mut |p| match &p.node {
            Node::Watermark(_, _, delay) => {
                delays_ms.insert(p.id, delay / 1000);
            }
            Node::Aggregate(..) | Node::Dedup(..) => stateful = true,
            Node::Join { left, right, .. } if left.streaming && right.streaming => stateful = true,
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
            max_event: HashMap::new(),
            streaming: true,
        };
        let rows = exec::run(&self.plan, &mut ctx)?;
        let max_event = std::mem::take(&mut ctx.max_event);
        let state_rows = self
            .state
            .values()
            .map(|s| match s {
                OpState::Agg(g) => g.len(),
                OpState::Dedup(d) => d.len(),
                OpState::Join(a, b) => a.len() + b.len(),
            })
            .sum();
        self.progress.push(Progress {
            batch_id: self.batch_id,
            num_input_rows: count,
            rows: rows.clone(),
            watermark_ms: self.has_watermark.then_some(self.watermark_ms),
            state_rows,
        });
        if self.progress.len() > 100 {
            self.progress.remove(0);
        }
        self.sink
            .add_batch(self.batch_id, &self.plan.schema, rows, self.mode)?;
        self.batch_id += 1;
        self.last_evict_ms = Some(self.watermark_ms);
        self.prev_batch_wm_ms = self.watermark_ms;
        for (op, max_us) in max_event {
            let delay = self.delays_ms.get(&op).copied().unwrap_or(0);
            let wm = max_us.div_euclid(1000) - delay;
            let e = self.op_wm_ms.entry(op).or_insert(wm);
            *e = (*e).max(wm);
        }
        if let Some(min) = self.op_wm_ms.values().min() {
            self.watermark_ms = self.watermark_ms.max(*min);
        }
        Ok(())
    }

    /// Runs batches until no source has data and no data-less batch is due
    /// (`processAllAvailable`).
    pub fn process_all_available(&mut self, now_ms: i64) -> Result<()> {
        while self.step(now_ms)? {}
        Ok(())
    }

    /// The current watermark (ms), when the query has one.
    pub fn watermark_ms(&self) -> Option<i64> {
        self.has_watermark.then_some(self.watermark_ms)
    }
}
