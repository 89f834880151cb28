//! PySpark's aggregations of an RDD, as `pyspark/rdd.py` builds them: `aggregate` (each
//! partition from its task's copy of the zero) and `treeAggregate`/`treeReduce` (partials
//! combined level by level as PySpark's `reduceByKey` into fewer partitions does). Tasks
//! run their own copies of the functions; the last merge runs on the driver.

use crate::convert::{count, given, int};
use crate::rdd::{obj, Method};
use crate::task_fns::{Copies, TaskFns};
use crate::udf;
use runnel_core::fmath;
use runnel_core::udf::ReduceFn;
use runnel_core::{Error, Result, Value};
use runnel_python::Args;

/// The methods.
pub(crate) fn methods() -> Vec<(&'static str, Method)> {
    vec![
        ("aggregate", aggregate),
        ("treeAggregate", |_, t, mut a| {
            let o = obj(t)?;
            let zero = a.require(0, "zeroValue", "treeAggregate")?;
            let seq = o.udf(a.require(1, "seqOp", "treeAggregate")?)?;
            let comb = o.udf(a.require(2, "combOp", "treeAggregate")?)?;
            let depth = depth(a.take(3, "depth"))?;
            if o.rdd.num_partitions() == 0 {
                return Ok(zero);
            }
            // A task folds its partition from its copy of the zero with its copy of
            // seqOp; the levels' tasks combine with their copies of combOp.
            let fns = TaskFns::new(vec![o.udf(zero)?, seq, comb.clone()]);
            let partials = fns.run(&o.rdd.partitions, |c, p| {
                let seq = udf::reduce(c.udf(1));
                p.iter().try_fold(c.value(0), |acc, x| seq(acc, x.clone()))
            })?;
            let level = |c: &Copies, x, y| udf::reduce(c.udf(2))(x, y);
            let last = udf::on_driver(comb);
            tree(&fns, partials, depth, &level, &|x, y| last(x, y))?
                .ok_or_else(|| Error::value_error("Can not reduce() empty RDD"))
        }),
        ("treeReduce", |_, t, mut a| {
            let o = obj(t)?;
            let f = o.udf(a.require(0, "f", "treeReduce")?)?;
            let depth = depth(a.take(1, "depth"))?;
            let fns = TaskFns::new(vec![f.clone()]);
            let partials = fns.run(&o.rdd.partitions, |c, p| {
                let op = dummy_or(udf::reduce(c.udf(0)));
                p.iter().try_fold(None, |acc, x| op(acc, Some(x.clone())))
            })?;
            let none = || Error::value_error("Cannot reduce empty RDD.");
            if partials.is_empty() {
                return Err(none());
            }
            let level = |c: &Copies, x, y| dummy_or(udf::reduce(c.udf(0)))(x, y);
            let last = dummy_or(udf::on_driver(f));
            tree(&fns, partials, depth, &level, &last)?
                .flatten()
                .ok_or_else(none)
        }),
    ]
}

/// treeReduce's `op`: PySpark marks the zero as a dummy that any value replaces.
fn dummy_or(f: ReduceFn) -> impl Fn(Option<Value>, Option<Value>) -> Result<Option<Value>> {
    move |x, y| {
        Ok(match (x, y) {
            (None, y) => y,
            (x, None) => x,
            (Some(x), Some(y)) => Some(f(x, y)?),
        })
    }
}

/// `aggregate(zeroValue, seqOp, combOp)`: each partition folded in a task from its copy
/// of the zero with its copy of seqOp, then the results folded on the driver from its
/// own zero with combOp itself.
fn aggregate(_: &runnel_python::Interpreter, t: &Value, mut a: Args) -> Result<Value> {
    let o = obj(t)?;
    let zero = a.require(0, "zeroValue", "aggregate")?;
    let seq = o.udf(a.require(1, "seqOp", "aggregate")?)?;
    let comb = udf::on_driver(o.udf(a.require(2, "combOp", "aggregate")?)?);
    let fns = TaskFns::new(vec![o.udf(zero.clone())?, seq]);
    let parts = fns.run(&o.rdd.partitions, |c, p| {
        let seq = udf::reduce(c.udf(1));
        p.iter().try_fold(c.value(0), |x, y| seq(x, y.clone()))
    })?;
    parts
        .into_iter()
        .try_fold(zero, |acc, part| comb(acc, part))
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
/// partial `i` goes to group `i % k` (a `reduceByKey` into `k` partitions: each group
/// combined in partition order by a task with its own copies, `level`), then the groups
/// are reduced in order on the driver (`last`).
fn tree<T>(
    fns: &TaskFns,
    mut partials: Vec<T>,
    depth: usize,
    level: &dyn Fn(&Copies, T, T) -> Result<T>,
    last: &dyn Fn(T, T) -> Result<T>,
) -> Result<Option<T>> {
    let mut n = partials.len() as f64;
    let scale = ((fmath::pow(n, 1.0 / depth as f64)).ceil() as usize).max(2) as f64;
    while n > scale + n / scale {
        n /= scale;
        let k = n as usize;
        let mut groups: Vec<Vec<T>> = (0..k).map(|_| Vec::new()).collect();
        for (i, x) in partials.into_iter().enumerate() {
            groups[i % k].push(x);
        }
        let groups = groups.into_iter().filter(|g| !g.is_empty());
        let combined = fns.run(groups, |c, g| {
            let mut it = g.into_iter();
            let first = it.next();
            first
                .map(|first| it.try_fold(first, |acc, x| level(c, acc, x)))
                .transpose()
        })?;
        partials = combined.into_iter().flatten().collect();
    }
    let mut it = partials.into_iter();
    let Some(first) = it.next() else {
        return Ok(None);
    };
    it.try_fold(first, last).map(Some)
}
