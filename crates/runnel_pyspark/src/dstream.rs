//! The `DStream` class: every method of PySpark's `pyspark.streaming.DStream`.

use crate::context::storage_level_of;
use crate::convert::{count, duration_ms, given, opt_count, opt_duration_ms, string, truthy};
use crate::dstream_tasks;
use crate::executor::{Handed, Pipeline, Stage, Step};
use crate::glue::{instance, shared_instance, this, CoreHost};
use crate::jobs_stream::Source as JobSource;
use crate::operators::{self, Receiver};
use crate::rdd::{batch_rdd, rdd_of};
use crate::rdd_cache::{jvm_description, PYSPARK_MEMORY_ONLY};
use crate::rdd_lineage::Lineage;
use crate::session::Ctx;
use crate::stream_lineage::{Op, Pair};
use crate::udf::{self, Udf};
use runnel_core::rdd::{JoinKind, Placement, RddRef};
use runnel_core::stream::{pprint_text, Graph, NumPartitions, StreamId, TransformFn};
use runnel_core::time::{DateTime, Time};
use runnel_core::udf::MapFn;
use runnel_core::value::Shared;
use runnel_core::{Error, Result, Value};
use runnel_python::{Args, Interpreter, NativeClass};
use std::cell::Cell;
use std::rc::Rc;

mod driver_call;
mod lineage;

use driver_call::DriverCall;

/// A DStream: a stream of the graph of a streaming context.
pub(crate) struct DStream {
    pub(crate) ctx: Rc<Ctx>,
    pub(crate) id: StreamId,
    /// For a chain of per-partition steps: the stream it starts from and the steps, which
    /// a further step joins instead of reading this stream's batches (PySpark's
    /// pipelining of `TransformedDStream`s).
    pipeline: Option<(StreamId, Pipeline)>,
    /// `cache()`, `persist()` or `checkpoint()` was called: later steps read this stream.
    materialized: std::cell::Cell<bool>,
    /// Made by a Python step after the context started (or stopped): PySpark's
    /// `TransformedDStream`, which no JVM DStream backs yet; it is not in the graph.
    late: bool,
}

/// The DStream methods whose DStream PySpark makes in Python (a `TransformedDStream`),
/// reaching the JVM only when an output operation, `cache` or a JVM step needs it.
const PYTHON_STEPS: &[&str] = &[
    "map",
    "flatMap",
    "filter",
    "mapPartitions",
    "mapPartitionsWithIndex",
    "mapValues",
    "flatMapValues",
    "glom",
    "reduceByKey",
    "groupByKey",
    "combineByKey",
    "partitionBy",
    "countByValue",
    "count",
    "reduce",
    "transform",
    "repartition",
];

/// Method `name` of `this` after the context started or stopped: PySpark builds a Python
/// step lazily (a late DStream, outside the graph), while what needs a JVM DStream (an
/// output operation, `window`, `union`, `cache`...) is refused by the JVM; `None`: run
/// the method (whose own check refuses it).
fn after_start(name: &str, this: &Value) -> Option<Result<Value>> {
    let d = ds(this).ok()?;
    let refused = d.ctx.closed_graph()?;
    if PYTHON_STEPS.contains(&name) {
        let late = d.ctx.env.classes().map(|c| {
            instance(
                &c.transformed_dstream,
                DStream {
                    ctx: d.ctx.clone(),
                    id: d.id,
                    pipeline: None,
                    materialized: std::cell::Cell::new(false),
                    late: true,
                },
            )
        });
        return Some(late);
    }
    match d.late && name != "context" {
        true => Some(Err(refused)),
        false => None,
    }
}

/// A new DStream value.
pub(crate) fn new_dstream(ctx: &Rc<Ctx>, id: StreamId) -> Result<Value> {
    pipelined_dstream(ctx, id, None)
}

fn pipelined_dstream(
    ctx: &Rc<Ctx>,
    id: StreamId,
    pipeline: Option<(StreamId, Pipeline)>,
) -> Result<Value> {
    Ok(instance(
        &ctx.env.classes()?.dstream,
        DStream {
            ctx: ctx.clone(),
            id,
            pipeline,
            materialized: std::cell::Cell::new(false),
            late: false,
        },
    ))
}

/// The stream behind a DStream value.
pub(crate) fn stream_id(v: &Value) -> Option<StreamId> {
    runnel_python::NativeInstance::data_of::<DStream>(v).map(|d| d.id)
}

/// `cache()` and friends: later steps read this stream's batches instead of recomputing
/// its steps (as PySpark stops pipelining at a cached DStream).
/// `level`: the storage level its RDDs show (`None`: `checkpoint`'s, which the JVM's
/// `DStream.checkpoint` persists at `MEMORY_ONLY_SER`).
fn materialize(t: &Value, level: Option<String>) -> Result<Value> {
    let d = ds(t)?;
    d.materialized.set(true);
    d.ctx.held_by_jvm(d.id);
    d.ctx.mirror.cache(d.id);
    d.ctx.jobs.persist(d.id);
    match level {
        Some(level) => {
            if let Some(l) = crate::rdd_cache::level_of_description(&level) {
                d.ctx.stream_levels.borrow_mut().insert(d.id, l);
            }
            d.ctx.mirror.persist(d.id, &level)
        }
        None => d.ctx.mirror.persist(d.id, PYSPARK_MEMORY_ONLY),
    }
    Ok(t.clone())
}

