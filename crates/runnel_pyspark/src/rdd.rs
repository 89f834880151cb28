//! The `RDD` class that `transform` and `foreachRDD` functions receive: PySpark's RDD
//! methods over the core's [`runnel_core::rdd::Rdd`].
//!
//! Where PySpark's RDD methods default `numPartitions`, they use the RDD's own partition
//! count (`_defaultReducePartitions`, as `spark.default.parallelism` is unset), unlike the
//! DStream methods, which use `sc.defaultParallelism`.

use crate::context::{storage_level_of, storage_level_value, StorageLevel};
use crate::convert::{given, opt_count, string, truthy};
use crate::executor::{Handed, Pipeline, Stage, Step};
use crate::glue::{instance, this};
use crate::rdd_cache::jvm_description;
use crate::rdd_lineage::Lineage;
use crate::session::Env;
use crate::task_fns::TaskFns;
use crate::udf::{self, Udf};
use runnel_core::rdd::{JoinKind, Placement, Rdd, RddRef};
use runnel_core::value::{PyDict, Shared};
use runnel_core::{Error, Result, Value};
use runnel_python::{Args, Interpreter, NativeInstance};
use std::rc::Rc;

/// An RDD value's data.
pub(crate) struct RddObj {
    pub(crate) env: Rc<Env>,
    pub(crate) rdd: RddRef,
    /// `setName(name)`; `name()` is `None` until then, as on the JVM.
    pub(crate) name: std::cell::RefCell<Option<String>>,
    /// `id()`: unique within the program, in creation order, as Spark numbers RDDs (for
    /// an RDD with a `lineage`, its JVM RDD's id instead).
    pub(crate) id: i64,
    /// What the JVM would hold (`toDebugString`), for RDDs whose making Runnel traces.
    pub(crate) lineage: Option<Rc<Lineage>>,
    /// The JVM RDD's storage level (`getStorageLevel()`): `cache()`/`persist(level)` set
    /// it, `unpersist()` clears it; `is_cached` is whether it is set.
    pub(crate) storage: std::cell::Cell<StorageLevel>,
    /// The level Spark Streaming persisted a DStream batch's JVM RDD at (not PySpark's
    /// `is_cached`, which only the RDD's own `cache()`/`persist()` sets).
    pub(crate) jvm_level: std::cell::Cell<StorageLevel>,
    /// `localCheckpoint()` was called (`isLocallyCheckpointed()`).
    pub(crate) local_checkpoint: std::cell::Cell<bool>,
    /// A DStream batch's RDD whose JVM RDD Runnel cannot tell, and why: its `id()` and
    /// `toDebugString()` are refused.
    pub(crate) untraced_batch: Option<&'static str>,
    /// A batch whose records a Python stage left in the JVM, or `parallelize`'s: those
    /// records as the JVM holds them, which `collect` reads; `rdd` is what a Python task
    /// reading them sees (unpickled: sets rebuilt). PySpark's `RDD` over a JVM RDD does
    /// not pipeline, so every other method runs a Python task over them (`take` too).
    pub(crate) held: Option<RddRef>,
    /// A pipelined step's function that PySpark cannot pickle (SPARK-5063, see
    /// [`crate::ship`]): what needs its JVM RDD (a job, a shuffle, `cache`) raises it.
    pub(crate) ship_error: std::cell::RefCell<Option<Error>>,
    /// Made by a `coalesce` or a `repartition`: how its partitions' records lie in
    /// pieces written apart.
    pub(crate) pieces: std::cell::RefCell<Option<Pieces>>,
}

/// For each partition of a `coalesce`d or `repartition`ed RDD, the lengths of the runs of
/// records it holds one after the other.
#[derive(Clone)]
pub(crate) enum Pieces {
    /// A `coalesce` without a shuffle: the parent partitions it reads in turn (each
    /// written by its own task, so each in its own serialized batches; `cartesian` pairs
    /// those batches).
    Coalesced(Vec<Vec<usize>>),
    /// A `repartition` (a shuffling `coalesce`): the pickled batches of ten or fewer
    /// records its partitions hold, which PySpark reads as they are.
    Reshuffled(Vec<Vec<usize>>),
}

