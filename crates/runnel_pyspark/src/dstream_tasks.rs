//! The DStream operators whose functions PySpark runs in the tasks of each batch's jobs:
//! `reduce`, `combineByKey`, `partitionBy`, `updateStateByKey`, `reduceByWindow` and
//! `reduceByKeyAndWindow` (with `invFunc` and `filterFunc`), built as
//! `pyspark/streaming/dstream.py` builds them from RDD operations, each task with its own
//! copy of the functions ([`TaskFns`], the pipelines' `reduceByKey`), so they never change
//! the driver's objects. (`transform` and `foreachRDD` functions run on the driver.)

use crate::executor::{Pipeline, Stage, Step};
use crate::task_fns::{self, Combiners, Copies, TaskFns};
use crate::udf::{self, Udf};
use runnel_core::rdd::{Placement, Rdd};
use runnel_core::stream::{Graph, NumPartitions, RddKeep, StreamId, WindowOps};
use runnel_core::udf::{map_fn, PartitionFn};
use runnel_core::value::Shared;
use runnel_core::{Result, Value};
use std::rc::Rc;

/// `reduceByKey(f)` into `placement`, as tasks.
fn reduce_by_key(rdd: &Rdd, stage: &Stage, placement: &Placement) -> Result<Rdd> {
    Pipeline::default().apply_reduce(rdd, stage, placement)
}

/// `reduce(f)`: `map(lambda x: (None, x)).reduceByKey(f, 1).map(lambda x: x[1])`.
pub(crate) fn reduce(g: &mut Graph, s: StreamId, f: Udf) -> StreamId {
    let stage = Stage::reduce_by_key(f);
    g.per_rdd("reduce", s, move |r| {
        let keyed = r.map(&map_fn(|x| Ok(Value::pair(Value::None, x))))?;
        reduce_by_key(&keyed, &stage, &Placement::hash(1))?.values()
    })
}

/// `combineByKey(createCombiner, mergeValue, mergeCombiners, n)`.
pub(crate) fn combine_by_key(
    g: &mut Graph,
    s: StreamId,
    fns: Vec<Udf>,
    n: NumPartitions,
) -> StreamId {
    let n = g.parallelism(n);
    let make = |c: &Copies| Combiners {
        create: udf::map(c.udf(0)),
        merge_value: udf::reduce(c.udf(1)),
        merge: udf::reduce(c.udf(2)),
    };
    g.per_rdd("combineByKey", s, move |r| {
        task_fns::combine_by_key(r, fns.clone(), &make, n, None)
    })
}

/// `partitionBy(n, partitionFunc)`.
pub(crate) fn partition_by(
    g: &mut Graph,
    s: StreamId,
    n: NumPartitions,
    func: Option<Udf>,
) -> StreamId {
    let n = g.parallelism(n);
    g.per_rdd("partitionBy", s, move |r| {
        crate::rdd_shuffle::partition_by(r, n, func.clone())
    })
}

/// `updateStateByKey`'s task over one partition of `(key, (newValues, oldState))`:
/// `(key, updateFunc(newValues, oldState))` with the task's copy of `updateFunc`.
pub(crate) fn update_task(u: Udf) -> PartitionFn {
    Shared::new(move |_, records| {
        let mut out = TaskFns::new(vec![u.clone()]).run([records], |c, records| {
            let f = c.udf(0);
            records
                .into_iter()
                .map(|kv| {
                    let (k, vs) = kv.as_pair()?;
                    let (values, old) = vs.as_pair()?;
                    Ok(Value::pair(k, f.call_task(vec![values, old])?))
                })
                .collect()
        })?;
        Ok(out.pop().unwrap_or_default())
    })
}

/// The window of `reduceByKeyAndWindow(func, invFunc, window, slide, n, filterFunc)` over
/// `reduced` (the batches already reduced by key with `f`). Without `invFunc`: `window`,
/// then `reduceByKey` (`filterFunc` ignored, as in PySpark); with it, Spark's incremental
/// window, whose steps PySpark writes as `reduceFunc(t, a, b)` and `invReduceFunc`.
#[allow(clippy::too_many_arguments)]
pub(crate) fn reduced_window(
    g: &mut Graph,
    reduced: StreamId,
    f: Udf,
    inverse: Option<Udf>,
    window_ms: i64,
    slide_ms: Option<i64>,
    n: NumPartitions,
    keep: Option<Udf>,
) -> Result<StreamId> {
    let placement = Placement::hash(g.parallelism(n));
    let stage = Stage::reduce_by_key(f);
    let Some(inverse) = inverse else {
        // `reduced.window(w, s).reduceByKey(func)`: its map side reads the window (a JVM
        // union of the reduced batches) through pickle.
        let windowed = g.window(reduced, window_ms, slide_ms)?;
        let read = Pipeline::reading(crate::executor::Handed::ThroughJvm);
        return Ok(g.per_rdd("reduceByKey", windowed, move |r| {
            read.apply_reduce(r, &stage, &placement)
        }));
    };
    let by_key = placement.clone();
    let keep = keep.map(|k| Pipeline::default().then(Stage::new(Step::Filter, k)));
    let step = WindowOps {
        reduce: Shared::new(move |r: &Rdd| reduce_by_key(r, &stage, &by_key)),
        keep: keep.map(|keep| -> RddKeep { Shared::new(move |r: Rdd| keep.apply(&r)) }),
        // `mapValues(lambda kv: invFunc(kv[0], kv[1]) if kv[1] is not None else kv[0])`.
        invert: Shared::new(move |joined: &Rdd| {
            let tasks = TaskFns::new(vec![inverse.clone()]);
            let partitions = tasks.run(joined.partitions.iter(), |c, p| {
                let inv = c.udf(0);
                p.iter()
                    .map(|kv| {
                        let (k, vs) = kv.as_pair()?;
                        let (old, removed) = vs.as_pair()?;
                        Ok(Value::pair(
                            k,
                            match removed {
                                Value::None => old,
                                removed => inv.call_task(vec![old, removed])?,
                            },
                        ))
                    })
                    .collect()
            })?;
            Ok(Rdd {
                partitions,
                partitioner: joined.partitioner,
            })
        }),
        placement,
    };
    let (reduce, inverse) = step.steps();
    g.reduced_window_steps(reduced, window_ms, slide_ms, reduce, inverse)
}

/// `reduceByWindow(f, invFunc, window, slide)`: `map(lambda x: (1, x))`, then
/// `reduceByKeyAndWindow(f, invFunc, window, slide, 1)`, then `map(lambda kv: kv[1])`.
pub(crate) fn reduce_by_window(
    g: &mut Graph,
    s: StreamId,
    f: Udf,
    inverse: Option<Udf>,
    window_ms: i64,
    slide_ms: i64,
) -> Result<StreamId> {
    let keyed = g.map(s, map_fn(|x| Ok(Value::pair(Value::Int(1), x))));
    let stage: Rc<Stage> = Stage::reduce_by_key(f.clone());
    let one = Placement::hash(1);
    let reduced = g.per_rdd("reduceByKey", keyed, move |r| {
        reduce_by_key(r, &stage, &one)
    });
    let windowed = reduced_window(
        g,
        reduced,
        f,
        inverse,
        window_ms,
        Some(slide_ms),
        Some(1),
        None,
    )?;
    Ok(g.map(windowed, map_fn(|kv| Ok(kv.as_pair()?.1))))
}
