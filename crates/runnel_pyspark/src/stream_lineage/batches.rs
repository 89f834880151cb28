//! The model's side of each batch: Spark's `getOrCompute` of the JVM DStreams an output,
//! a `transform` function or a `foreachRDD` job needs, making their JVM RDDs in Spark's
//! order (see the parent module).

use super::{Kind, Mirror, Op, Pair};
use crate::rdd_lineage::{take_jobs, Lineage, Ser, RUN_JOB};
use crate::session::Env;
use crate::stored_size::Stored;
use runnel_core::stream::StreamId;
use std::rc::Rc;

const TRANSFORMED: &str = "PythonTransformedDStream at NativeConstructorAccessorImpl.java:0";
const TRANSFORMED2: &str = "PythonTransformed2DStream at NativeConstructorAccessorImpl.java:0";
const QUEUE: &str = "queueStream at NativeMethodAccessorImpl.java:0";
const SOCKET: &str = "socketTextStream at NativeMethodAccessorImpl.java:0";

/// What the model made, or why it cannot tell.
pub(super) type Made<T> = Result<T, &'static str>;

impl Mirror {
    /// Starts batch `t`'s bookkeeping, forgetting the RDDs no window reads any more.
    fn at(&self, t: i64) {
        if self.time.get() != t {
            self.time.set(t);
            // A state's previous batch, at least, is read.
            let oldest = t - self.memory_ms.get().max(self.batch_ms.get());
            self.batches.borrow_mut().retain(|(_, at)| *at >= oldest);
            self.results.borrow_mut().clear();
            self.recalls.borrow_mut().clear();
        }
    }

    /// The core generated an output's batch of `id` at `t`: Spark's JVM computes it now.
    pub(crate) fn generated(&self, env: &Env, id: StreamId, t: i64) {
        if self.unmodelled.get().is_none() {
            self.at(t);
            env.sites.in_callback.set(true);
            let made = self.batch(env, id, t);
            self.or_give_up(made);
            self.callback_done(env);
        }
    }

    /// Python code of a DStream callback has returned.
    pub(crate) fn callback_done(&self, env: &Env) {
        env.sites.in_callback.set(false);
        env.sites.current.set(None);
    }

    /// What the model made, or nothing from now on if it could not follow.
    fn or_give_up<T>(&self, made: Made<T>) -> Option<T> {
        match made {
            Ok(v) => Some(v),
            Err(why) => {
                self.give_up(why);
                None
            }
        }
    }

    /// The RDD a `foreachRDD` job at `t` hands its function: `RDD(jrdd, ctx, ser)`.
    pub(crate) fn job_rdd(&self, env: &Env, id: StreamId, t: i64) -> Option<Lineage> {
        if self.unmodelled.get().is_some() {
            return None;
        }
        self.at(t);
        let made = self.batch(env, id, t);
        let node = self.or_give_up(made)?;
        // Python's `foreachRDD` runs its function with the DStream's call site unset.
        env.sites.current.set(None);
        env.sites.in_callback.set(true);
        Some(node.wrapped(env, self.ser(id)))
    }

    /// After `pprint`'s job: the JVM RDDs its `take(num + 1)` made, one per job it ran.
    pub(crate) fn pprint_ran(&self, env: &Env, id: StreamId, t: i64, sizes: &[usize], num: usize) {
        if let Some(rdd) = self.job_rdd(env, id, t) {
            for parts in take_jobs(sizes, num + 1) {
                rdd.run_job(env, Some(parts), RUN_JOB);
            }
        }
        self.callback_done(env);
    }

    /// After `saveAsTextFiles`'s job: the JVM RDDs its `rdd.saveAsTextFile` made.
    pub(crate) fn saved(&self, env: &Env, id: StreamId, t: i64) {
        if let Some(rdd) = self.job_rdd(env, id, t) {
            rdd.saved(env);
        }
        self.callback_done(env);
    }

    /// The RDDs a `transform` function of stream `id` receives at `t`, the call site set as
    /// while its JVM DStream computes.
    pub(crate) fn transform_inputs(
        &self,
        env: &Env,
        id: StreamId,
        t: i64,
    ) -> Option<Vec<Rc<Lineage>>> {
        if self.unmodelled.get().is_some() {
            return None;
        }
        self.at(t);
        let made = self.inputs(env, id, t);
        self.or_give_up(made).flatten()
    }

    fn inputs(&self, env: &Env, id: StreamId, t: i64) -> Made<Option<Vec<Rc<Lineage>>>> {
        env.sites.in_callback.set(true);
        let streams = self.streams.borrow();
        let Some(stream) = streams.get(&id) else {
            return Ok(None);
        };
        match &stream.kind {
            Kind::Transformed {
                prev, pipelined, ..
            } => {
                let (prev, pipelined) = (*prev, *pipelined);
                drop(streams);
                env.sites.current.set(Some(TRANSFORMED));
                let input = if pipelined {
                    self.value(env, prev, t)?
                } else {
                    self.batch(env, prev, t)?
                };
                Ok(Some(vec![input]))
            }
            Kind::Two { parents, .. } => {
                let parents = *parents;
                drop(streams);
                Ok(Some(self.two_inputs(env, parents, t)?))
            }
            Kind::Many { parents } => {
                let parents = parents.clone();
                drop(streams);
                let mut inputs = Vec::with_capacity(parents.len());
                for p in parents {
                    let b = self.batch(env, p, t)?;
                    inputs.push(Rc::new(b.wrapped(env, self.ser(p))));
                }
                env.sites.current.set(None);
                Ok(Some(inputs))
            }
            _ => Ok(None),
        }
    }