impl Pieces {
    pub(crate) fn lens(&self) -> &Vec<Vec<usize>> {
        match self {
            Pieces::Coalesced(l) | Pieces::Reshuffled(l) => l,
        }
    }
}

/// A new RDD value whose JVM lineage is known.
pub(crate) fn traced_rdd(env: &Rc<Env>, rdd: RddRef, lineage: Option<Lineage>) -> Result<Value> {
    rdd_value(env, rdd, lineage.map(Rc::new), None, None)
}

/// A new RDD whose records the JVM holds as `held` (see [`RddObj::held`]).
pub(crate) fn held_rdd(
    env: &Rc<Env>,
    rdd: RddRef,
    held: Option<RddRef>,
    lineage: Lineage,
) -> Result<Value> {
    rdd_value(env, rdd, Some(Rc::new(lineage)), None, held)
}

/// A DStream batch's RDD handed to the program: its JVM RDD's lineage, or why there is none.
pub(crate) fn batch_rdd(
    env: &Rc<Env>,
    rdd: RddRef,
    lineage: std::result::Result<Rc<Lineage>, &'static str>,
    handed: Handed,
) -> Result<Value> {
    let (rdd, held) = match handed {
        Handed::ThroughJvm => match rdd.read_by_python() {
            // PySpark's `RDD(jrdd)` has no partitioner: its `reduceByKey`, `groupByKey`...
            // shuffle (reading the records through pickle once more).
            Some(mut read) => {
                read.partitioner = None;
                let read = Shared::new(read);
                crate::jobs::narrow(&rdd, &read, Vec::new());
                (read, Some(rdd))
            }
            None => (rdd, None),
        },
        Handed::Pipelined => (rdd, None),
    };
    match lineage {
        Ok(l) => rdd_value(env, rdd, Some(l), None, held),
        Err(why) => rdd_value(env, rdd, None, Some(why), held),
    }
}

fn rdd_value(
    env: &Rc<Env>,
    rdd: RddRef,
    lineage: Option<Rc<Lineage>>,
    untraced_batch: Option<&'static str>,
    held: Option<RddRef>,
) -> Result<Value> {
    Ok(instance(
        &env.classes()?.rdd,
        RddObj {
            env: env.clone(),
            rdd,
            name: std::cell::RefCell::new(None),
            // A traced RDD's id is its JVM RDD's, made when first needed (`id()`).
            id: if lineage.is_some() || untraced_batch.is_some() {
                -1
            } else {
                env.next_rdd_id()
            },
            lineage,
            untraced_batch,
            held,
            storage: std::cell::Cell::new(StorageLevel::NONE),
            jvm_level: std::cell::Cell::new(StorageLevel::NONE),
            local_checkpoint: std::cell::Cell::new(false),
            ship_error: std::cell::RefCell::new(None),
            pieces: std::cell::RefCell::new(None),
        },
    ))
}

/// The SPARK-5063 error of an RDD value whose pipeline PySpark cannot pickle.
pub(crate) fn ship_error(v: &Value) -> Option<Error> {
    NativeInstance::data_of::<RddObj>(v).and_then(|o| o.ship_error.borrow().clone())
}

/// The RDD behind an RDD value.
pub(crate) fn rdd_of(v: &Value) -> Result<RddRef> {
    NativeInstance::data_of::<RddObj>(v)
        .map(|o| o.rdd.clone())
        .ok_or_else(|| Error::type_error(format!("expected an RDD, got '{}'", v.type_name())))
}

/// The RDD a `transform` function returned, as the JVM holds it (the batch it was
/// handed, unchanged, is the JVM's RDD: nothing read it through pickle).
pub(crate) fn result_rdd(v: &Value) -> Result<RddRef> {
    let o = NativeInstance::data_of::<RddObj>(v)
        .ok_or_else(|| Error::type_error(format!("expected an RDD, got '{}'", v.type_name())))?;
    Ok(o.jvm_records().clone())
}

pub(crate) fn obj(v: &Value) -> Result<Rc<RddObj>> {
    this::<RddObj>(v, "RDD")
}