fn ds(v: &Value) -> Result<Rc<DStream>> {
    this::<DStream>(v, "DStream")
}

impl DStream {
    fn udf(&self, f: Value) -> Result<Udf> {
        self.ctx.env.udf(f)
    }

    /// A new DStream applying a per-partition step of Python function `f` to each batch
    /// (in parallel on a native host's workers).
    fn stage(&self, name: &'static str, step: Step, f: Value) -> Result<Value> {
        let stage = Stage::new(step, self.udf(f)?);
        let mut g = self.ctx.graph_mut()?;
        let (source, pipeline) = self.pipelined(&g);
        let keeps = matches!(step, Step::Filter | Step::MapValues | Step::FlatMapValues);
        let pipeline = pipeline.then(stage);
        let run = pipeline.clone();
        let id = self
            .ctx
            .jobs
            .per_rdd(&mut g, name, source, false, move |r| {
                run.ship(None)?;
                run.apply(r)
            });
        drop(g);
        // PySpark's `filter`, `mapValues` and `flatMapValues` keep the partitioning.
        let op = if keeps { Op::KeepingStep } else { Op::Step };
        self.ctx.mirror.transformed(id, self.id, vec![op]);
        pipelined_dstream(&self.ctx, id, Some((source, pipeline)))
    }

    /// `reduceByKey(f, n)`, its map side fused with this stream's chain of steps.
    fn reduced_by_key(&self, g: &mut Graph, f: Udf, n: NumPartitions) -> StreamId {
        let stage = Stage::reduce_by_key(f);
        let (source, pipeline) = self.pipelined(g);
        let placement = Placement::hash(g.parallelism(n));
        self.ctx
            .jobs
            .per_rdd(g, "reduceByKey", source, true, move |r| {
                pipeline.ship(Some(&stage))?;
                pipeline.apply_reduce(r, &stage, &placement)
            })
    }

    /// `v`, a stream whose batches PySpark makes by a shuffle over this stream's (a chain
    /// over it pipelines it, so each batch computes this stream's steps again).
    fn shuffles(&self, v: Result<Value>) -> Result<Value> {
        if let Some(id) = v.as_ref().ok().and_then(stream_id) {
            self.ctx
                .jobs
                .set_source(id, JobSource::Shuffle(vec![self.id]));
        }
        v
    }

    /// `v`, a stream whose batches are made over windows of `window_ms` of a shuffle of
    /// this stream's (which the windows persist).
    fn windowed_jobs(&self, v: Result<Value>, window_ms: i64) -> Result<Value> {
        if let Some(id) = v.as_ref().ok().and_then(stream_id) {
            let source = JobSource::WindowOfShuffles(self.id, window_ms);
            self.ctx.jobs.set_source(id, source);
        }
        v
    }

    /// Where a further step starts: this stream's own chain of steps, or this stream
    /// (read as [`Ctx::handed`] says).
    fn pipelined(&self, g: &Graph) -> (StreamId, Pipeline) {
        let record_all = self.ctx.env.options.record_all;
        match &self.pipeline {
            Some((source, p)) if !self.materialized.get() && !record_all => (*source, p.clone()),
            _ => (
                self.id,
                Pipeline::reading(self.ctx.handed(g, self.id, false)),
            ),
        }
    }

    /// `v`, a stream PySpark holds as a JVM DStream (see [`Ctx::handed`]).
    fn held_by_jvm(&self, v: Result<Value>) -> Result<Value> {
        if let Some(id) = v.as_ref().ok().and_then(stream_id) {
            self.ctx.held_by_jvm(id);
        }
        v
    }

    /// A new DStream made by `f` on the graph.
    fn derive(&self, f: impl FnOnce(&mut Graph, StreamId) -> Result<StreamId>) -> Result<Value> {
        let mut graph = self.ctx.graph_mut()?;
        let id = f(&mut graph, self.id)?;
        drop(graph);
        new_dstream(&self.ctx, id)
    }

    /// PySpark's `_validate_window_param` on this stream, which `window` and
    /// `reduceByKeyAndWindow` run before they make any stream (so before Spark's check
    /// that the context has not started).
    fn check_window(&self, window_ms: i64, slide_ms: Option<i64>) -> Result<()> {
        let graph = self
            .ctx
            .graph
            .try_borrow()
            .map_err(|_| Error::new("RuntimeError", "the streaming context is busy"))?;
        let slide = slide_ms.unwrap_or_else(|| graph.slide_ms(self.id));
        graph.check_window(self.id, window_ms, slide)
    }

    /// Like [`DStream::derive`], for operators Spark only runs with a checkpoint directory.
    fn derive_stateful(
        &self,
        op: &'static str,
        f: impl FnOnce(&mut Graph, StreamId) -> Result<StreamId>,
    ) -> Result<Value> {
        self.ctx.needs_checkpoint.set(Some(op));
        self.unmodelled(self.derive(f), op)
    }

    fn other(&self, v: &Value) -> Result<StreamId> {
        let other = ds(v)?;
        if !Rc::ptr_eq(&other.ctx, &self.ctx) {
            return Err(Error::value_error(
                "the two DStreams belong to different StreamingContexts",
            ));
        }
        Ok(other.id)
    }

    fn time_value(&self, t: Time) -> Value {
        Value::object(DateTime::from_millis(
            t.0,
            self.ctx.env.options.tz_offset_ms,
        ))
    }