    /// A `transform` function of stream `id` returned `result`: for a `transformWith`, its
    /// JVM RDD is the batch (`r._jrdd`); for a `transform`, later steps may pipeline on it.
    pub(crate) fn transform_result(&self, env: &Env, id: StreamId, result: Rc<Lineage>) {
        let two = matches!(
            self.streams.borrow().get(&id).map(|s| &s.kind),
            Some(Kind::Two { .. } | Kind::Many { .. })
        );
        if two {
            let batch = Rc::new(result.wrapped(env, Ser::Context));
            self.batches
                .borrow_mut()
                .insert((id, self.time.get()), batch);
            env.sites.current.set(None);
        } else {
            let site = env.sites.current.get();
            self.results.borrow_mut().insert(id, (result, site));
        }
    }

    /// The JVM RDD of a JVM DStream's batch, computed the first time (Spark's `getOrCompute`).
    pub(super) fn batch(&self, env: &Env, id: StreamId, t: i64) -> Made<Rc<Lineage>> {
        if let Some(b) = self.batches.borrow().get(&(id, t)) {
            return Ok(b.clone());
        }
        let saved = env.sites.current.get();
        let batch = self.compute(env, id, t);
        env.sites.current.set(saved);
        let batch = batch?;
        let level = self
            .streams
            .borrow()
            .get(&id)
            .and_then(|s| s.level.borrow().clone());
        if let Some(level) = level {
            let node = batch.jvm_node(env);
            node.persist(&level, false);
            // Its records, once the core has made them (a Python step's only: a
            // queue's own batches are not modelled, and refuse their sizes).
            if node.class == "PythonRDD" {
                self.unfilled.borrow_mut().push((id, node, Stored::Pickled));
            }
        }
        self.batches.borrow_mut().insert((id, t), batch.clone());
        Ok(batch)
    }

    fn compute(&self, env: &Env, id: StreamId, t: i64) -> Made<Rc<Lineage>> {
        let streams = self.streams.borrow();
        let stream = streams.get(&id).ok_or_else(untraced)?;
        match &stream.kind {
            Kind::Queue {
                queue,
                one_at_a_time,
                default,
            } => {
                env.sites.current.set(Some(QUEUE));
                let mut queue = queue.borrow_mut();
                let ser = stream.ser;
                Ok(if queue.is_empty() {
                    default.clone()
                } else if *one_at_a_time {
                    queue.pop_front().ok_or_else(untraced)?
                } else {
                    let all: Vec<Rc<Lineage>> = queue.drain(..).collect();
                    let parts = all.iter().map(|l| l.parts()).sum();
                    let union = Lineage::jvm_rdd(env, "UnionRDD", QUEUE, parts, &all, ser);
                    Rc::new(union)
                })
            }
            Kind::Transformed { .. } => {
                drop(streams);
                env.sites.current.set(Some(TRANSFORMED));
                let value = self.value(env, id, t)?;
                Ok(Rc::new(value.wrapped(env, Ser::Context)))
            }
            Kind::Two { parents, op } => {
                let (parents, op) = (*parents, *op);
                let ser = stream.ser;
                drop(streams);
                if let Pair::User = op {
                    // The program's function made it (see `transform_result`).
                    let made = self.batches.borrow().get(&(id, t)).cloned();
                    return made.ok_or_else(untraced);
                }
                let inputs = self.two_inputs(env, parents, t)?;
                let made = match op {
                    Pair::Cogroup { method, parts } => {
                        inputs[0].cogrouped(env, &inputs[1], (method, ""), parts)
                    }
                    _ => inputs[0].union(env, &inputs[1]),
                };
                Ok(Rc::new(made.wrapped(env, ser)))
            }
            Kind::Window {
                parent,
                window_ms,
                step_ms,
                site,
            } => {
                let (parent, sizes, site) = (*parent, (*window_ms, *step_ms), site.clone());
                let ser = stream.ser;
                drop(streams);
                self.window_union(env, (parent, sizes, site), t, ser)
            }
            Kind::Union { parents, site } => {
                let (parents, site, ser) = (parents.clone(), site.clone(), stream.ser);
                drop(streams);
                let mut rdds = Vec::with_capacity(parents.len());
                for p in parents {
                    rdds.push(self.batch(env, p, t)?);
                }
                rdds.retain(|r| r.parts() > 0);
                Ok(Rc::new(Lineage::union_all(
                    env,
                    &rdds,
                    site.to_string(),
                    ser,
                )))
            }
            Kind::State {
                parent,
                parts,
                initial,
            } => {
                let (parent, parts, initial) = (*parent, *parts, initial.clone());
                drop(streams);
                self.state_batch(env, (id, parent, parts, initial), t)
            }
            Kind::ReducedWindow {
                parent,
                rows,
                shape,
            } => {
                let (parent, rows, shape) = (*parent, *rows, *shape);
                drop(streams);
                self.reduced_window_batch(env, (id, parent, rows, shape), t)
            }
            Kind::Many { .. } => {
                drop(streams);
                // The program's function made it (see `transform_result`).
                let made = self.batches.borrow().get(&(id, t)).cloned();
                made.ok_or_else(untraced)
            }
            Kind::Receiver => {
                env.sites.current.set(Some(SOCKET));
                let blocks = self.blocks.borrow().get(&(id, t)).copied();
                let blocks = blocks.ok_or("a receiver's batch Runnel did not see made")?;
                let rdd = Lineage::jvm_rdd(env, "BlockRDD", SOCKET, blocks, &[], Ser::Utf8);
                Ok(Rc::new(rdd))
            }
            Kind::Unmodelled(_) => Err(untraced()),
        }
    }