impl RddObj {
    pub(crate) fn udf(&self, f: Value) -> Result<Udf> {
        self.env.udf(f)
    }
    /// The records as the JVM holds them, for what reads them without a Python task
    /// (`collect`).
    /// A pipelined step over this RDD whose function (or an earlier step's) PySpark
    /// cannot pickle: nothing runs, and what needs the result raises `e` (its partitions
    /// are this RDD's count, empty).
    pub(crate) fn unshippable(&self, e: Error) -> Result<Value> {
        let parts = vec![Vec::new(); self.rdd.num_partitions()];
        let rdd = Shared::new(Rdd::new(parts));
        crate::jobs::narrow(&self.rdd, &rdd, Vec::new());
        let lineage = self.lineage.as_ref().map(|l| l.then_step());
        let made = traced_rdd(&self.env, rdd, lineage)?;
        if let Some(o) = NativeInstance::data_of::<RddObj>(&made) {
            *o.ship_error.borrow_mut() = Some(e);
        }
        Ok(made)
    }
    /// This RDD with no records (its partitions, partitioner and lineage kept).
    pub(crate) fn emptied(&self) -> Result<Value> {
        let rdd = Rdd {
            partitions: vec![Vec::new(); self.rdd.num_partitions()],
            partitioner: self.rdd.partitioner,
        };
        let lineage = self.lineage.as_ref().map(|l| l.as_ref().clone());
        traced_rdd(&self.env, Shared::new(rdd), lineage)
    }
    fn jvm_records(&self) -> &RddRef {
        self.held.as_ref().unwrap_or(&self.rdd)
    }
    /// This RDD through a per-partition step of Python function `f` (in parallel on a
    /// native host's workers).
    fn stage(&self, step: Step, f: Value) -> Result<Value> {
        let stage = Stage::new(step, self.udf(f)?);
        let pipeline = Pipeline::default().then(stage.clone());
        let lineage = self.lineage.as_ref().map(|l| l.then_step());
        let (made, rounds) = crate::jobs::capture(|| pipeline.apply(&self.rdd));
        let rdd = match made {
            Ok(made) => {
                let rdd = Shared::new(made);
                crate::jobs::step(&self.rdd, &rdd, rounds, stage);
                rdd
            }
            // PySpark runs the step in the jobs over it: a partition whose task fails
            // fails the jobs that compute it, not this call.
            Err(e) if e.is_from_task() && e.exc_type != runnel_python::STEP_BUDGET => {
                crate::jobs_stream::by_partition(&self.rdd, &|r| pipeline.apply(r)).0
            }
            Err(e) => return Err(e),
        };
        traced_rdd(&self.env, rdd, lineage)
    }
    /// The lineage of a shuffle of this RDD by `method` into `rdd` (`then_python`: a
    /// Python step follows, see [`Lineage::shuffle`]).
    pub(crate) fn shuffled(&self, method: &str, rdd: Rdd, then_python: bool) -> Result<Value> {
        let lineage = self.lineage.as_ref().map(|l| {
            let site = self.call_site();
            l.shuffle(&self.env, method, &site, rdd.num_partitions(), then_python)
        });
        traced_rdd(&self.env, Shared::new(rdd), lineage)
    }
    /// Where the program called the method running now (PySpark's `first_spark_call`).
    pub(crate) fn call_site(&self) -> String {
        let py = self.env.interp().ok();
        let line = py.and_then(|py| py.module_line()).unwrap_or(0);
        format!("{}:{line}", self.env.options.filename)
    }
    /// `sortBy` (`keyed`: over `keyBy(keyfunc)`, then `values()`) or `sortByKey` into
    /// `rdd`, of `n` partitions.
    pub(crate) fn sorted(&self, method: &str, rdd: Rdd, n: usize, keyed: bool) -> Result<Value> {
        let len = self.rdd.partitions.iter().map(Vec::len).sum();
        let lineage = self.lineage.as_ref().map(|l| {
            let site = self.call_site();
            let l = if keyed {
                l.then_step()
            } else {
                l.as_ref().clone()
            };
            let sorted = l.sorted(&self.env, (method, &site), n, len);
            if keyed {
                sorted.then_step()
            } else {
                sorted
            }
        });
        traced_rdd(&self.env, Shared::new(rdd), lineage)
    }
    /// A `cogroup` or join (`method`) of this RDD and `other` into `rdd`.
    fn cogrouped(&self, method: &str, other: &Value, rdd: Rdd) -> Result<Value> {
        self.cogrouped_as(method, other, rdd, |a| a.as_ref().clone(), |c| c)
    }
    /// A `cogroup` (`method`) of both RDDs through `before` (their steps before it) into
    /// `rdd`, then `after`: PySpark's `subtract`, `intersection`...
    pub(crate) fn cogrouped_as(
        &self,
        method: &str,
        other: &Value,
        rdd: Rdd,
        before: impl Fn(&Rc<Lineage>) -> Lineage,
        after: impl FnOnce(Lineage) -> Lineage,
    ) -> Result<Value> {
        let other = obj(other)?;
        let lineage = match (&self.lineage, &other.lineage) {
            (Some(a), Some(b)) => {
                let site = self.call_site();
                let parts = rdd.num_partitions();
                let (a, b) = (before(a), before(b));
                Some(after(a.cogrouped(&self.env, &b, (method, &site), parts)))
            }
            _ => None,
        };
        traced_rdd(&self.env, Shared::new(rdd), lineage)
    }
    /// `repartition(n)`: the JVM moves pickled batches of ten records, or, when this RDD
    /// is already a shuffle's batches (read by `BatchedSerializer(10)`, so PySpark does not
    /// reserialize it), the batches that shuffle's map tasks wrote, each whole.
    fn reshuffled(&self, n: usize) -> Result<Value> {
        let tens = crate::rdd_lineage::Ser::Batched(10);
        let batched = match &self.lineage {
            Some(l) => l.ser() == tens,
            None => matches!(*self.pieces.borrow(), Some(Pieces::Reshuffled(_))),
        };
        let runs = match batched {
            true => self.pieces.borrow().as_ref().map(|p| p.lens().clone()),
            false => None,
        };
        let (rdd, out_runs) = self.rdd.repartition_runs(n, runs.as_deref());
        let made = self.coalesced(rdd, true)?;
        let o = obj(&made)?;
        *o.pieces.borrow_mut() = Some(Pieces::Reshuffled(out_runs));
        Ok(made)
    }
    /// `coalesce` (`shuffle`: `repartition`) into `rdd`.
    fn coalesced(&self, rdd: Rdd, shuffle: bool) -> Result<Value> {
        let parts = rdd.num_partitions();
        let lineage = self.lineage.as_ref();
        let lineage = lineage.map(|l| l.coalesced(&self.env, parts, shuffle));
        let made = traced_rdd(&self.env, Shared::new(rdd), lineage)?;
        if !shuffle {
            let pieces = Pieces::Coalesced(self.rdd.coalesce_pieces(parts));
            *obj(&made)?.pieces.borrow_mut() = Some(pieces);
        }
        Ok(made)
    }
    /// `rdd`, made from this one by a narrow Python step PySpark pipelines.
    pub(crate) fn narrow(&self, rdd: Rdd) -> Result<Value> {
        let lineage = self.lineage.as_ref().map(|l| l.then_step());
        let rdd = Shared::new(rdd);
        crate::jobs::narrow(&self.rdd, &rdd, Vec::new());
        traced_rdd(&self.env, rdd, lineage)
    }
    /// `rdd`, made from this one by a narrow Python step that keeps the partitioning.
    pub(crate) fn keeping(&self, rdd: Rdd) -> Result<Value> {
        let lineage = self.lineage.as_ref().map(|l| l.then_keeping_step());
        traced_rdd(&self.env, Shared::new(rdd), lineage)
    }
    /// `rdd`: PySpark's `groupBy` (`method`), a step keying the records, a `groupByKey`
    /// shuffle at the program's call, the merge and `mapValues` pipelined after it.
    pub(crate) fn keyed_grouped(&self, method: &str, rdd: Rdd) -> Result<Value> {
        let lineage = self.lineage.as_ref().map(|l| {
            let site = self.call_site();
            let parts = rdd.num_partitions();
            let grouped = l.then_step().shuffle(&self.env, method, &site, parts, true);
            grouped.then_keeping_step()
        });
        traced_rdd(&self.env, Shared::new(rdd), lineage)
    }
    /// Refuses `toDebugString()`/`id()` of a batch RDD whose JVM RDD Runnel cannot tell.
    pub(crate) fn check_traced(&self, what: &str) -> Result<()> {
        match self.untraced_batch {
            None => Ok(()),
            Some(why) => Err(Error::unsupported(format!(
                "{what} of a DStream batch's RDD in a program whose DStreams use {why} (Runnel models queueStream, the DStream steps that PySpark runs as Python functions: map, flatMap, filter, mapPartitions, mapValues, glom, reduceByKey, groupByKey, combineByKey, partitionBy, countByValue, count, reduce, transform, union, transformWith, cogroup, the joins, repartition, ssc.union, ssc.transform, window, reduceByKeyAndWindow, reduceByWindow, countByWindow, countByValueAndWindow, updateStateByKey, slice, cache, persist, and foreachRDD, pprint, saveAsTextFiles)"
            ))),
        }
    }
    /// A shuffle's placement: `numPartitions` if given, else this RDD's partition count.
    pub(crate) fn placement(&self, n: Option<Value>) -> Result<Placement> {
        self.placement_by(n, None)
    }

