//! `updateStateByKey`'s batches: PySpark's `PythonStateDStream` runs the Python
//! `reduceFunc` over the previous state (or the initial RDD) and the parent's batch:
//! `groupByKey` of the batch at first, then the state's `cogroup` with the batch
//! partitioned alike, the update and a filter (one `PythonRDD`). Spark persists each state
//! `MEMORY_ONLY` and checkpoints it every `ceil(10 s / batch)` batches (see
//! [`crate::rdd_cache`]).

use super::batches::Made;
use super::{Kind, Mirror};
use crate::rdd_cache::MEMORY_ONLY;
use crate::rdd_lineage::{Lineage, Ser};
use crate::session::Env;
use crate::stored_size::Stored;
use runnel_core::stream::{Graph, StreamId};
use runnel_core::time::Time;
use std::rc::Rc;

/// The state DStream's creation site, where its RDDs are made until PySpark's first
/// shuffle call resets it.
const STATE: &str = "PythonStateDStream at NativeConstructorAccessorImpl.java:0";

impl Mirror {
    /// `updateStateByKey` of `parent` into `parts` partitions, from `initial` (its JVM RDD
    /// made, reserialized as the parent's batches, as PySpark does when called).
    pub(crate) fn state(
        &self,
        env: &Env,
        id: StreamId,
        parent: StreamId,
        parts: usize,
        initial: Option<Rc<Lineage>>,
    ) {
        let ser = self.ser(parent);
        let initial = initial.map(|i| {
            let i = if i.ser() == ser {
                (*i).clone()
            } else {
                i.then_keeping_step()
            };
            Rc::new(i.wrapped(env, ser))
        });
        let kind = Kind::State {
            parent,
            parts,
            initial,
        };
        self.add(id, kind, Ser::Context);
    }

    /// The state's batch at `t`: `reduceFunc(t, last state or initial, parent's batch)`.
    pub(super) fn state_batch(
        &self,
        env: &Env,
        (id, parent, parts, initial): (StreamId, StreamId, usize, Option<Rc<Lineage>>),
        t: i64,
    ) -> Made<Rc<Lineage>> {
        let (zero, batch_ms) = (self.zero_ms.get(), self.batch_ms.get());
        let last = if t - batch_ms > zero {
            Some(self.batch(env, id, t - batch_ms)?)
        } else {
            None
        };
        let batch = self.batch(env, parent, t)?;
        env.sites.current.set(Some(STATE));
        let batch = batch.wrapped(env, self.ser(parent));
        let grouped = match last.or(initial) {
            None => batch.shuffle(env, "call", "", parts, true),
            Some(state) => {
                let state = state.wrapped(env, Ser::Context);
                let placed = batch.shuffle(env, "call", "", parts, false);
                state.cogrouped(env, &placed, ("call", ""), parts)
            }
        };
        // The update (`mapValues`) and the filter keep the partitioning.
        let node = grouped.then_keeping_step().jvm_node(env);
        let batch = batch_ms.max(1);
        let every = batch * ((10_000 + batch - 1) / batch);
        node.persist(MEMORY_ONLY, (t - zero) % every == 0);
        self.unfilled
            .borrow_mut()
            .push((id, node.clone(), Stored::Pickled));
        Ok(Rc::new(Lineage::Jvm(node, Ser::Context)))
    }

    /// The core has generated the batch at `t`: the records of the persisted batches
    /// made (states, reduced windows), kept when `keep` (see `Sites::keep_records`).
    pub(crate) fn batch_generated(&self, graph: &Graph, t: Time, keep: bool) {
        for (id, node, stored) in self.unfilled.borrow_mut().drain(..) {
            if let Some(rows) = graph.generated(id, t).filter(|_| keep) {
                node.set_rows(rows, stored);
            }
        }
    }
}
