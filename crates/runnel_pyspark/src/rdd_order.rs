//! The RDD methods that order records by a key function, as `pyspark/rdd.py` runs them:
//! `sortBy`/`sortByKey` (keys sampled and sorted on the driver, placed by range in the
//! shuffle's map tasks, sorted in its reduce tasks), `top`/`takeOrdered` and `max`/`min`
//! (each partition's best in a task, merged on the driver). A key function runs in each
//! task as that task's own copy ([`TaskFns`]), and on the driver as the live object.

use crate::convert::{given, int, opt_count, truthy};
use crate::executor::{Pipeline, Stage, Step};
use crate::rdd::{obj, Method};
use crate::task_fns::{shuffle_tasks, TaskFns};
use crate::udf::Udf;
use runnel_core::rdd::{sort_pairs, Placement, Rdd};
use runnel_core::value::CmpOp;
use runnel_core::{Error, Result, Value};
use runnel_python::Args;
use std::cmp::Ordering;
use std::sync::atomic::{AtomicU64, Ordering as AtomicOrdering};

/// Range partitioners are each their own (PySpark compares them by function identity).
static NEXT_RANGE_ID: AtomicU64 = AtomicU64::new(1 << 40);

/// The methods.
pub(crate) fn methods() -> Vec<(&'static str, Method)> {
    vec![
        ("sortBy", |_, t, mut a| {
            let o = obj(t)?;
            let f = o.udf(a.require(0, "keyfunc", "sortBy")?)?;
            let asc = truthy(a.take(1, "ascending"), true);
            let n = opt_count(a.take(2, "numPartitions"), "numPartitions")?
                .unwrap_or(o.rdd.num_partitions());
            // `keyBy(keyfunc).sortByKey(ascending, numPartitions).values()`: every job
            // over the keyed RDD runs keyfunc in its tasks from the same driver state.
            let keyed = Pipeline::default()
                .then(Stage::new(Step::KeyBy, f))
                .apply(&o.rdd)?;
            o.sorted(
                "sortBy",
                sort_by_key(&keyed, asc, n, None)?.values()?,
                n,
                true,
            )
        }),
        ("sortByKey", |_, t, mut a| {
            let o = obj(t)?;
            let asc = truthy(a.take(0, "ascending"), true);
            let n = opt_count(a.take(1, "numPartitions"), "numPartitions")?
                .unwrap_or(o.rdd.num_partitions());
            let keyfunc = given(a.take(2, "keyfunc")).map(|f| o.udf(f)).transpose()?;
            o.sorted("sortByKey", sort_by_key(&o.rdd, asc, n, keyfunc)?, n, false)
        }),
        ("top", |_, t, mut a| ordered(t, &mut a, "top", true)),
        ("takeOrdered", |_, t, mut a| {
            ordered(t, &mut a, "takeOrdered", false)
        }),
        ("max", |_, t, mut a| extreme(t, a.take(0, "key"), true)),
        ("min", |_, t, mut a| extreme(t, a.take(0, "key"), false)),
    ]
}

/// `keyfunc(k)` as a task calls it (`driver`: as the driver does), or `k`.
fn key_of(keyfunc: Option<&Udf>, k: Value, driver: bool) -> Result<Value> {
    match keyfunc {
        Some(f) if driver => f.call_driver(vec![k]),
        Some(f) => f.call_task(vec![k]),
        None => Ok(k),
    }
}