    /// A user's `func(rdd)` or `func(time, rdd)` (PySpark looks at `co_argcount`), run on
    /// the driver, as an RDD-to-RDD step.
    fn driver_transform(
        &self,
        func: Value,
        handed: Vec<Handed>,
        me: Rc<Cell<Option<StreamId>>>,
        reshuffled: Option<runnel_core::stream::Reshuffled>,
    ) -> Result<TransformFn> {
        let n_rdds = handed.len();
        let count = co_argcount(&*self.ctx.env.interp()?, &func)?;
        let u = self.udf(func)?;
        let env = self.ctx.env.clone();
        let mirror = self.ctx.mirror.clone();
        let with_time = match count {
            n if n == n_rdds => false,
            n if n == n_rdds + 1 => true,
            _ => {
                let (a, b) = if n_rdds == 1 {
                    ("one", "two")
                } else {
                    ("two", "three")
                };
                // PySpark's `assert func.__code__.co_argcount == ...`.
                return Err(Error::new(
                    "AssertionError",
                    format!("func should take {a} or {b} arguments"),
                ));
            }
        };
        let jobs = self.ctx.jobs.clone();
        Ok(Shared::new(move |t: Time, rdds: &[Option<RddRef>]| {
            let id = me
                .get()
                .ok_or_else(|| Error::new("RuntimeError", "transform ran early"))?;
            let call = Rc::new(DriverCall {
                u: u.clone(),
                env: env.clone(),
                with_time,
                id,
                t,
                rdds: rdds.to_vec(),
                handed: handed.clone(),
            });
            let result = call.run(&mirror);
            // Spark calls it again for each other JVM DStream that pipelines it.
            mirror.set_recall(
                id,
                Rc::new(move |m| {
                    // Run from within the model's own callback, which goes on after it.
                    let inside = call.env.sites.in_callback.get();
                    let ran = call.run(m).map(|_| ());
                    call.env.sites.in_callback.set(inside);
                    ran
                }),
            );
            let result = result?;
            if let Some(cell) = &reshuffled {
                *cell.borrow_mut() = reshuffle_of(&result);
            }
            match result {
                // PySpark hands the JVM no RDD, but a step pipelined onto this stream
                // composes this function: it gets `None` and fails the batch.
                Value::None if mirror.pipelined_into_output(id) => Err(Error::new(
                    "AttributeError",
                    "'NoneType' object has no attribute 'mapPartitionsWithIndex'",
                )
                .generating()),
                Value::None => Ok(None),
                v => {
                    // PySpark pickles the returned RDD's pipeline here (`_jrdd`).
                    if let Some(e) = crate::rdd::ship_error(&v) {
                        return Err(e.generating());
                    }
                    let rdd = crate::rdd::result_rdd(&v).map_err(|_| {
                        Error::type_error(format!(
                            "the transform function must return an RDD, not '{}'",
                            v.type_name()
                        ))
                        .generating()
                    })?;
                    // A shuffle whose tasks fail: the jobs of the streams built on this
                    // one fail too, whichever computes it first.
                    if crate::jobs::would_fail(&rdd) {
                        jobs.resolve(id, t, &rdd);
                    }
                    Ok(Some(rdd))
                }
            }
        }))
    }
}

pub(crate) type Method = fn(&Interpreter, &Value, Args) -> Result<Value>;

