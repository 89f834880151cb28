//! PySpark's aggregations of an RDD, as `pyspark/rdd.py` builds them: `aggregate`,
//! `aggregateByKey` and `foldByKey` (each partition or key from its own copy of the zero),
//! and `treeAggregate`/`treeReduce` (partials combined level by level as PySpark's
//! `reduceByKey` into fewer partitions does).

use crate::convert::{count, given, int};
use crate::rdd::{obj, Method, RddObj};
use crate::rdd_extra::placement;
use crate::udf::{self, isolate};
use runnel_core::udf::{MapFn, ReduceFn};
use runnel_core::value::Shared;
use runnel_core::{Error, Result, Value};
use runnel_python::Args;

/// The methods.
pub(crate) fn methods() -> Vec<(&'static str, Method)> {
    vec![
        ("aggregate", aggregate),
        ("aggregateByKey", |_, t, mut a| {
            let o = obj(t)?;
            let zero = a.require(0, "zeroValue", "aggregateByKey")?;
            let seq = udf::reduce(o.udf(a.require(1, "seqFunc", "aggregateByKey")?)?);
            let comb = udf::reduce(o.udf(a.require(2, "combFunc", "aggregateByKey")?)?);
            by_key_from_zero(&o, "aggregateByKey", zero, seq, comb, &mut a, 3)
        }),
        ("foldByKey", |_, t, mut a| {
            let o = obj(t)?;
            let zero = a.require(0, "zeroValue", "foldByKey")?;
            let f = udf::reduce(o.udf(a.require(1, "func", "foldByKey")?)?);
            by_key_from_zero(&o, "foldByKey", zero, f.clone(), f, &mut a, 2)
        }),
        ("treeAggregate", |_, t, mut a| {
            let o = obj(t)?;
            let zero = a.require(0, "zeroValue", "treeAggregate")?;
            let seq = udf::reduce(o.udf(a.require(1, "seqOp", "treeAggregate")?)?);
            let comb = udf::reduce(o.udf(a.require(2, "combOp", "treeAggregate")?)?);
            let depth = depth(a.take(3, "depth"))?;
            if o.rdd.num_partitions() == 0 {
                return Ok(zero);
            }
            let partials = o.rdd.partitions.iter().map(|p| {
                p.iter()
                    .try_fold(isolate(&zero)?, |acc, x| seq(acc, x.clone()))
            });
            tree(partials.collect::<Result<_>>()?, depth, &|x, y| comb(x, y))?
                .ok_or_else(|| Error::value_error("Can not reduce() empty RDD"))
        }),
        ("treeReduce", |_, t, mut a| {
            let o = obj(t)?;
            let f = udf::reduce(o.udf(a.require(0, "f", "treeReduce")?)?);
            let depth = depth(a.take(1, "depth"))?;
            // PySpark marks the zero as a dummy that any value replaces.
            let op = |x: Option<Value>, y: Option<Value>| -> Result<Option<Value>> {
                Ok(match (x, y) {
                    (None, y) => y,
                    (x, None) => x,
                    (Some(x), Some(y)) => Some(f(x, y)?),
                })
            };
            let partials = o
                .rdd
                .partitions
                .iter()
                .map(|p| p.iter().try_fold(None, |acc, x| op(acc, Some(x.clone()))));
            let partials: Vec<Option<Value>> = partials.collect::<Result<_>>()?;
            let none = || Error::value_error("Cannot reduce empty RDD.");
            if partials.is_empty() {
                return Err(none());
            }
            tree(partials, depth, &op)?.flatten().ok_or_else(none)
        }),
    ]
}

/// `aggregate(zeroValue, seqOp, combOp)`: each partition folded from its own copy of the
/// zero, then the results folded with `combOp` from another.
fn aggregate(_: &runnel_python::Interpreter, t: &Value, mut a: Args) -> Result<Value> {
    let o = obj(t)?;
    let zero = a.require(0, "zeroValue", "aggregate")?;
    let seq = o.udf(a.require(1, "seqOp", "aggregate")?)?;
    let comb = udf::reduce(o.udf(a.require(2, "combOp", "aggregate")?)?);
    // Each task runs its own copy of seqOp; the driver combines with combOp.
    let parts = crate::executor::per_task(&seq, &o.rdd.partitions, |tu, p| {
        let seq = udf::reduce(tu);
        p.iter().try_fold(isolate(&zero)?, |x, y| seq(x, y.clone()))
    })?;
    parts
        .into_iter()
        .try_fold(isolate(&zero)?, |acc, part| comb(acc, part))
}

/// `combineByKey(lambda v: seq(deepcopy(zero), v), seq, comb, numPartitions, partitionFunc)`.
fn by_key_from_zero(
    o: &RddObj,
    method: &str,
    zero: Value,
    seq: ReduceFn,
    comb: ReduceFn,
    a: &mut Args,
    at: usize,
) -> Result<Value> {
    let p = placement(o, a, at)?;
    let first = seq.clone();
    let create: MapFn = Shared::new(move |v| first(isolate(&zero)?, v));
    o.shuffled(
        method,
        o.rdd.combine_by_key(&create, &seq, &comb, &p)?,
        true,
    )
}

fn depth(v: Option<Value>) -> Result<usize> {
    let d = match given(v) {
        Some(v) => int(&v, "depth")?,
        None => 2,
    };
    if d < 1 {
        return Err(Error::value_error(format!(
            "Depth cannot be smaller than 1 but got {d}."
        )));
    }
    count(&Value::Int(d), "depth")
}

/// PySpark's `treeAggregate` after the per-partition step: while another level helps,
/// partial `i` goes to group `i % k` (a `reduceByKey` into `k` partitions, combining in
/// partition order), then the groups are reduced in order.
fn tree<T: Clone>(
    mut partials: Vec<T>,
    depth: usize,
    comb: &dyn Fn(T, T) -> Result<T>,
) -> Result<Option<T>> {
    let mut n = partials.len() as f64;
    let scale = ((n.powf(1.0 / depth as f64)).ceil() as usize).max(2) as f64;
    while n > scale + n / scale {
        n /= scale;
        let k = n as usize;
        let mut groups: Vec<Option<T>> = vec![None; k];
        for (i, x) in partials.into_iter().enumerate() {
            let g = &mut groups[i % k];
            *g = Some(match g.take() {
                None => x,
                Some(acc) => comb(acc, x)?,
            });
        }
        partials = groups.into_iter().flatten().collect();
    }
    let mut it = partials.into_iter();
    let Some(first) = it.next() else {
        return Ok(None);
    };
    it.try_fold(first, comb).map(Some)
}