    /// A by-key shuffle's `numPartitions` and `partitionFunc` (`portable_hash` when not
    /// given), as `reduceByKey` and `groupByKey` pass them to `partitionBy`.
    pub(crate) fn placement_by(&self, n: Option<Value>, func: Option<Value>) -> Result<Placement> {
        let n = opt_count(n, "numPartitions")?.unwrap_or(self.rdd.num_partitions());
        let func = given(func).map(|f| self.udf(f)).transpose()?;
        Ok(Placement::from_fn(
            n,
            func.map(|f| (f.identity(), udf::map(f))),
        ))
    }
}

pub(crate) type Method = fn(&Interpreter, &Value, Args) -> Result<Value>;

/// The class with its methods.
/// The core methods (the rest are in `rdd_extra`, `rdd_aggregate`, `rdd_order`,
/// `rdd_shuffle`, `rdd_stats` and `rdd_sample`; the class is assembled in `rdd_class`).
pub(crate) fn methods() -> Vec<(&'static str, Method)> {
    vec![
        ("glom", |_, t, _| {
            obj(t).and_then(|o| o.narrow(o.rdd.glom()))
        }),
        ("collect", |_, t, _| {
            Ok(Value::list(obj(t)?.jvm_records().collect()))
        }),
        // PySpark takes while it has fewer than `num`: a negative `num` takes nothing.
        ("take", |_, t, mut a| {
            let num = a.require(0, "num", "take")?;
            // PySpark's `while len(items) < num` compares first.
            if !matches!(num.type_name(), "int" | "bool" | "float") {
                return Err(Error::type_error(format!(
                    "'<' not supported between instances of 'int' and '{}'",
                    num.type_name()
                )));
            }
            let n = crate::convert::int(&num, "num")?;
            Ok(Value::list(
                obj(t)?.rdd.take(usize::try_from(n).unwrap_or(0)),
            ))
        }),
        ("first", |_, t, _| {
            obj(t)?
                .rdd
                .take(1)
                .pop()
                .ok_or_else(|| Error::value_error("RDD is empty"))
        }),
        ("count", |_, t, _| {
            Ok(Value::Int(obj(t)?.rdd.count() as i64))
        }),
        ("isEmpty", |_, t, _| {
            let r = obj(t)?.rdd.clone();
            Ok(Value::Bool(r.num_partitions() == 0 || r.take(1).is_empty()))
        }),
        ("getNumPartitions", |_, t, _| {
            Ok(Value::Int(obj(t)?.rdd.num_partitions() as i64))
        }),
        ("map", |_, t, mut a| {
            obj(t)?.stage(Step::Map, a.require(0, "f", "map")?)
        }),
        ("flatMap", |_, t, mut a| {
            obj(t)?.stage(Step::FlatMap, a.require(0, "f", "flatMap")?)
        }),
        ("filter", |_, t, mut a| {
            obj(t)?.stage(Step::Filter, a.require(0, "f", "filter")?)
        }),
        ("mapPartitions", |_, t, mut a| {
            let (f, step) = Step::partitions(&mut a, "mapPartitions", false)?;
            obj(t)?.stage(step, f)
        }),
        ("mapPartitionsWithIndex", |_, t, mut a| {
            let (f, step) = Step::partitions(&mut a, "mapPartitionsWithIndex", true)?;
            obj(t)?.stage(step, f)
        }),
        // The deprecated name, with PySpark's FutureWarning (on stderr, as `warnings`).
        ("mapPartitionsWithSplit", |_, t, mut a| {
            let o = obj(t)?;
            o.env.host.stderr(&format!(
                "{}: FutureWarning: mapPartitionsWithSplit is deprecated; use mapPartitionsWithIndex instead\n",
                o.call_site()
            ));
            let (f, step) = Step::partitions(&mut a, "mapPartitionsWithSplit", true)?;
            o.stage(step, f)
        }),
        ("mapValues", |_, t, mut a| {
            obj(t)?.stage(Step::MapValues, a.require(0, "f", "mapValues")?)
        }),
        ("flatMapValues", |_, t, mut a| {
            obj(t)?.stage(Step::FlatMapValues, a.require(0, "f", "flatMapValues")?)
        }),
        ("keys", |_, t, _| {
            obj(t).and_then(|o| o.narrow(o.rdd.keys()?))
        }),
        ("values", |_, t, _| {
            obj(t).and_then(|o| o.narrow(o.rdd.values()?))
        }),
        ("keyBy", |_, t, mut a| {
            obj(t)?.stage(Step::KeyBy, a.require(0, "f", "keyBy")?)
        }),
        ("distinct", |_, t, mut a| {
            let o = obj(t)?;
            let p = o.placement(a.take(0, "numPartitions"))?;
            o.shuffled("distinct", o.rdd.distinct(&p)?, true)
        }),
        ("union", |_, t, mut a| {
            let o = obj(t)?;
            let other_value = a.require(0, "other", "union")?;
            let other = rdd_of(&other_value)?;
            let lineage = match (&o.lineage, &obj(&other_value)?.lineage) {
                (Some(l), Some(r)) => Some(l.union(&o.env, r)),
                _ => None,
            };
            let parents = [o.rdd.clone(), other];
            let rdd = Shared::new(Rdd::union(&parents));
            crate::jobs::concat(&parents, &rdd);
            traced_rdd(&o.env, rdd, lineage)
        }),
        ("reduceByKey", |_, t, mut a| {
            let o = obj(t)?;
            let stage = Stage::reduce_by_key(o.udf(a.require(0, "func", "reduceByKey")?)?);
            let p = o.placement_by(a.take(1, "numPartitions"), a.take(2, "partitionFunc"))?;
            let (made, rounds) =
                crate::jobs::capture(|| Pipeline::default().apply_reduce(&o.rdd, &stage, &p));
            let v = o.shuffled("reduceByKey", made?, true)?;
            crate::jobs::shuffled(&o.rdd, &rdd_of(&v)?, rounds);
            Ok(v)
        }),
        ("groupByKey", |_, t, mut a| {
            let o = obj(t)?;
            let p = o.placement_by(a.take(0, "numPartitions"), a.take(1, "partitionFunc"))?;
            o.shuffled("groupByKey", o.rdd.group_by_key(&p)?, true)
        }),
        ("join", |_, t, a| join(t, a, JoinKind::Inner)),
        ("leftOuterJoin", |_, t, a| join(t, a, JoinKind::LeftOuter)),
        ("rightOuterJoin", |_, t, a| join(t, a, JoinKind::RightOuter)),
        ("fullOuterJoin", |_, t, a| join(t, a, JoinKind::FullOuter)),
        ("cogroup", |_, t, mut a| {
            let o = obj(t)?;
            let other_value = a.require(0, "other", "cogroup")?;
            let rdds = [o.rdd.clone(), rdd_of(&other_value)?];
            let n = opt_count(a.take(1, "numPartitions"), "numPartitions")?
                .unwrap_or(Rdd::union_num_partitions(&rdds));
            let rdd = Rdd::cogroup(&rdds, &Placement::hash(n))?;
            o.cogrouped("cogroup", &other_value, rdd)
        }),
        ("repartition", |_, t, mut a| {
            let o = obj(t)?;
            let n = positive_partitions(&a.require(0, "numPartitions", "repartition")?)?;
            o.reshuffled(n)
        }),
        ("coalesce", |_, t, mut a| {
            let o = obj(t)?;
            let n = positive_partitions(&a.require(0, "numPartitions", "coalesce")?)?;
            if truthy(a.take(1, "shuffle"), false) {
                o.reshuffled(n)
            } else {
                o.coalesced(o.rdd.coalesce(n), false)
            }
        }),
        ("reduce", |_, t, mut a| {
            let o = obj(t)?;
            let u = o.udf(a.require(0, "f", "reduce")?)?;
            reduce_partitions(&o.rdd, &u)?
                .ok_or_else(|| Error::value_error("Can not reduce() empty RDD"))
        }),
        ("fold", |_, t, mut a| {
            let o = obj(t)?;
            let zero = a.require(0, "zeroValue", "fold")?;
            let u = o.udf(a.require(1, "op", "fold")?)?;
            // Each task folds its partition from its copy of the zero with its copy of
            // `op`; the driver folds the results from its own zero with `op` itself.
            let fns = TaskFns::new(vec![o.udf(zero.clone())?, u.clone()]);
            let parts = fns.run(&o.rdd.partitions, |c, p| {
                let f = udf::reduce(c.udf(1));
                p.iter().try_fold(c.value(0), |x, y| f(x, y.clone()))
            })?;
            let f = udf::on_driver(u);
            parts.into_iter().try_fold(zero, |acc, part| f(acc, part))
        }),
        ("countByValue", |py, t, _| {
            let o = obj(t)?;
            count_values(py, o.rdd.partitions.len(), o.rdd.iter().cloned())
        }),
        ("countByKey", |py, t, _| {
            let o = obj(t)?;
            let keys = o
                .rdd
                .iter()
                .map(|x| Ok(x.as_pair()?.0))
                .collect::<Result<Vec<_>>>()?;
            count_values(py, o.rdd.partitions.len(), keys.into_iter())
        }),
        // `dict(self.collect())`.
        // PySpark's `dict(self.collect())`, with CPython's errors for records that are
        // not pairs.
        ("collectAsMap", |py, t, _| {
            let records = Value::list(obj(t)?.jvm_records().collect());
            match py.builtin("dict") {
                Some(dict) => py.call(&dict, Args::new(vec![records])),
                None => Err(Error::new("SystemError", "no dict builtin")),
            }
        }),
        ("foreach", |_, t, mut a| {
            let o = obj(t)?;
            let u = o.udf(a.require(0, "f", "foreach")?)?;
            crate::executor::foreach(&o.rdd, u, false)?;
            Ok(Value::None)
        }),
        ("foreachPartition", |_, t, mut a| {
            let o = obj(t)?;
            let u = o.udf(a.require(0, "f", "foreachPartition")?)?;
            crate::executor::foreach(&o.rdd, u, true)?;
            Ok(Value::None)
        }),
        ("saveAsTextFile", |_, t, mut a| {
            let o = obj(t)?;
            let dir = string(&a.require(0, "path", "saveAsTextFile")?, "path")?;
            for (path, text) in o.rdd.text_files(&dir) {
                o.env.host.write_file(&path, &text)?;
            }
            Ok(Value::None)
        }),
        ("cache", |_, t, _| persist(t, StorageLevel::MEMORY_ONLY)),
        ("persist", |_, t, mut a| {
            let level = match given(a.take(0, "storageLevel")) {
                Some(v) => storage_level_of(&v)?,
                None => StorageLevel::MEMORY_ONLY,
            };
            persist(t, level)
        }),
        ("unpersist", |_, t, _| {
            let o = obj(t)?;
            o.storage.set(StorageLevel::NONE);
            if let Some(lineage) = &o.lineage {
                lineage.persist(&o.env, None);
            }
            if let Some(node) = crate::jobs::node_of(&o.rdd) {
                node.persist(false);
            }
            Ok(t.clone())
        }),
        ("getStorageLevel", |_, t, _| {
            let o = obj(t)?;
            let own = o.storage.get();
            let level = if own == StorageLevel::NONE {
                o.jvm_level.get()
            } else {
                own
            };
            storage_level_value(&o.env, level)
        }),
    ]
}