/// The class with its methods.
pub(crate) fn class() -> NativeClass {
    let methods: &[(&'static str, Method)] = &[
        ("map", map),
        ("flatMap", flat_map),
        ("filter", filter),
        ("mapPartitions", map_partitions),
        ("mapPartitionsWithIndex", map_partitions_with_index),
        ("glom", |_, t, _| {
            let d = ds(t)?;
            d.with_ops(d.derive(|g, s| Ok(g.glom(s))), vec![Op::Step])
        }),
        ("repartition", |_, t, mut a| {
            let n = count(
                &a.require(0, "numPartitions", "repartition")?,
                "numPartitions",
            )?;
            let d = ds(t)?;
            // `rdd.repartition(n)` is a JVM RDD: a step after it reads it through pickle.
            // PySpark folds it into a transform parent unless that one is cached or
            // checkpointed (TransformedDStream), which a repartition's batches survive.
            let folded = !d.materialized.get();
            let v = d.held_by_jvm(d.derive(|g, s| Ok(g.repartition_after(s, n, folded))));
            d.with_ops(v, vec![Op::Repartition { parts: n }])
        }),
        ("union", |_, t, mut a| {
            let d = ds(t)?;
            let o = d.other(&a.require(0, "other", "union")?)?;
            let v = d.held_by_jvm(d.derive(|g, s| g.union(s, o)))?;
            if let Some(id) = stream_id(&v) {
                d.ctx.jobs.set_source(id, JobSource::Concat(vec![d.id, o]));
                d.ctx.mirror.two(id, [d.id, o], Pair::Union);
            }
            Ok(v)
        }),
        ("join", |_, t, a| join(t, a, JoinKind::Inner)),
        ("leftOuterJoin", |_, t, a| join(t, a, JoinKind::LeftOuter)),
        ("rightOuterJoin", |_, t, a| join(t, a, JoinKind::RightOuter)),
        ("fullOuterJoin", |_, t, a| join(t, a, JoinKind::FullOuter)),
        ("cogroup", |_, t, mut a| {
            let d = ds(t)?;
            let o = d.other(&a.require(0, "other", "cogroup")?)?;
            let n = opt_count(a.take(1, "numPartitions"), "numPartitions")?;
            let v = d.held_by_jvm(d.derive(|g, s| g.cogroup(s, o, n)))?;
            if let Some(id) = stream_id(&v) {
                d.ctx.jobs.set_source(id, JobSource::Shuffle(vec![d.id, o]));
            }
            d.paired(&v, o, "cogroup", n);
            Ok(v)
        }),
        // `mapPartitions(...).reduce(add)`; `reduce` is `map`, `reduceByKey(f, 1)`, `map`.
        ("count", |_, t, _| {
            let d = ds(t)?;
            let ops = vec![Op::Step, d.shuffle(Some(1), true)];
            d.shuffles(d.with_ops(d.derive(|g, s| Ok(g.count(s))), ops))
        }),
        ("reduce", |_, t, mut a| {
            let d = ds(t)?;
            let f = d.udf(a.require(0, "func", "reduce")?)?;
            let ops = vec![Op::Step, d.shuffle(Some(1), true), Op::Step];
            let v = d.derive(|g, s| Ok(dstream_tasks::reduce(g, s, f)));
            d.shuffles(d.with_ops(v, ops))
        }),
        ("countByValue", |_, t, _| {
            let d = ds(t)?;
            let ops = vec![Op::Step, d.shuffle(None, true)];
            d.shuffles(d.with_ops(d.derive(|g, s| Ok(g.count_by_value(s, None))), ops))
        }),
        ("reduceByKey", |_, t, mut a| {
            let d = ds(t)?;
            let f = d.udf(a.require(0, "func", "reduceByKey")?)?;
            let n = opt_count(a.take(1, "numPartitions"), "numPartitions")?;
            let id = d.reduced_by_key(&mut *d.ctx.graph_mut()?, f, n);
            d.with_ops(new_dstream(&d.ctx, id), vec![d.shuffle(n, true)])
        }),
        ("combineByKey", |_, t, mut a| {
            let d = ds(t)?;
            let fns = vec![
                d.udf(a.require(0, "createCombiner", "combineByKey")?)?,
                d.udf(a.require(1, "mergeValue", "combineByKey")?)?,
                d.udf(a.require(2, "mergeCombiners", "combineByKey")?)?,
            ];
            let n = opt_count(a.take(3, "numPartitions"), "numPartitions")?;
            let v = d.derive(|g, s| Ok(dstream_tasks::combine_by_key(g, s, fns, n)));
            d.shuffles(d.with_ops(v, vec![d.shuffle(n, true)]))
        }),
        ("groupByKey", |_, t, mut a| {
            let n = opt_count(a.take(0, "numPartitions"), "numPartitions")?;
            let d = ds(t)?;
            d.shuffles(d.with_ops(
                d.derive(|g, s| Ok(g.group_by_key(s, n))),
                vec![d.shuffle(n, true)],
            ))
        }),
        ("mapValues", |_, t, mut a| {
            let d = ds(t)?;
            d.stage(
                "mapValues",
                Step::MapValues,
                a.require(0, "f", "mapValues")?,
            )
        }),
        ("flatMapValues", |_, t, mut a| {
            let d = ds(t)?;
            d.stage(
                "flatMapValues",
                Step::FlatMapValues,
                a.require(0, "f", "flatMapValues")?,
            )
        }),
        ("partitionBy", |_, t, mut a| {
            let d = ds(t)?;
            let n = opt_count(a.take(0, "numPartitions"), "numPartitions")?;
            let func = given(a.take(1, "partitionFunc"))
                .map(|f| d.udf(f))
                .transpose()?;
            let v = d.derive(|g, s| Ok(dstream_tasks::partition_by(g, s, n, func)));
            d.shuffles(d.with_ops(v, vec![d.shuffle(n, false)]))
        }),
        ("transform", |_, t, mut a| {
            let d = ds(t)?;
            let me = Rc::new(Cell::new(None));
            // A `TransformedDStream` pipelines onto its parent's steps when that is one.
            let handed = vec![d.ctx.handed(&*d.ctx.graph_mut()?, d.id, false)];
            let cell = runnel_core::stream::Reshuffled::default();
            let func = a.require(0, "func", "transform")?;
            let f = d.driver_transform(func, handed, me.clone(), Some(cell.clone()))?;
            let v = d.derive(|g, s| {
                let id = g.transform("transform", vec![s], f);
                g.note_reshuffled(id, cell);
                Ok(id)
            });
            me.set(v.as_ref().ok().and_then(stream_id));
            d.with_ops(v, vec![Op::User])
        }),
        ("transformWith", |_, t, mut a| {
            let d = ds(t)?;
            let me = Rc::new(Cell::new(None));
            let o = d.other(&a.require(1, "other", "transformWith")?)?;
            let handed = {
                let g = d.ctx.graph_mut()?;
                vec![d.ctx.handed(&g, d.id, true), d.ctx.handed(&g, o, true)]
            };
            let f = d.driver_transform(
                a.require(0, "func", "transformWith")?,
                handed,
                me.clone(),
                None,
            )?;
            let v =
                d.held_by_jvm(d.derive(|g, s| Ok(g.transform("transformWith", vec![s, o], f))))?;
            me.set(stream_id(&v));
            if let Some(id) = me.get() {
                d.ctx.mirror.two(id, [d.id, o], Pair::User);
            }
            Ok(v)
        }),
        ("updateStateByKey", update_state_by_key),
        ("window", |_, t, mut a| {
            let w = duration_ms(&a.require(0, "windowDuration", "window")?, "windowDuration")?;
            let s_ms = opt_duration_ms(a.take(1, "slideDuration"), "slideDuration")?;
            let d = ds(t)?;
            d.check_window(w, s_ms)?;
            let v = d.held_by_jvm(d.derive(|g, s| g.window(s, w, s_ms)))?;
            // Spark's WindowedDStream persists its parent (MEMORY_ONLY_SER).
            let parent_level = crate::context::StorageLevel::MEMORY_ONLY;
            d.ctx.stream_levels.borrow_mut().insert(d.id, parent_level);
            if let Some(id) = stream_id(&v) {
                d.ctx.jobs.set_source(id, JobSource::Window(d.id, w));
                d.windowed(id, d.id, w);
            }
            Ok(v)
        }),
        ("countByWindow", |_, t, mut a| {
            let w = duration_ms(
                &a.require(0, "windowDuration", "countByWindow")?,
                "windowDuration",
            )?;
            let sl = duration_ms(
                &a.require(1, "slideDuration", "countByWindow")?,
                "slideDuration",
            )?;
            let d = ds(t)?;
            let v = d.derive_stateful("countByWindow", |g, s| g.count_by_window(s, w, sl));
            let v = d.windowed_jobs(v, w)?;
            // `map(lambda x: 1).reduceByWindow(add, sub, w, s)`.
            d.keyed_inverse_window(&v, vec![Op::Step, Op::Step], w, sl);
            Ok(v)
        }),
        ("reduceByWindow", reduce_by_window),
        ("reduceByKeyAndWindow", reduce_by_key_and_window),
        ("countByValueAndWindow", |_, t, mut a| {
            let w = duration_ms(
                &a.require(0, "windowDuration", "countByValueAndWindow")?,
                "windowDuration",
            )?;
            let sl = opt_duration_ms(a.take(1, "slideDuration"), "slideDuration")?;
            let n = opt_count(a.take(2, "numPartitions"), "numPartitions")?;
            let d = ds(t)?;
            let v = d.derive_stateful("countByValueAndWindow", |g, s| {
                g.count_by_value_and_window(s, w, sl, n)
            });
            let v = d.windowed_jobs(v, w)?;
            d.counted_window(&v, (w, sl), n);
            Ok(v)
        }),
        ("groupByKeyAndWindow", |_, t, mut a| {
            let w = duration_ms(
                &a.require(0, "windowDuration", "groupByKeyAndWindow")?,
                "windowDuration",
            )?;
            let sl = opt_duration_ms(a.take(1, "slideDuration"), "slideDuration")?;
            let n = opt_count(a.take(2, "numPartitions"), "numPartitions")?;
            let d = ds(t)?;
            let v = d.derive_stateful("groupByKeyAndWindow", |g, s| {
                g.group_by_key_and_window(s, w, sl, n)
            });
            d.windowed_jobs(v, w)
        }),
        ("slice", slice),
        ("pprint", pprint),
        // Scala's `print()`, which the course mentions beside Python's `pprint`.
        ("print", pprint),
        ("foreachRDD", foreach_rdd),
        ("saveAsTextFiles", |_, t, mut a| {
            let d = ds(t)?;
            let prefix = string(&a.require(0, "prefix", "saveAsTextFiles")?, "prefix")?;
            let suffix = given(a.take(1, "suffix"))
                .map(|s| string(&s, "suffix"))
                .transpose()?;
            let host = Shared::new(CoreHost(d.ctx.env.host.clone()));
            let mut g = d.ctx.graph_mut()?;
            g.save_as_text_files(d.id, prefix, suffix, host);
            d.model_output(&mut g);
            // PySpark's `foreachRDD(lambda t, rdd: rdd.saveAsTextFile(...))`.
            let (env, mirror, id) = (d.ctx.env.clone(), d.ctx.mirror.clone(), d.id);
            g.add_probe(
                d.id,
                Shared::new(move |time: Time, _: &RddRef| {
                    mirror.saved(&env, id, time.0);
                    Ok(())
                }),
            );
            Ok(Value::None)
        }),
        ("cache", |_, t, _| {
            materialize(t, Some(PYSPARK_MEMORY_ONLY.into()))
        }),
        ("persist", |_, t, mut a| {
            let level = storage_level_of(&a.require(0, "storageLevel", "persist")?)?;
            materialize(t, Some(jvm_description(&level)))
        }),
        ("checkpoint", |_, t, mut a| {
            let every = duration_ms(&a.require(0, "interval", "checkpoint")?, "interval")?;
            materialize(t, None)?;
            let d = ds(t)?;
            d.ctx.mirror.checkpoint(d.id, every);
            Ok(t.clone())
        }),
        ("context", |_, t, _| {
            let d = ds(t)?;
            Ok(shared_instance(
                &d.ctx.env.classes()?.streaming_context,
                d.ctx.clone(),
            ))
        }),
    ];
    let mut class = NativeClass::new("DStream");
    for (name, m) in methods {
        let m = *m;
        let guarded = move |py: &Interpreter, t: &Value, a: Args| match after_start(name, t) {
            Some(made) => made,
            None => m(py, t, a),
        };
        class = class.method(
            name,
            crate::describe::annotated(name, checked(Receiver::DStream, name, guarded)),
        );
    }
    class
}

/// `m`, its calls' arguments checked against the registry's entry for `name` first.
pub(crate) fn checked(
    receiver: Receiver,
    name: &str,
    m: impl Fn(&Interpreter, &Value, Args) -> Result<Value> + 'static,
) -> impl Fn(&Interpreter, &Value, Args) -> Result<Value> + 'static {
    // Scala's `print` is PySpark's `pprint`.
    let op = operators::find(receiver, if name == "print" { "pprint" } else { name });
    move |py, t, a| {
        if let Some(op) = op {
            operators::check_call(op, &a)?;
        }
        m(py, t, a)
    }
}

