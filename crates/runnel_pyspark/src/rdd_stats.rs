//! PySpark's numeric RDD methods: `stats()` with its `StatCounter` (the same running
//! formulas, so the same floats), `mean`, `variance`, `stdev`, `sampleStdev`,
//! `sampleVariance`, `sum` and `histogram`, each as `pyspark/rdd.py` computes it.

use crate::glue::{instance, this};
use crate::rdd::{obj, Method};
use runnel_core::rdd::Rdd;
use runnel_core::value::BinOp;
use runnel_core::{Error, Result, Value};
use runnel_python::{Args, NativeClass};
use std::cell::RefCell;
use std::cmp::Ordering;

/// `pyspark.statcounter.StatCounter`.
#[derive(Clone)]
pub(crate) struct StatCounter {
    n: i64,
    mu: f64,
    m2: f64,
    max: Value,
    min: Value,
}

fn number(v: &Value) -> Result<f64> {
    match v {
        Value::Int(i) => Ok(*i as f64),
        Value::Float(f) => Ok(*f),
        Value::Bool(b) => Ok(f64::from(u8::from(*b))),
        other => Err(Error::type_error(format!(
            "unsupported operand type(s) for -: '{}' and 'float'",
            other.type_name()
        ))),
    }
}

/// Python's `max(a, b)` (`min`): `b` only when strictly greater (less).
fn extreme(a: &Value, b: &Value, want: Ordering) -> Result<Value> {
    Ok(if b.py_cmp(a)? == want {
        b.clone()
    } else {
        a.clone()
    })
}

impl StatCounter {
    fn new() -> StatCounter {
        StatCounter {
            n: 0,
            mu: 0.0,
            m2: 0.0,
            max: Value::Float(f64::NEG_INFINITY),
            min: Value::Float(f64::INFINITY),
        }
    }

    fn merge(&mut self, value: &Value) -> Result<()> {
        let x = number(value)?;
        let delta = x - self.mu;
        self.n += 1;
        self.mu += delta / self.n as f64;
        self.m2 += delta * (x - self.mu);
        self.max = extreme(&self.max, value, Ordering::Greater)?;
        self.min = extreme(&self.min, value, Ordering::Less)?;
        Ok(())
    }

    fn merge_stats(&mut self, other: &StatCounter) -> Result<()> {
        if self.n == 0 {
            *self = other.clone();
        } else if other.n != 0 {
            let (n, m) = (self.n as f64, other.n as f64);
            let delta = other.mu - self.mu;
            self.mu = if other.n * 10 < self.n {
                self.mu + (delta * m) / (n + m)
            } else if self.n * 10 < other.n {
                other.mu - (delta * n) / (n + m)
            } else {
                (self.mu * n + other.mu * m) / (n + m)
            };
            self.max = extreme(&self.max, &other.max, Ordering::Greater)?;
            self.min = extreme(&self.min, &other.min, Ordering::Less)?;
            self.m2 += other.m2 + (delta * delta * n * m) / (n + m);
            self.n += other.n;
        }
        Ok(())
    }

    fn variance(&self) -> f64 {
        if self.n == 0 {
            f64::NAN
        } else {
            self.m2 / self.n as f64
        }
    }

    fn sample_variance(&self) -> f64 {
        if self.n <= 1 {
            f64::NAN
        } else {
            self.m2 / (self.n - 1) as f64
        }
    }

    fn repr(&self) -> String {
        format!(
            "(count: {}, mean: {}, stdev: {}, max: {}, min: {})",
            self.n,
            Value::Float(self.mu).to_str(),
            Value::Float(self.variance().sqrt()).to_str(),
            self.max.to_str(),
            self.min.to_str()
        )
    }
}

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

fn counter(v: &Value) -> Result<std::rc::Rc<RefCell<StatCounter>>> {
    this::<RefCell<StatCounter>>(v, "StatCounter")
}

/// The `StatCounter` class.
pub(crate) fn stat_counter_class() -> NativeClass {
    let float = |f: fn(&StatCounter) -> f64| {
        move |_: &runnel_python::Interpreter, t: &Value, _: Args| {
            Ok(Value::Float(f(&counter(t)?.borrow())))
        }
    };
    let mut class = NativeClass::new("StatCounter")
        .method("count", |_, t, _| Ok(Value::Int(counter(t)?.borrow().n)))
        .method("mean", float(|c| c.mu))
        .method("sum", float(|c| c.n as f64 * c.mu))
        .method("variance", float(StatCounter::variance))
        .method("sampleVariance", float(StatCounter::sample_variance))
        .method("stdev", float(|c| c.variance().sqrt()))
        .method("sampleStdev", float(|c| c.sample_variance().sqrt()))
        .method("max", |_, t, _| Ok(counter(t)?.borrow().max.clone()))
        .method("min", |_, t, _| Ok(counter(t)?.borrow().min.clone()))
        .method("merge", |_, t, mut a| {
            counter(t)?
                .borrow_mut()
                .merge(&a.require(0, "value", "merge")?)?;
            Ok(t.clone())
        })
        .method("mergeStats", |_, t, mut a| {
            let other = counter(&a.require(0, "other", "mergeStats")?)?
                .borrow()
                .clone();
            counter(t)?.borrow_mut().merge_stats(&other)?;
            Ok(t.clone())
        });
    class.repr = Some(std::rc::Rc::new(|inst| {
        inst.data
            .clone()
            .downcast::<RefCell<StatCounter>>()
            .map(|c| c.borrow().repr())
            .unwrap_or_default()
    }));
    class
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
