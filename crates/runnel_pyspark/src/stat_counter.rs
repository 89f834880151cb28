//! `pyspark.statcounter.StatCounter`: the running count, mean and variance PySpark's
//! `stats()` returns, with PySpark's own formulas (so the same floats). Programs make
//! them too (`StatCounter(values)`, `aggregate(StatCounter(), ...)`), so they are built
//! from Python and travel to worker threads as pickle would carry them.

use crate::glue::{instance, this};
use runnel_core::value::{Portable, PortableObject, Reviver};
use runnel_core::{Error, Result, Value};
use runnel_python::{Args, Interpreter, NativeClass};
use std::cell::RefCell;
use std::cmp::Ordering;
use std::rc::Rc;

/// `pyspark.statcounter.StatCounter`.
#[derive(Clone)]
pub(crate) struct StatCounter {
    pub(crate) n: i64,
    pub(crate) mu: f64,
    m2: f64,
    max: Value,
    min: Value,
}

pub(crate) fn number(v: &Value) -> Result<f64> {
    match v {
        Value::Int(i) => Ok(*i as f64),
        Value::Float(f) => Ok(*f),
        Value::Bool(b) => Ok(f64::from(u8::from(*b))),
        // `big - 0.0` converts the int (CPython's OverflowError past the float range)
        big if runnel_core::value::is_big(big) => {
            runnel_core::value::big_to_f64(&runnel_core::value::as_big(big).unwrap_or_default())
        }
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
    pub(crate) fn new() -> StatCounter {
        StatCounter {
            n: 0,
            mu: 0.0,
            m2: 0.0,
            max: Value::Float(f64::NEG_INFINITY),
            min: Value::Float(f64::INFINITY),
        }
    }

    pub(crate) fn merge(&mut self, value: &Value) -> Result<()> {
        let x = number(value)?;
        let delta = x - self.mu;
        self.n += 1;
        self.mu += delta / self.n as f64;
        self.m2 += delta * (x - self.mu);
        self.max = extreme(&self.max, value, Ordering::Greater)?;
        self.min = extreme(&self.min, value, Ordering::Less)?;
        Ok(())
    }

    pub(crate) fn merge_stats(&mut self, other: &StatCounter) -> Result<()> {
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

    pub(crate) fn variance(&self) -> f64 {
        if self.n == 0 {
            f64::NAN
        } else {
            self.m2 / self.n as f64
        }
    }

    pub(crate) fn sample_variance(&self) -> f64 {
        if self.n <= 1 {
            f64::NAN
        } else {
            self.m2 / (self.n - 1) as f64
        }
    }

    pub(crate) fn repr(&self) -> String {
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

fn counter(v: &Value) -> Result<Rc<RefCell<StatCounter>>> {
    this::<RefCell<StatCounter>>(v, "StatCounter")
}

thread_local! {
    /// The class, one per thread: the driver's `StatCounter` and `rdd.stats()` share it,
    /// and a worker thread revives counters as instances of its own.
    static CLASS: Rc<NativeClass> = Rc::new(build_class());
}

/// The `StatCounter` class (this thread's).
pub(crate) fn class() -> Rc<NativeClass> {
    CLASS.with(Rc::clone)
}

/// A counter as a Python value.
pub(crate) fn value(c: StatCounter) -> Value {
    instance(&class(), RefCell::new(c))
}

/// `StatCounter(values=None)`: merges each value.
fn construct(py: &Interpreter, mut a: Args) -> Result<Value> {
    let mut c = StatCounter::new();
    if let Some(values) = a.take(0, "values").filter(|v| !matches!(v, Value::None)) {
        for v in py.iterate(&values)? {
            c.merge(&v)?;
        }
    }
    Ok(value(c))
}

/// `asDict(sample=False)`: PySpark's dict, whose `stdev`/`variance` are the sample ones
/// unless `sample` is true (the flag reads the other way round in PySpark).
fn as_dict(t: &Value, sample: bool) -> Result<Value> {
    let c = counter(t)?.borrow().clone();
    let (stdev, variance) = if sample {
        (c.variance().sqrt(), c.variance())
    } else {
        (c.sample_variance().sqrt(), c.sample_variance())
    };
    let mut d = runnel_core::value::PyDict::new();
    let entries = [
        ("count", Value::Int(c.n)),
        ("mean", Value::Float(c.mu)),
        ("sum", Value::Float(c.n as f64 * c.mu)),
        ("min", c.min.clone()),
        ("max", c.max.clone()),
        ("stdev", Value::Float(stdev)),
        ("variance", Value::Float(variance)),
    ];
    for (k, v) in entries {
        d.insert(Value::str(k), v)?;
    }
    Ok(Value::dict(d))
}

fn build_class() -> NativeClass {
    let float = |f: fn(&StatCounter) -> f64| {
        move |_: &Interpreter, t: &Value, _: Args| Ok(Value::Float(f(&counter(t)?.borrow())))
    };
    let mut class = NativeClass::new("StatCounter")
        .constructor(construct)
        .method("count", |_, t, _| Ok(Value::Int(counter(t)?.borrow().n)))
        .method("mean", float(|c| c.mu))
        .method("sum", float(|c| c.n as f64 * c.mu))
        .method("variance", float(StatCounter::variance))
        .method("sampleVariance", float(StatCounter::sample_variance))
        .method("stdev", float(|c| c.variance().sqrt()))
        .method("sampleStdev", float(|c| c.sample_variance().sqrt()))
        .method("max", |_, t, _| Ok(counter(t)?.borrow().max.clone()))
        .method("min", |_, t, _| Ok(counter(t)?.borrow().min.clone()))
        .method("copy", |_, t, _| Ok(value(counter(t)?.borrow().clone())))
        .method("asDict", |_, t, mut a| {
            let sample = a.take(0, "sample").is_some_and(|v| v.truthy());
            as_dict(t, sample)
        })
        .method("merge", |_, t, mut a| {
            counter(t)?
                .borrow_mut()
                .merge(&a.require(0, "value", "merge")?)?;
            Ok(t.clone())
        })
        .method("mergeStats", |_, t, mut a| {
            let other = a.require(0, "other", "mergeStats")?;
            let other = counter(&other).map_err(|_| {
                Error::type_error(format!(
                    "Can only merge StatCounter but got <class '{}'>",
                    other.type_name()
                ))
            })?;
            // A copy first, so that `s.mergeStats(s)` reads the fields before writing.
            let other = other.borrow().clone();
            counter(t)?.borrow_mut().merge_stats(&other)?;
            Ok(t.clone())
        });
    class.repr = Some(Rc::new(|inst| {
        inst.data
            .clone()
            .downcast::<RefCell<StatCounter>>()
            .map(|c| c.borrow().repr())
            .unwrap_or_default()
    }));
    class.freeze = Some(Rc::new(|inst, f| {
        let c = inst
            .data
            .clone()
            .downcast::<RefCell<StatCounter>>()
            .map_err(|_| Error::type_error("not a StatCounter"))?;
        let c = c.borrow();
        Ok(Box::new(PortableCounter {
            n: c.n,
            mu: c.mu,
            m2: c.m2,
            max: f.freeze(&c.max)?,
            min: f.freeze(&c.min)?,
        }) as Box<dyn PortableObject>)
    }));
    class
}

/// A counter on its way to another thread.
#[derive(Debug)]
struct PortableCounter {
    n: i64,
    mu: f64,
    m2: f64,
    max: Portable,
    min: Portable,
}

impl PortableObject for PortableCounter {
    fn revive(&self, r: &mut Reviver, _id: u32) -> Result<Value> {
        let c = StatCounter {
            n: self.n,
            mu: self.mu,
            m2: self.m2,
            max: r.revive(&self.max)?,
            min: r.revive(&self.min)?,
        };
        Ok(value(c))
    }
}
