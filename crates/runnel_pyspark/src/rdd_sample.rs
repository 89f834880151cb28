//! `sample`, `takeSample` and `randomSplit` with PySpark's own samplers
//! (`pyspark/rddsampler.py`) on CPython's Mersenne Twister ([`PyRandom`]): with a seed,
//! the same records as Spark's Python workers pick.

use crate::convert::{count, given, truthy};
use crate::rdd::{obj, Method};
use runnel_core::fmath;
use runnel_core::rdd::Rdd;
use runnel_core::{Error, Result, Value};
use runnel_python::{Args, Interpreter, PyRandom};

/// `sys.maxsize + 1`: `random.randint(0, sys.maxsize)` draws below it.
const MAXSIZE_PLUS_ONE: u64 = 1 << 63;

/// A seed argument, or a random one as PySpark draws it (`random.randint(0, bound - 1)`)
/// from a generator seeded by the clock, when `None`.
fn seed_of(py: &Interpreter, v: Option<Value>, bound: u64) -> Result<i64> {
    match given(v) {
        Some(Value::Int(s)) => Ok(s),
        Some(Value::Bool(b)) => Ok(i64::from(b)),
        Some(other) => Err(Error::type_error(format!(
            "the seed must be an int, not '{}'",
            other.type_name()
        ))),
        None => {
            let mut r = PyRandom::from_int(py.host().now_millis());
            Ok(r.randbelow(bound) as i64)
        }
    }
}

/// `RDDSamplerBase.initRandomGenerator(split)`.
fn generator(seed: i64, split: usize) -> PyRandom {
    let mut r = PyRandom::from_int(seed ^ split as i64);
    for _ in 0..10 {
        r.randbelow(2);
    }
    r
}

/// `getPoissonSample(mean)`.
fn poisson(r: &mut PyRandom, mean: f64) -> usize {
    let mut k = 0;
    if mean < 20.0 {
        let lda = fmath::exp(-mean);
        let mut p = r.random();
        while p > lda {
            k += 1;
            p *= r.random();
        }
    } else {
        let expo = |r: &mut PyRandom| -fmath::ln(1.0 - r.random()) / mean;
        let mut p = expo(r);
        while p < 1.0 {
            k += 1;
            p += expo(r);
        }
    }
    k
}

/// `RDDSampler(withReplacement, fraction, seed)` over every partition (keeping the
/// partitioner, as `mapPartitionsWithIndex(..., True)` does).
pub(crate) fn sample(rdd: &Rdd, with_replacement: bool, fraction: f64, seed: i64) -> Rdd {
    sample_each(rdd, with_replacement, seed, |_| Ok(fraction))
        .expect("a fixed fraction cannot fail")
}

/// A sampler over every partition with each record's own fraction (`RDDSampler`, or
/// `RDDStratifiedSampler`'s fraction of the record's key): as many copies of the record
/// as the draw says.
fn sample_each(
    rdd: &Rdd,
    with_replacement: bool,
    seed: i64,
    mut fraction: impl FnMut(&Value) -> Result<f64>,
) -> Result<Rdd> {
    let mut parts = Vec::with_capacity(rdd.num_partitions());
    for (split, p) in rdd.partitions.iter().enumerate() {
        let mut r = generator(seed, split);
        let mut out = Vec::new();
        for x in p {
            let f = fraction(x)?;
            let n = if with_replacement {
                poisson(&mut r, f)
            } else {
                usize::from(r.random() < f)
            };
            out.extend(std::iter::repeat_n(x.clone(), n));
        }
        parts.push(out);
    }
    Ok(Rdd {
        partitions: parts,
        partitioner: rdd.partitioner,
    })
}

/// `sampleByKey(withReplacement, fractions, seed=None)`: PySpark's
/// `RDDStratifiedSampler`, each `(key, value)` record kept with its key's fraction.
fn sample_by_key(py: &Interpreter, t: &Value, mut a: Args) -> Result<Value> {
    let o = obj(t)?;
    let with_replacement = truthy(a.take(0, "withReplacement"), false);
    let fractions = a.require(1, "fractions", "sampleByKey")?;
    for f in py.iterate(&py.call_method(&fractions, "values", Args::default())?)? {
        if f.py_compare(runnel_core::value::CmpOp::Lt, &Value::Float(0.0))? {
            return Err(Error::new(
                "AssertionError",
                format!("Negative fraction value: {}", f.to_str()),
            ));
        }
    }
    let seed = seed_of(py, a.take(2, "seed"), MAXSIZE_PLUS_ONE)?;
    let fraction_of = |record: &Value| {
        // `for key, val in iterator`.
        let items = py.iterate(record)?;
        if items.len() != 2 {
            return Err(unpack_error(items.len()));
        }
        fraction_arg(fraction_of_key(&fractions, &items[0])?)
    };
    // `mapPartitionsWithIndex(RDDStratifiedSampler(...).func, True)`.
    o.keeping(sample_each(&o.rdd, with_replacement, seed, fraction_of)?)
}

/// `fractions[key]`.
fn fraction_of_key(fractions: &Value, key: &Value) -> Result<Value> {
    let Value::Dict(d) = fractions else {
        return Err(Error::type_error(format!(
            "'{}' object is not subscriptable",
            fractions.type_name()
        )));
    };
    let d = d.borrow()?;
    let found = d.get(key)?.cloned();
    found.ok_or_else(|| Error::key_error(key.repr()))
}

