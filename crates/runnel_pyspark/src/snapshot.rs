//! A session's state after a batch ([`Session::snapshot`]) and its restoration into a fresh
//! session of the same program ([`Session::restore`]): the base of checkpoints.

use crate::session::Session;
use runnel_core::stream::GraphSnapshot;
use runnel_core::time::Time;
use runnel_core::{Error, Result};
use serde::{Deserialize, Serialize};

/// What a session needs to go on after the batches it ran.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SessionSnapshot {
    /// How many batches had run.
    pub batches_run: i64,
    /// The graph's state after the last of them.
    pub graph: GraphSnapshot,
}

impl Session {
    /// The state after the last batch run (the context must have started).
    pub fn snapshot(&self) -> Result<SessionSnapshot> {
        let ctx = self.active().ok_or_else(not_started)?;
        let graph = ctx.graph.borrow();
        if !graph.is_started() {
            return Err(not_started());
        }
        let k = ctx.batches_run.get();
        Ok(SessionSnapshot {
            batches_run: k,
            graph: graph.snapshot(graph.batch_time(k))?,
        })
    }

    /// Restores `snapshot` into this session, which has run the same program's module code
    /// (its context started, no batch run yet): the next batch is the one after the
    /// snapshot's.
    pub fn restore(&self, snapshot: &SessionSnapshot) -> Result<()> {
        let ctx = self.active().ok_or_else(not_started)?;
        if ctx.batches_run.get() != 0 {
            return Err(Error::value_error(
                "a snapshot is restored before the session runs any batch",
            ));
        }
        let mut graph = ctx
            .graph
            .try_borrow_mut()
            .map_err(|_| Error::new("RuntimeError", "a batch is running"))?;
        if !graph.is_started() {
            return Err(not_started());
        }
        let expected = graph.batch_time(snapshot.batches_run);
        if expected != Time(snapshot.graph.time_ms) {
            return Err(Error::value_error(format!(
                "the snapshot's batch {} ran at {} ms, this session's would run at {} ms (another batch interval?)",
                snapshot.batches_run, snapshot.graph.time_ms, expected.0
            )));
        }
        graph.restore(&snapshot.graph)?;
        ctx.batches_run.set(snapshot.batches_run);
        // A context recovered from a checkpoint runs in a new JVM, whose RDD ids start over.
        ctx.mirror.give_up("a restored checkpoint");
        Ok(())
    }
}

fn not_started() -> Error {
    Error::value_error("the streaming context has not started")
}