/// `cache()`/`persist(level)`: the RDD itself, marked (every batch lives in memory
/// anyway), and its JVM RDD persisted, as its lineage shows. As on the JVM, a persisted
/// RDD's level cannot change until `unpersist()`.
fn persist(t: &Value, level: StorageLevel) -> Result<Value> {
    let o = obj(t)?;
    let now = o.storage.get();
    if now != StorageLevel::NONE && now != level {
        return Err(Error::new(
            "Py4JJavaError",
            "org.apache.spark.SparkUnsupportedOperationException: Cannot change storage level of an RDD after it was already assigned a level",
        ));
    }
    o.storage.set(level);
    if let Some(lineage) = &o.lineage {
        lineage.persist(&o.env, Some(&jvm_description(&level)));
        // Its JVM RDD holds these records (as pickled batches when a Python RDD's).
        lineage.keep_rows(&o.env, o.rdd.clone());
    }
    if let Some(node) = crate::jobs::node_of(&o.rdd) {
        node.persist(true);
    }
    Ok(t.clone())
}

/// `join(other, numPartitions)`: by default as many partitions as the union of the two.
fn join(t: &Value, mut a: Args, kind: JoinKind) -> Result<Value> {
    let o = obj(t)?;
    let other_value = a.require(0, "other", "join")?;
    let other = rdd_of(&other_value)?;
    let n = opt_count(a.take(1, "numPartitions"), "numPartitions")?
        .unwrap_or(Rdd::union_num_partitions(&[o.rdd.clone(), other.clone()]));
    let method = match kind {
        JoinKind::Inner => "join",
        JoinKind::LeftOuter => "leftOuterJoin",
        JoinKind::RightOuter => "rightOuterJoin",
        JoinKind::FullOuter => "fullOuterJoin",
    };
    o.cogrouped(
        method,
        &other_value,
        o.rdd.join(&other, kind, &Placement::hash(n))?,
    )
}