/// `pprint(num=10)`.
fn pprint(_: &Interpreter, t: &Value, mut a: Args) -> Result<Value> {
    let d = ds(t)?;
    // PySpark uses `num` only in each batch's job (`takeAndPrint`): one that is not an int
    // fails there, and a negative one takes nothing and prints `...`.
    let num = match a.take(0, "num") {
        None => Ok(10),
        Some(v) if matches!(v.type_name(), "int" | "bool") => Ok(crate::convert::int(&v, "num")?),
        Some(v) => Err(Error::type_error(match v.type_name() {
            t @ ("str" | "list" | "tuple") => {
                format!("can only concatenate {t} (not \"int\") to {t}")
            }
            "float" => "slice indices must be integers or None or have an __index__ method".into(),
            t => format!("unsupported operand type(s) for +: '{t}' and 'int'"),
        })),
    };
    let host = CoreHost(d.ctx.env.host.clone());
    let (jobs, id, tz) = (d.ctx.jobs.clone(), d.id, d.ctx.env.options.tz_offset_ms);
    let mut g = d.ctx.graph_mut()?;
    let from_python = g.records_from_python(d.id);
    let shown = num.clone();
    // PySpark's `takeAndPrint`: `take(num + 1)`, whose jobs compute what they scan.
    g.add_output(
        d.id,
        Shared::new(move |t: Time, rdd: &RddRef| {
            let num = shown.clone()?;
            jobs.resolve(id, t, rdd);
            let time = DateTime::from_millis(t.0, tz).to_str();
            let text = match usize::try_from(num) {
                Ok(num) => {
                    crate::jobs::take(rdd, num + 1)?;
                    pprint_text(&time, rdd, num, from_python)
                }
                Err(_) => {
                    let rule = "-------------------------------------------";
                    format!("{rule}\nTime: {time}\n{rule}\n...\n\n")
                }
            };
            runnel_core::stream::Host::stdout(&host, &text);
            Ok(())
        }),
    );
    d.model_output(&mut g);
    let Ok(Ok(num)) = num.map(usize::try_from) else {
        return Ok(Value::None);
    };
    // After the job: the JVM RDDs its `take(num + 1)` made.
    let (env, mirror, id) = (d.ctx.env.clone(), d.ctx.mirror.clone(), d.id);
    g.add_probe(
        d.id,
        Shared::new(move |time: Time, rdd: &RddRef| {
            let sizes: Vec<usize> = rdd.partitions.iter().map(Vec::len).collect();
            mirror.pprint_ran(&env, id, time.0, &sizes, num);
            Ok(())
        }),
    );
    Ok(Value::None)
}

