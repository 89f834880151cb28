//! `reduceByKeyAndWindow` with an inverse function (and `reduceByWindow`, `countByWindow`
//! over it): PySpark's `PythonReducedWindowedDStream` over the batches reduced by key.
//! A window shorter than 5 slides (or the first) is reduced whole: `reduceFunc(None,
//! union of the window's batches)`. A longer one is the previous window's RDD with the
//! batches that left it taken out (`invReduceFunc`: a `leftOuterJoin`) and those that
//! came in added (`reduceFunc`: a `union`, reduced again). Spark persists each result
//! `MEMORY_ONLY` and checkpoints it every `ceil(10 s / slide)` slides (see
//! [`crate::rdd_cache`]).

use super::batches::Made;
use super::{Kind, Mirror};
use crate::rdd_cache::MEMORY_ONLY;
use crate::rdd_lineage::{Lineage, Ser};
use crate::session::Env;
use crate::stored_size::Stored;
use runnel_core::stream::StreamId;
use std::rc::Rc;

/// The DStream's creation site, where the JVM makes its RDDs until PySpark's first
/// shuffle call resets it.
const REDUCED: &str = "PythonReducedWindowedDStream at NativeConstructorAccessorImpl.java:0";

/// Where Scala's `compute` unions the batches that came in, once PySpark has reset the
/// call site (the frame of `sc.union`'s caller, Spark 3.5.9's PythonDStream.scala).
const NEW_UNION: &str = "union at PythonDStream.scala:365";

/// A reduced window's shape.
#[derive(Clone, Copy)]
pub(crate) struct Shape {
    pub(crate) window_ms: i64,
    pub(crate) slide_ms: i64,
    pub(crate) parts: usize,
    /// Its records are the core stream's, each as `(1, record)` (`reduceByWindow`).
    pub(crate) keyed: bool,
}

impl Mirror {
    /// Stream `id`: the reduced window of `parent` (its batches reduced by key), whose
    /// records are those of the core's stream `rows`.
    pub(crate) fn reduced_window(
        &self,
        id: StreamId,
        parent: StreamId,
        rows: StreamId,
        shape: Shape,
    ) {
        let memory = shape.window_ms + shape.slide_ms;
        self.memory_ms.set(self.memory_ms.get().max(memory));
        self.add(
            id,
            Kind::ReducedWindow {
                parent,
                rows,
                shape,
            },
            Ser::Context,
        );
    }

    pub(super) fn reduced_window_batch(
        &self,
        env: &Env,
        (id, parent, rows, shape): (StreamId, StreamId, StreamId, Shape),
        t: i64,
    ) -> Made<Rc<Lineage>> {
        let (window, slide) = (shape.window_ms, shape.slide_ms);
        let previous = if t - slide > self.zero_ms.get() {
            Some(self.batch(env, id, t - slide)?)
        } else {
            None
        };
        env.sites.current.set(Some(REDUCED));
        let ser = self.ser(parent);
        let result = match previous {
            Some(previous) if window >= 5 * slide => {
                let old = self.window_batches(env, parent, (t - slide - window, t - window))?;
                let subtracted = if old.is_empty() {
                    previous
                } else {
                    let union = Lineage::union_all(env, &old, site(env), ser);
                    let a = previous.wrapped(env, ser);
                    let b = union.shuffle(env, "call", "", shape.parts, true);
                    let joined = a.cogrouped(env, &b, ("call", ""), shape.parts);
                    Rc::new(joined.then_keeping_step().wrapped(env, Ser::Context))
                };
                let new = self.window_batches(env, parent, (t - slide, t))?;
                if new.is_empty() {
                    subtracted
                } else {
                    let union = Lineage::union_all(env, &new, site(env), ser);
                    let a = subtracted.wrapped(env, ser);
                    let b = union.shuffle(env, "call", "", shape.parts, true);
                    let both = a.union(env, &b);
                    let r = both.shuffle(env, "call", "", shape.parts, true);
                    Rc::new(r.then_keeping_step().wrapped(env, Ser::Context))
                }
            }
            _ => {
                let all = self.window_batches(env, parent, (t - window, t))?;
                if all.is_empty() {
                    return Err("a window of no batches");
                }
                let union = Lineage::union_all(env, &all, site(env), ser);
                let r = union.shuffle(env, "call", "", shape.parts, true);
                Rc::new(r.then_keeping_step().wrapped(env, Ser::Context))
            }
        };
        let node = result.jvm_node(env);
        if node.level().is_empty() {
            let slide = slide.max(1);
            let every = slide * ((10_000 + slide - 1) / slide);
            node.persist(MEMORY_ONLY, (t - self.zero_ms.get()) % every == 0);
            self.unfilled.borrow_mut().push((
                rows,
                node.clone(),
                if shape.keyed {
                    Stored::KeyedPickled
                } else {
                    Stored::Pickled
                },
            ));
        }
        Ok(Rc::new(Lineage::Jvm(node, Ser::Context)))
    }

    /// `parent.slice(from + batch, to)`: its batches after `from` up to `to` (after the
    /// zero time).
    fn window_batches(
        &self,
        env: &Env,
        parent: StreamId,
        (from, to): (i64, i64),
    ) -> Made<Vec<Rc<Lineage>>> {
        let batch_ms = self.batch_ms.get();
        let mut rdds = Vec::new();
        let mut at = from + batch_ms;
        while at <= to {
            if at > self.zero_ms.get() {
                rdds.push(self.batch(env, parent, at)?);
            }
            at += batch_ms;
        }
        Ok(rdds)
    }
}

/// The site `sc.union` takes: the DStream's, or once PySpark has reset it, the frame of
/// Scala's `compute`.
fn site(env: &Env) -> String {
    env.sites.current.get().unwrap_or(NEW_UNION).to_string()
}