    /// `sc.union(parent.slice(window))`: the parent's batches in the window (those with
    /// partitions), a `PartitionerAwareUnionRDD` when all are partitioned alike.
    fn window_union(
        &self,
        env: &Env,
        (parent, (window_ms, step_ms), site): (StreamId, (i64, i64), Rc<str>),
        t: i64,
        ser: Ser,
    ) -> Made<Rc<Lineage>> {
        let mut rdds = Vec::new();
        let mut at = t - window_ms + step_ms;
        while at <= t {
            if at > self.zero_ms.get() {
                rdds.push(self.batch(env, parent, at)?);
            }
            at += step_ms;
        }
        rdds.retain(|r| r.parts() > 0);
        let union = Lineage::union_all(env, &rdds, site.to_string(), ser);
        Ok(Rc::new(union))
    }

    /// A `PythonTransformed2DStream`'s compute: an empty RDD (made each time), then the
    /// parents' batches, wrapped as PySpark's `TransformFunction` does.
    fn two_inputs(&self, env: &Env, parents: [StreamId; 2], t: i64) -> Made<Vec<Rc<Lineage>>> {
        env.sites.current.set(Some(TRANSFORMED2));
        Lineage::jvm_rdd(env, "EmptyRDD", TRANSFORMED2, 0, &[], Ser::Context);
        let mut inputs = Vec::with_capacity(2);
        for p in parents {
            let b = self.batch(env, p, t)?;
            inputs.push(Rc::new(b.wrapped(env, self.ser(p))));
        }
        env.sites.current.set(Some(TRANSFORMED2));
        Ok(inputs)
    }

    /// The Python RDD a `TransformedDStream`'s function returns for this batch: its steps
    /// over its parent's (made again for each DStream that pipelines it, as PySpark does).
    fn value(&self, env: &Env, id: StreamId, t: i64) -> Made<Rc<Lineage>> {
        let streams = self.streams.borrow();
        let Some(Kind::Transformed {
            prev,
            pipelined,
            ops,
        }) = streams.get(&id).map(|s| &s.kind)
        else {
            drop(streams);
            return self.batch(env, id, t);
        };
        let (prev, pipelined, ops) = (*prev, *pipelined, ops.clone());
        drop(streams);
        if let Some(Op::User) = ops.first() {
            // The function ran when the core computed this stream; Spark runs it again
            // for each other JVM DStream that pipelines it (driver-side effects and all).
            let mut ran = self.results.borrow_mut().remove(&id);
            if ran.is_none() {
                self.call_again(id)?;
                ran = self.results.borrow_mut().remove(&id);
            }
            let (result, site) = ran.ok_or("a transform function Runnel could not run again")?;
            env.sites.current.set(site);
            return Ok(result);
        }
        let mut value = if pipelined {
            self.value(env, prev, t)?
        } else {
            self.batch(env, prev, t)?
        };
        for op in ops {
            value = Rc::new(match op {
                Op::Step | Op::User => value.then_step(),
                Op::KeepingStep => value.then_keeping_step(),
                Op::Repartition { parts } => value.coalesced(env, parts, true),
                Op::Shuffle { parts, then_python } => {
                    value.shuffle(env, "call", "", parts, then_python)
                }
            });
        }
        Ok(value)
    }
}

impl Mirror {
    /// A `transform` function of stream `id` ran on this batch: how to run it again.
    pub(crate) fn set_recall(&self, id: StreamId, recall: super::Recall) {
        self.recalls.borrow_mut().insert(id, recall);
    }

    fn call_again(&self, id: StreamId) -> Made<()> {
        let recall = self.recalls.borrow().get(&id).cloned();
        let recall = recall.ok_or("a transform function Runnel could not run again")?;
        recall(self).map_err(|_| "a transform function that failed when run again")
    }
}

fn untraced() -> &'static str {
    "a DStream Runnel does not model"
}