/// PySpark's `sortByKey(ascending, numPartitions, keyfunc)`.
fn sort_by_key(rdd: &Rdd, asc: bool, n: usize, keyfunc: Option<Udf>) -> Result<Rdd> {
    let fns = || TaskFns::new(keyfunc.iter().cloned().collect());
    let sort_partition = |c: &crate::task_fns::Copies, p: Vec<Value>| {
        let f = keyfunc.as_ref().map(|_| c.udf(0));
        let mut keyed = Vec::with_capacity(p.len());
        for x in p {
            keyed.push((key_of(f.as_ref(), x.as_pair()?.0, false)?, x));
        }
        sort_pairs(&mut keyed, !asc)?;
        Ok(keyed.into_iter().map(|(_, x)| x).collect::<Vec<_>>())
    };
    if n == 0 {
        // PySpark returns an empty RDD as it is; otherwise it range-partitions into no
        // partitions (`partitionBy(0)`), which the JVM makes empty.
        return Ok(match rdd.len() {
            0 => rdd.clone(),
            _ => Rdd {
                partitions: Vec::new(),
                partitioner: None,
            },
        });
    }
    if n == 1 {
        // `coalesce(1)` when there is more than one partition, then one sorting task.
        let (input, partitioner) = match rdd.num_partitions() {
            0 => return Ok(rdd.clone()),
            1 => (rdd.partitions.clone(), rdd.partitioner),
            _ => (vec![rdd.iter().cloned().collect()], None),
        };
        let partitions = fns().run(input, sort_partition)?;
        return Ok(Rdd {
            partitions,
            partitioner,
        });
    }
    let size = rdd.len();
    if size == 0 {
        return Ok(rdd.clone());
    }
    let bounds = range_bounds(rdd, n, size, keyfunc.as_ref())?;
    // The map tasks place each record by its key's copy of keyfunc, as bisect_left over
    // the bounds (sample keys, not their keyfunc) finds it.
    let map_fns = fns();
    let placed = shuffle_tasks(
        &map_fns,
        &rdd.partitions,
        n,
        &|c| {
            let f = keyfunc.as_ref().map(|_| c.udf(0));
            let bounds = bounds.clone();
            Placement::custom(n, 0, move |k| {
                let p = bisect_left(&bounds, &key_of(f.as_ref(), k.clone(), false)?)?;
                Ok(if asc { p } else { n - 1 - p } as i64)
            })
        },
        &mut |_, p| Ok(p.to_vec()),
    )?;
    let id = NEXT_RANGE_ID.fetch_add(1, AtomicOrdering::Relaxed);
    let partitioner = Placement::custom(n, id, |_| Ok(0)).partitioner;
    // The reduce tasks: a round of their own, which Spark runs again for each job.
    crate::jobs::new_round();
    Ok(Rdd {
        partitions: fns().run(placed, sort_partition)?,
        partitioner: Some(partitioner),
    })
}

/// The range bounds of `sortByKey` into `n` partitions: PySpark samples
/// `min(20 * n / size, 1)` of the records (seed 1), sorts their keys on the driver with
/// `keyfunc` and takes every `len / n`th.
fn range_bounds(rdd: &Rdd, n: usize, size: usize, keyfunc: Option<&Udf>) -> Result<Vec<Value>> {
    let fraction = (n as f64 * 20.0 / size as f64).min(1.0);
    let sample = crate::rdd_sample::sample(rdd, false, fraction, 1);
    let mut keyed = Vec::new();
    for x in sample.iter() {
        let k = x.as_pair()?.0;
        keyed.push((key_of(keyfunc, k.clone(), true)?, k));
    }
    sort_pairs(&mut keyed, false)?;
    let samples: Vec<Value> = keyed.into_iter().map(|(_, k)| k).collect();
    (0..n - 1)
        .map(|i| {
            let at = (samples.len() as f64 * (i + 1) as f64 / n as f64) as usize;
            samples
                .get(at)
                .cloned()
                .ok_or_else(|| Error::new("IndexError", "list index out of range"))
        })
        .collect()
}