/// CPython's error unpacking `n` values into two names.
fn unpack_error(n: usize) -> Error {
    if n < 2 {
        Error::value_error(format!("not enough values to unpack (expected 2, got {n})"))
    } else {
        Error::value_error("too many values to unpack (expected 2)")
    }
}

fn fraction_arg(v: Value) -> Result<f64> {
    let f = match v {
        Value::Int(i) => i as f64,
        Value::Float(f) => f,
        Value::Bool(b) => f64::from(u8::from(b)),
        other => {
            return Err(Error::type_error(format!(
                "fraction must be a number, not '{}'",
                other.type_name()
            )))
        }
    };
    if f >= 0.0 {
        Ok(f)
    } else {
        Err(Error::value_error("Fraction must be nonnegative."))
    }
}

/// `RDD._computeFractionForSampleSize`.
fn fraction_for(num: usize, total: usize, with_replacement: bool) -> f64 {
    let fraction = num as f64 / total as f64;
    if with_replacement {
        let sd = if num < 12 { 9.0 } else { 5.0 };
        fraction + sd * (fraction / total as f64).sqrt()
    } else {
        let gamma = -fmath::ln(0.00005f64) / total as f64;
        (fraction + gamma + (gamma * gamma + 2.0 * gamma * fraction).sqrt()).min(1.0)
    }
}

/// `random.shuffle(x)`.
fn shuffle(r: &mut PyRandom, x: &mut [Value]) {
    for i in (1..x.len()).rev() {
        let j = r.randbelow(i as u64 + 1) as usize;
        x.swap(i, j);
    }
}

fn take_sample(py: &Interpreter, t: &Value, mut a: Args) -> Result<Value> {
    let o = obj(t)?;
    let with_replacement = truthy(a.take(0, "withReplacement"), false);
    let num = match a.require(1, "num", "takeSample")? {
        Value::Int(n) if n < 0 => {
            return Err(Error::value_error("Sample size cannot be negative."))
        }
        n => count(&n, "num")?,
    };
    let seed = given(a.take(2, "seed"));
    let total = o.rdd.count();
    if num == 0 || o.rdd.num_partitions() == 0 || total == 0 {
        return Ok(Value::list(Vec::new()));
    }
    let mut rand = match &seed {
        Some(_) => PyRandom::from_int(seed_of(py, seed.clone(), MAXSIZE_PLUS_ONE)?),
        None => PyRandom::from_int(py.host().now_millis()),
    };
    if !with_replacement && num >= total {
        let mut samples = o.rdd.collect();
        shuffle(&mut rand, &mut samples);
        return Ok(Value::list(samples));
    }
    let fraction = fraction_for(num, total, with_replacement);
    let mut seed = seed_of(py, seed, MAXSIZE_PLUS_ONE)?;
    let mut samples = sample(&o.rdd, with_replacement, fraction, seed).collect();
    while samples.len() < num {
        seed = rand.randbelow(MAXSIZE_PLUS_ONE) as i64;
        samples = sample(&o.rdd, with_replacement, fraction, seed).collect();
    }
    shuffle(&mut rand, &mut samples);
    samples.truncate(num);
    Ok(Value::list(samples))
}

fn random_split(py: &Interpreter, t: &Value, mut a: Args) -> Result<Value> {
    let o = obj(t)?;
    let weights = py
        .iterate(&a.require(0, "weights", "randomSplit")?)?
        .into_iter()
        .map(fraction_arg)
        .collect::<Result<Vec<f64>>>()
        .map_err(|_| Error::value_error("Weights must be nonnegative"))?;
    let total: f64 = weights.iter().sum();
    if total.is_nan() || total <= 0.0 {
        return Err(Error::value_error("Sum of weights must be positive"));
    }
    let seed = seed_of(py, a.take(1, "seed"), 1 << 32)?;
    let mut bounds = vec![0.0];
    for w in &weights {
        bounds.push(bounds[bounds.len() - 1] + w / total);
    }
    let mut out = Vec::with_capacity(weights.len());
    for w in bounds.windows(2) {
        let (lb, ub) = (w[0], w[1]);
        // `RDDRangeSampler(lb, ub, seed)`.
        let parts = o.rdd.partitions.iter().enumerate().map(|(split, p)| {
            let mut r = generator(seed, split);
            p.iter()
                .filter(|_| {
                    let x = r.random();
                    lb <= x && x < ub
                })
                .cloned()
                .collect()
        });
        // `mapPartitionsWithIndex(sampler, preservesPartitioning=True)`.
        out.push(o.keeping(Rdd {
            partitions: parts.collect(),
            partitioner: o.rdd.partitioner,
        })?);
    }
    Ok(Value::list(out))
}

/// The methods.
pub(crate) fn methods() -> Vec<(&'static str, Method)> {
    vec![
        ("sample", |py, t, mut a| {
            let o = obj(t)?;
            let with_replacement = truthy(a.take(0, "withReplacement"), false);
            let fraction = fraction_arg(a.require(1, "fraction", "sample")?)?;
            let seed = seed_of(py, a.take(2, "seed"), MAXSIZE_PLUS_ONE)?;
            o.keeping(sample(&o.rdd, with_replacement, fraction, seed))
        }),
        ("takeSample", take_sample),
        ("sampleByKey", sample_by_key),
        ("randomSplit", random_split),
    ]
}
