//! How each DStream is described to the JVM model ([`crate::stream_lineage`]): the
//! DStream methods' side of `toDebugString()` and `id()` of batch RDDs.

use super::{stream_id, DStream};
use crate::rdd_lineage::Lineage;
use crate::stream_lineage::{Op, Pair, Shape};
use runnel_core::stream::{Graph, StreamId};
use runnel_core::time::Time;
use runnel_core::value::Shared;
use runnel_core::{Result, Value};
use std::rc::Rc;

impl DStream {
    /// `v`: this DStream's `method` (`cogroup` or a join) with `other` into `n` partitions,
    /// a `transformWith` of PySpark's RDD method.
    pub(super) fn paired(
        &self,
        v: &Value,
        other: StreamId,
        method: &'static str,
        n: Option<usize>,
    ) {
        if let Some(id) = stream_id(v) {
            let parts = n.unwrap_or(self.ctx.env.default_parallelism());
            let op = Pair::Cogroup { method, parts };
            self.ctx.mirror.two(id, [self.id, other], op);
        }
    }

    /// `v`, a new DStream made from this one by PySpark's RDD steps `ops`, described to
    /// the JVM model ([`crate::stream_lineage`]).
    pub(super) fn with_ops(&self, v: Result<Value>, ops: Vec<Op>) -> Result<Value> {
        let v = v?;
        if let Some(id) = stream_id(&v) {
            self.ctx.mirror.transformed(id, self.id, ops);
        }
        Ok(v)
    }

    /// `v`, a new DStream the JVM model does not follow (`op`).
    pub(super) fn unmodelled(&self, v: Result<Value>, op: &'static str) -> Result<Value> {
        let v = v?;
        if let Some(id) = stream_id(&v) {
            self.ctx.mirror.unmodelled(id, op);
        }
        Ok(v)
    }

    /// `id`: Spark's `WindowedDStream` of `parent` (`op`), when the model follows it: over
    /// a DStream with the batch interval.
    pub(super) fn windowed(&self, id: StreamId, parent: StreamId, window_ms: i64) {
        let step_ms = self.ctx.graph.borrow().slide_ms(self.id);
        let mirror = &self.ctx.mirror;
        mirror.window(&self.ctx.env, id, parent, (window_ms, step_ms));
    }

    /// PySpark's `reduceByKeyAndWindow` without an inverse function:
    /// `reduced.window(w, s).reduceByKey(func, n)`, then `after`, as stream `id`.
    pub(super) fn reduced_window(
        &self,
        id: StreamId,
        reduced: StreamId,
        w: i64,
        n: Option<usize>,
        after: Vec<Op>,
    ) {
        let mirror = &self.ctx.mirror;
        let window = mirror.hidden_id();
        self.windowed(window, reduced, w);
        let mut ops = vec![self.shuffle(n, true)];
        ops.extend(after);
        mirror.transformed(id, window, ops);
    }

    /// `v`, this DStream's `updateStateByKey` into `n` partitions from `initial` (`Some(None)`:
    /// an RDD Runnel does not trace): modelled when this DStream has the batch interval.
    pub(super) fn modelled_state(
        &self,
        v: &Value,
        n: Option<usize>,
        initial: Option<Option<Rc<Lineage>>>,
    ) {
        let Some(id) = stream_id(v) else { return };
        let batch_ms = self.ctx.graph.borrow().config.batch_ms;
        let (Some(initial), true) = (
            initial.map_or(Some(None), |i| i.map(Some)),
            self.ctx.graph.borrow().slide_ms(self.id) == batch_ms,
        ) else {
            return;
        };
        let parts = n.unwrap_or(self.ctx.env.default_parallelism());
        let mirror = &self.ctx.mirror;
        mirror.state(&self.ctx.env, id, self.id, parts, initial);
    }

    /// Stream `id`: PySpark's `PythonReducedWindowedDStream` of the reduced batches of this
    /// DStream (`reduced`, in the model) over `w` ms sliding by `sl` (or this DStream's
    /// slide) into `n` partitions, its records those of the core's stream `rows`
    /// (`keyed`: each record `(1, row)`; a `filterFunc` is one more pipelined step); a
    /// windowed DStream's batches are sliced at its own slide.
    pub(super) fn inverse_window(
        &self,
        id: StreamId,
        (reduced, rows): (StreamId, StreamId),
        (w, sl): (i64, Option<i64>),
        n: Option<usize>,
        keyed: bool,
    ) {
        let mirror = &self.ctx.mirror;
        let parent_slide_ms = self.ctx.graph.borrow().slide_ms(self.id);
        let shape = Shape {
            window_ms: w,
            slide_ms: sl.unwrap_or(parent_slide_ms),
            parent_slide_ms,
            parts: n.unwrap_or(self.ctx.env.default_parallelism()),
            keyed,
        };
        mirror.reduced_window(id, reduced, rows, shape);
    }

    /// `v`: `reduceByWindow` with an inverse function after PySpark's `steps` (for
    /// `countByWindow`, its `map`): `map((1, x))`, `reduceByKeyAndWindow(f, inv, w, s, 1)`,
    /// then `map(kv[1])`.
    pub(super) fn keyed_inverse_window(&self, v: &Value, mut steps: Vec<Op>, w: i64, sl: i64) {
        let Some(id) = stream_id(v) else { return };
        let mirror = &self.ctx.mirror;
        let reduced = mirror.hidden_id();
        steps.extend([Op::Step, self.shuffle(Some(1), true)]);
        mirror.transformed(reduced, self.id, steps);
        let window = mirror.hidden_id();
        self.inverse_window(window, (reduced, id), (w, Some(sl)), Some(1), true);
        mirror.transformed(id, window, vec![Op::Step]);
    }

    /// `v`: `countByValueAndWindow` (`map((x, 1))`, `reduceByKeyAndWindow(add, sub, w, s,
    /// n)`, then a filter of the positive counts). The window's persisted records are the
    /// core's counts before that filter (a window of 5 slides or more is updated by the
    /// inverse, and keeps the keys whose count fell to zero).
    pub(super) fn counted_window(&self, v: &Value, (w, sl): (i64, Option<i64>), n: Option<usize>) {
        let Some(id) = stream_id(v) else { return };
        let Some(counts) = self.ctx.graph.borrow().parents(id).first().copied() else {
            return;
        };
        let mirror = &self.ctx.mirror;
        let reduced = mirror.hidden_id();
        mirror.transformed(reduced, self.id, vec![Op::Step, self.shuffle(n, true)]);
        let window = mirror.hidden_id();
        self.inverse_window(window, (reduced, counts), (w, sl), n, false);
        mirror.transformed(id, window, vec![Op::KeepingStep]);
    }

    /// A shuffle into `n` partitions (the default parallelism when not given), then a
    /// Python step unless `partitionBy` alone.
    pub(super) fn shuffle(&self, n: Option<usize>, then_python: bool) -> Op {
        let parts = n.unwrap_or(self.ctx.env.default_parallelism());
        Op::Shuffle { parts, then_python }
    }

    /// The output just registered reads this stream: the JVM model computes its batch
    /// when the core generates it.
    pub(super) fn model_output(&self, g: &mut Graph) {
        let (env, mirror, id) = (self.ctx.env.clone(), self.ctx.mirror.clone(), self.id);
        mirror.output(id, None);
        g.on_generated(Shared::new(move |t: Time, g: &Graph| {
            mirror.note_receivers(g, t.0);
            mirror.generated(&env, id, t.0);
            Ok(())
        }));
    }
}
