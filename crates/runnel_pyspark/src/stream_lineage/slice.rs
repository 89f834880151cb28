//! `DStream.slice(begin, end)` in the model: the JVM DStream's `slice` returns its
//! remembered batch RDDs (computing, as `getOrCompute` does, those it has not), and
//! PySpark wraps each as `RDD(jrdd, ctx, deserializer)`.

use super::{Kind, Mirror};
use crate::rdd_lineage::Lineage;
use crate::session::Env;
use runnel_core::stream::StreamId;
use std::rc::Rc;

impl Mirror {
    /// `ssc.remember(ms)`: every DStream keeps its batches of the last `ms`.
    pub(crate) fn remember(&self, ms: i64) {
        self.memory_ms.set(self.memory_ms.get().max(ms));
    }

    /// The RDDs `slice` hands the program for stream `id`'s batches at `times`, or why
    /// the model cannot tell.
    pub(crate) fn sliced(
        &self,
        env: &Env,
        id: StreamId,
        times: &[i64],
    ) -> Result<Vec<Rc<Lineage>>, &'static str> {
        if let Some(why) = self.unmodelled.get() {
            return Err(why);
        }
        let pipelined_away = matches!(
            self.streams.borrow().get(&id).map(|s| &s.kind),
            Some(Kind::Transformed { .. })
        ) && !self.batches.borrow().any_key(|(s, _)| *s == id);
        if pipelined_away {
            // No output made its JVM DStream, and Spark refuses to make one once started.
            return Err("slice of a DStream whose steps PySpark pipelines into another");
        }
        let mut out = Vec::with_capacity(times.len());
        for &t in times {
            match self.batch(env, id, t) {
                Ok(b) => out.push(Rc::new(b.wrapped(env, self.ser(id)))),
                Err(why) => {
                    self.give_up(why);
                    return Err(why);
                }
            }
        }
        Ok(out)
    }
}