/// PySpark's `reduce`: each partition reduced, then the partial results in order.
fn reduce_partitions(rdd: &Rdd, u: &crate::udf::Udf) -> Result<Option<Value>> {
    // Each task reduces its partition with its own copy of `f`; the driver reduces the
    // partial results with `f` itself.
    let partials = crate::executor::per_task(u, &rdd.partitions, |tu, p| {
        let f = udf::reduce(tu);
        let mut it = p.iter().cloned();
        it.next()
            .map(|first| it.try_fold(first, |a, b| f(a, b)))
            .transpose()
    })?;
    let f = udf::on_driver(u.clone());
    let mut it = partials.into_iter().flatten();
    let Some(first) = it.next() else {
        return Ok(None);
    };
    it.try_fold(first, |a, b| f(a, b)).map(Some)
}

/// `countByValue()`: counts in first-seen order.
/// `coalesce`'s (and `repartition`'s) partition count: PySpark's check that it is positive.
fn positive_partitions(v: &Value) -> Result<usize> {
    let n = crate::convert::int(v, "numPartitions")?;
    usize::try_from(n)
        .ok()
        .filter(|n| *n > 0)
        .ok_or_else(|| Error::value_error("Number of partitions must be positive."))
}

/// PySpark's `countByValue`: a `defaultdict(int)` per partition, merged in partition
/// order by `reduce` (so a key's place is where it first occurs), which fails on an RDD
/// of zero partitions as `reduce` does.
fn count_values(
    py: &Interpreter,
    partitions: usize,
    values: impl Iterator<Item = Value>,
) -> Result<Value> {
    if partitions == 0 {
        return Err(Error::value_error("Can not reduce() empty RDD"));
    }
    let int = py.builtin("int").unwrap_or(Value::None);
    let mut d = PyDict::of_kind(runnel_core::value::DictKind::DefaultDict(int));
    for v in values {
        let n = match d.get(&v)? {
            Some(Value::Int(n)) => n + 1,
            _ => 1,
        };
        d.insert(v, Value::Int(n))?;
    }
    Ok(Value::dict(d))
}