fn map(_: &Interpreter, t: &Value, mut a: Args) -> Result<Value> {
    let d = ds(t)?;
    let f = a.require(0, "f", "map")?;
    if truthy(a.take(1, "preservesPartitioning"), false) {
        let per_partition = per_record(udf::map(d.udf(f)?));
        let v = d.derive(|g, s| Ok(g.map_partitions(s, per_partition, true)));
        return d.with_ops(v, vec![Op::KeepingStep]);
    }
    d.stage("map", Step::Map, f)
}

/// A map applied record by record as a partition function (to keep the partitioner).
fn per_record(f: MapFn) -> runnel_core::udf::PartitionFn {
    Shared::new(move |_, records| records.into_iter().map(|x| f(x)).collect())
}

fn flat_map(_: &Interpreter, t: &Value, mut a: Args) -> Result<Value> {
    ds(t)?.stage("flatMap", Step::FlatMap, a.require(0, "f", "flatMap")?)
}

fn filter(_: &Interpreter, t: &Value, mut a: Args) -> Result<Value> {
    ds(t)?.stage("filter", Step::Filter, a.require(0, "f", "filter")?)
}

fn map_partitions(_: &Interpreter, t: &Value, mut a: Args) -> Result<Value> {
    let (f, step) = Step::partitions(&mut a, "mapPartitions", false)?;
    ds(t)?.stage("mapPartitions", step, f)
}

fn map_partitions_with_index(_: &Interpreter, t: &Value, mut a: Args) -> Result<Value> {
    let (f, step) = Step::partitions(&mut a, "mapPartitionsWithIndex", true)?;
    ds(t)?.stage("mapPartitionsWithIndex", step, f)
}