/// Python's `bisect.bisect_left(a, x)`: a binary search with `<`, whether or not `a` is
/// sorted by the same order.
fn bisect_left(a: &[Value], x: &Value) -> Result<usize> {
    let (mut lo, mut hi) = (0, a.len());
    while lo < hi {
        let mid = (lo + hi) / 2;
        if a[mid].py_cmp(x)? == Ordering::Less {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    Ok(lo)
}

/// `items` by their keys (each key computed once, in order, as `heapq.nlargest` and
/// `nsmallest` do), the first `n`: a stable sort, so equal keys keep their order.
fn best(
    items: Vec<Value>,
    n: usize,
    key: Option<&Udf>,
    largest: bool,
    driver: bool,
) -> Result<Vec<Value>> {
    if n == 0 {
        return Ok(Vec::new());
    }
    let mut keyed = Vec::with_capacity(items.len());
    for x in items {
        keyed.push((key_of(key, x.clone(), driver)?, x));
    }
    sort_pairs(&mut keyed, largest)?;
    Ok(keyed.into_iter().take(n).map(|(_, x)| x).collect())
}

/// `top(num, key)` (largest first) and `takeOrdered(num, key)` (smallest first): each
/// partition's best in a task (`heapq.nlargest(num, it, key)`), merged pairwise on the
/// driver (`heapq.nlargest(num, a + b, key)`).
fn ordered(t: &Value, a: &mut Args, name: &str, largest: bool) -> Result<Value> {
    let o = obj(t)?;
    let num = int(&a.require(0, "num", name)?, "num")?;
    let key = given(a.take(1, "key")).map(|k| o.udf(k)).transpose()?;
    if !largest && num < 0 {
        return Err(Error::value_error("top N cannot be negative."));
    }
    if !largest && (num == 0 || o.rdd.num_partitions() == 0) {
        return Ok(Value::list(Vec::new()));
    }
    // `heapq.nlargest` of a negative count is empty.
    let n = usize::try_from(num).unwrap_or(0);
    let fns = TaskFns::new(key.iter().cloned().collect());
    let partials = fns.run(&o.rdd.partitions, |c, p| {
        let k = key.as_ref().map(|_| c.udf(0));
        best(p.clone(), n, k.as_ref(), largest, false)
    })?;
    let mut it = partials.into_iter();
    let first = it
        .next()
        .ok_or_else(|| Error::value_error("Can not reduce() empty RDD"))?;
    let merged = it.try_fold(first, |mut acc, b| {
        acc.extend(b);
        best(acc, n, key.as_ref(), largest, true)
    })?;
    Ok(Value::list(merged))
}

/// `max(key)`/`min(key)`: `reduce(lambda a, b: max(a, b, key=key))`, each partition in a
/// task with its copy of `key`, the partitions' results on the driver.
fn extreme(t: &Value, key: Option<Value>, max: bool) -> Result<Value> {
    let o = obj(t)?;
    let key = given(key).map(|k| o.udf(k)).transpose()?;
    // Python's `max(a, b, key=key)`: `key(a)`, `key(b)`; `b` only when `key(b) > key(a)`
    // (`<` for `min`), the comparison CPython makes (and names in its TypeError).
    let op = if max { CmpOp::Gt } else { CmpOp::Lt };
    let pick = |k: Option<&Udf>, a: Value, b: Value, driver: bool| -> Result<Value> {
        let ka = key_of(k, a.clone(), driver)?;
        let kb = key_of(k, b.clone(), driver)?;
        Ok(if kb.py_compare(op, &ka)? { b } else { a })
    };
    let fns = TaskFns::new(key.iter().cloned().collect());
    let partials = fns.run(&o.rdd.partitions, |c, p| {
        let k = key.as_ref().map(|_| c.udf(0));
        let mut it = p.iter().cloned();
        it.next()
            .map(|first| it.try_fold(first, |a, b| pick(k.as_ref(), a, b, false)))
            .transpose()
    })?;
    let mut it = partials.into_iter().flatten();
    let first = it
        .next()
        .ok_or_else(|| Error::value_error("Can not reduce() empty RDD"))?;
    it.try_fold(first, |a, b| pick(key.as_ref(), a, b, true))
}
