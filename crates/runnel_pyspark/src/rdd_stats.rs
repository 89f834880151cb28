//! PySpark's numeric RDD methods: `stats()` with its `StatCounter` (the same running
//! formulas, so the same floats), `mean`, `variance`, `stdev`, `sampleStdev`,
//! `sampleVariance`, `sum` and `histogram`, each as `pyspark/rdd.py` computes it.

use crate::glue::instance;
use crate::rdd::{obj, Method};
use crate::stat_counter::{number, StatCounter};
use runnel_core::rdd::Rdd;
use runnel_core::value::BinOp;
use runnel_core::{Error, Result, Value};
use std::cell::RefCell;

/// `rdd.stats()`: a counter per partition, merged in partition order.
fn stats_of(rdd: &Rdd) -> Result<StatCounter> {
    let mut total: Option<StatCounter> = None;
    for p in &rdd.partitions {
        let mut c = StatCounter::new();
        for x in p {
            c.merge(x)?;
        }
        match &mut total {
            None => total = Some(c),
            Some(t) => t.merge_stats(&c)?,
        }
    }
    total.ok_or_else(|| Error::value_error("Can not reduce() empty RDD"))
}

/// The numeric methods of the RDD class.
pub(crate) fn methods() -> Vec<(&'static str, Method)> {
    vec![
        ("stats", |_, t, _| {
            let o = obj(t)?;
            let c = stats_of(&o.rdd)?;
            Ok(instance(&o.env.classes()?.stat_counter, RefCell::new(c)))
        }),
        ("mean", |_, t, _| {
            Ok(Value::Float(stats_of(&obj(t)?.rdd)?.mu))
        }),
        ("variance", |_, t, _| {
            Ok(Value::Float(stats_of(&obj(t)?.rdd)?.variance()))
        }),
        ("sampleVariance", |_, t, _| {
            Ok(Value::Float(stats_of(&obj(t)?.rdd)?.sample_variance()))
        }),
        ("stdev", |_, t, _| {
            Ok(Value::Float(stats_of(&obj(t)?.rdd)?.variance().sqrt()))
        }),
        ("sampleStdev", |_, t, _| {
            Ok(Value::Float(
                stats_of(&obj(t)?.rdd)?.sample_variance().sqrt(),
            ))
        }),
        // `mapPartitions(lambda x: [sum(x)]).fold(0, operator.add)`.
        ("sum", |_, t, _| {
            let mut total = Value::Int(0);
            for p in &obj(t)?.rdd.partitions {
                let s = p
                    .iter()
                    .try_fold(Value::Int(0), |acc, x| acc.binop(BinOp::Add, x))?;
                total = total.binop(BinOp::Add, &Value::Int(0).binop(BinOp::Add, &s)?)?;
            }
            Ok(total)
        }),
        // The approximate actions: PySpark waits for the job's final value
        // (`getFinalValue()`), which is exact once every task has ended.
        ("countApprox", |_, t, mut a| {
            a.require(0, "timeout", "countApprox")?;
            Ok(Value::Int(obj(t)?.rdd.len() as i64))
        }),
        // `mapPartitions(lambda it: [float(sum(it))])`, summed by the JVM.
        ("sumApprox", |_, t, mut a| {
            a.require(0, "timeout", "sumApprox")?;
            let mut total = 0.0;
            for p in &obj(t)?.rdd.partitions {
                let s = p
                    .iter()
                    .try_fold(Value::Int(0), |acc, x| acc.binop(BinOp::Add, x))?;
                total += number(&s)?;
            }
            Ok(Value::Float(total))
        }),
        // `map(float)`, a JVM StatCounter per partition (Welford's, as PySpark's own).
        ("meanApprox", |_, t, mut a| {
            a.require(0, "timeout", "meanApprox")?;
            let o = obj(t)?;
            let parts = o.rdd.partitions.iter().map(|p| {
                p.iter()
                    .map(|x| number(x).map(Value::Float))
                    .collect::<Result<Vec<_>>>()
            });
            let floats = Rdd::new(parts.collect::<Result<_>>()?);
            Ok(Value::Float(stats_of(&floats).map_or(f64::NAN, |c| c.mu)))
        }),
        ("histogram", |py, t, mut a| {
            let buckets = a.require(0, "buckets", "histogram")?;
            crate::rdd_histogram::histogram(py, &obj(t)?.rdd, buckets)
        }),
    ]
}