fn join(t: &Value, mut a: Args, kind: JoinKind) -> Result<Value> {
    let d = ds(t)?;
    let o = d.other(&a.require(0, "other", "join")?)?;
    let n = opt_count(a.take(1, "numPartitions"), "numPartitions")?;
    let v = d.held_by_jvm(d.derive(|g, s| g.join(s, o, kind, n)))?;
    if let Some(id) = stream_id(&v) {
        d.ctx.jobs.set_source(id, JobSource::Shuffle(vec![d.id, o]));
    }
    let method = match kind {
        JoinKind::Inner => "join",
        JoinKind::LeftOuter => "leftOuterJoin",
        JoinKind::RightOuter => "rightOuterJoin",
        JoinKind::FullOuter => "fullOuterJoin",
    };
    d.paired(&v, o, method, n);
    Ok(v)
}

fn update_state_by_key(_: &Interpreter, t: &Value, mut a: Args) -> Result<Value> {
    let d = ds(t)?;
    let f = dstream_tasks::update_task(d.udf(a.require(0, "updateFunc", "updateStateByKey")?)?);
    let n = opt_count(a.take(1, "numPartitions"), "numPartitions")?;
    // The initial RDD's lineage: `Some(None)` when Runnel does not trace it.
    let mut traced: Option<Option<Rc<Lineage>>> = None;
    let initial = match given(a.take(2, "initialRDD")) {
        None => None,
        Some(v) => Some(match rdd_of(&v) {
            Ok(r) => {
                traced = Some(crate::rdd::obj(&v).ok().and_then(|o| o.lineage.clone()));
                r
            }
            Err(_) => {
                let items = d.ctx.env.interp()?.iterate(&v)?;
                let len = items.len();
                let parts = d.ctx.env.default_parallelism();
                // `if initialRDD`: an empty list is none.
                if len > 0 {
                    let made = Lineage::parallelized(&d.ctx.env, len, parts, false);
                    traced = Some(Some(Rc::new(made)));
                }
                Shared::new(runnel_core::rdd::Rdd::parallelize(items, parts))
            }
        }),
    };
    let jobs = d.ctx.jobs.clone();
    let me = Rc::new(Cell::new(None));
    let f = jobs.state_task(me.clone(), f);
    let v = d.held_by_jvm(d.derive_stateful("updateStateByKey", |g, s| {
        let id = g.update_state_by_key_tasks(s, f, n, initial);
        jobs.set_source(id, JobSource::State(s));
        me.set(Some(id));
        Ok(id)
    }))?;
    d.modelled_state(&v, n, traced);
    Ok(v)
}

fn reduce_by_window(_: &Interpreter, t: &Value, mut a: Args) -> Result<Value> {
    let d = ds(t)?;
    let f = d.udf(a.require(0, "reduceFunc", "reduceByWindow")?)?;
    let inv = given(a.take(1, "invReduceFunc"))
        .map(|f| d.udf(f))
        .transpose()?;
    let w = duration_ms(
        &a.require(2, "windowDuration", "reduceByWindow")?,
        "windowDuration",
    )?;
    let sl = duration_ms(
        &a.require(3, "slideDuration", "reduceByWindow")?,
        "slideDuration",
    )?;
    if inv.is_some() {
        d.ctx
            .needs_checkpoint
            .set(Some("reduceByWindow with an inverse function"));
        let v = d.derive(|g, s| dstream_tasks::reduce_by_window(g, s, f, inv, w, sl));
        let v = d.windowed_jobs(v, w)?;
        d.keyed_inverse_window(&v, vec![Op::Step], w, sl);
        return Ok(v);
    }
    let v = d.derive(|g, s| dstream_tasks::reduce_by_window(g, s, f, inv, w, sl));
    let v = d.windowed_jobs(v, w)?;
    if let Some(id) = stream_id(&v) {
        // `map((1, x)).reduceByKeyAndWindow(f, None, w, s, 1).map(kv[1])`.
        let mirror = &d.ctx.mirror;
        let reduced = mirror.hidden_id();
        mirror.transformed(reduced, d.id, vec![Op::Step, d.shuffle(Some(1), true)]);
        d.reduced_window(id, reduced, w, Some(1), vec![Op::Step]);
    }
    Ok(v)
}

fn reduce_by_key_and_window(_: &Interpreter, t: &Value, mut a: Args) -> Result<Value> {
    let d = ds(t)?;
    let func = d.udf(a.require(0, "func", "reduceByKeyAndWindow")?)?;
    let inv = given(a.take(1, "invFunc")).map(|f| d.udf(f)).transpose()?;
    let w = duration_ms(
        &a.require(2, "windowDuration", "reduceByKeyAndWindow")?,
        "windowDuration",
    )?;
    let sl = opt_duration_ms(a.take(3, "slideDuration"), "slideDuration")?;
    let n = opt_count(a.take(4, "numPartitions"), "numPartitions")?;
    let keep = given(a.take(5, "filterFunc"))
        .map(|f| d.udf(f))
        .transpose()?;
    d.check_window(w, sl)?;
    if inv.is_some() {
        d.ctx
            .needs_checkpoint
            .set(Some("reduceByKeyAndWindow with an inverse function"));
    }
    let mut g = d.ctx.graph_mut()?;
    // PySpark reduces each batch first (`self.reduceByKey(func)`, pipelined as usual).
    let reduced = d.reduced_by_key(&mut g, func.clone(), n);
    let with_inverse = inv.is_some();
    let id = dstream_tasks::reduced_window(&mut g, reduced, func, inv, w, sl, n, keep)?;
    drop(g);
    d.ctx.jobs.set_source(id, JobSource::Window(reduced, w));
    d.ctx
        .mirror
        .transformed(reduced, d.id, vec![d.shuffle(n, true)]);
    if with_inverse {
        d.inverse_window(id, (reduced, id), (w, sl), n, false);
        // Spark's `PythonReducedWindowedDStream`.
        d.ctx.held_by_jvm(id);
        return new_dstream(&d.ctx, id);
    }
    d.reduced_window(id, reduced, w, n, Vec::new());
    new_dstream(&d.ctx, id)
}

/// `slice(begin, end)`: the RDDs between two times (datetimes or seconds since the epoch,
/// both included), as PySpark's `_jtime` reads them: a datetime by `time.mktime` (whole
/// seconds of local time), seconds as `int(seconds * 1000)` ms.
fn slice(_: &Interpreter, t: &Value, mut a: Args) -> Result<Value> {
    let d = ds(t)?;
    let tz = d.ctx.env.options.tz_offset_ms;
    let to_time = |v: Value| -> Result<Time> {
        if let Some(dt) = v.downcast::<DateTime>() {
            return Ok(Time(dt.to_millis(tz).div_euclid(1000) * 1000));
        }
        Ok(Time(duration_ms(&v, "time")?))
    };
    let begin = to_time(a.require(0, "begin", "slice")?)?;
    let end = to_time(a.require(1, "end", "slice")?)?;
    if !d.ctx.started.get() {
        return Err(Error::new(
            "Py4JJavaError",
            "org.apache.spark.SparkException: this DStream has not been initialized",
        ));
    }
    let rdds = d
        .ctx
        .graph
        .try_borrow_mut()
        .map_err(|_| {
            Error::new(
                "RuntimeError",
                "slice() cannot run while the batch's RDDs are being made (call it in foreachRDD or after time.sleep)",
            )
        })?
        .slice_timed(d.id, begin, end)?;
    let handed = d
        .ctx
        .graph
        .try_borrow()
        .map_or(Handed::Pipelined, |g| d.ctx.handed(&g, d.id, true));
    // Their JVM RDDs, as the JVM's `slice` returns them.
    let times: Vec<i64> = rdds.iter().map(|(t, _)| t.0).collect();
    let env = &d.ctx.env;
    let lineages = d.ctx.mirror.sliced(env, d.id, &times);
    let values = rdds.into_iter().enumerate().map(|(i, (_, rdd))| {
        let lineage = lineages.as_ref().map(|l| l[i].clone()).map_err(|why| *why);
        batch_rdd(env, rdd, lineage, handed)
    });
    Ok(Value::list(values.collect::<Result<_>>()?))
}

/// PySpark's `func.__code__.co_argcount`, with the AttributeError of a callable that has
/// no code (a built-in such as `print`).
fn co_argcount(py: &Interpreter, func: &Value) -> Result<usize> {
    let code = py.get_attr(func, "__code__")?;
    let n = crate::convert::int(&py.get_attr(&code, "co_argcount")?, "co_argcount")?;
    Ok(usize::try_from(n).unwrap_or(0))
}

/// `foreachRDD(func)`: `func(rdd)` or `func(time, rdd)` on the driver.
fn foreach_rdd(py: &Interpreter, t: &Value, mut a: Args) -> Result<Value> {
    let d = ds(t)?;
    let func = a.require(0, "func", "foreachRDD")?;
    // PySpark calls a one-parameter function with the RDD and any other with (time,
    // rdd): a wrong count fails each batch's job with Python's TypeError.
    let with_time = co_argcount(py, &func)? != 1;
    let u = d.udf(func)?;
    let env = d.ctx.env.clone();
    let this = d.clone();
    let mirror = d.ctx.mirror.clone();
    let mut g = d.ctx.graph_mut()?;
    let handed = d.ctx.handed(&g, d.id, true);
    g.add_output(
        d.id,
        Shared::new(move |time: Time, rdd: &RddRef| {
            this.ctx.jobs.resolve(this.id, time, rdd);
            let lineage = mirror.job_rdd(&env, this.id, time.0).map(Rc::new);
            let lineage = lineage.ok_or(mirror.why_untraced());
            let rdd = batch_rdd(&env, rdd.clone(), lineage, handed);
            if let (Ok(v), Some(l)) = (&rdd, this.ctx.stream_levels.borrow().get(&this.id)) {
                crate::rdd::obj(v)?.jvm_level.set(*l);
            }
            let args = match rdd {
                Ok(rdd) if with_time => vec![this.time_value(time), rdd],
                Ok(rdd) => vec![rdd],
                Err(e) => return Err(e),
            };
            let done = u.call_driver(args).map(|_| ());
            mirror.callback_done(&env);
            done
        }),
    );
    d.model_output(&mut g);
    Ok(Value::None)
}

/// A transform's result that a `repartition` made (PySpark reads it as batches of ten, so
/// a `DStream.repartition` after it moves them whole): its records and batches.
fn reshuffle_of(v: &Value) -> Option<(RddRef, Vec<Vec<usize>>)> {
    let o = runnel_python::NativeInstance::data_of::<crate::rdd::RddObj>(v)?;
    let pieces = match &*o.pieces.borrow() {
        Some(crate::rdd::Pieces::Reshuffled(runs)) => runs.clone(),
        _ => return None,
    };
    Some((crate::rdd::result_rdd(v).ok()?, pieces))
}
