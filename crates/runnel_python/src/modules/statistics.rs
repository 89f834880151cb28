//! `statistics`: `mean`, `fmean`, `median` (and `_low`/`_high`; `_grouped` in
//! statistics_more), `mode`, `multimode`,
//! `variance`, `pvariance`, `stdev`, `pstdev`, computed as CPython 3.11 does: exact
//! rational sums of the data (`_sum`, `_ss`), converted back to int or float
//! (`_convert`), square roots correctly rounded (`_float_sqrt_of_frac`).

use crate::native::NativeFunction;
use crate::runtime::ops::{binop, Op};
use crate::{Args, Interpreter};
use num_integer::Integer;
use runnel_core::value::{as_big, int_value, BigIntValue as Big};
use runnel_core::{Error, Result, Value};

pub(super) fn stat_error(msg: &str) -> Error {
    Error::new("statistics.StatisticsError", msg)
}

/// A fraction n/d with d > 0, not necessarily reduced.
#[derive(Clone)]
pub(super) struct Frac {
    pub(super) n: Big,
    pub(super) d: Big,
}

impl Frac {
    fn new(n: Big, d: Big) -> Frac {
        let g = n.gcd(&d);
        if g > Big::from(1u8) {
            Frac {
                n: n / &g,
                d: d / &g,
            }
        } else {
            Frac { n, d }
        }
    }
    pub(super) fn int(n: Big) -> Frac {
        Frac {
            n,
            d: Big::from(1u8),
        }
    }
    pub(super) fn add(&self, o: &Frac) -> Frac {
        Frac::new(&self.n * &o.d + &o.n * &self.d, &self.d * &o.d)
    }
    fn mul(&self, o: &Frac) -> Frac {
        Frac::new(&self.n * &o.n, &self.d * &o.d)
    }
    fn div_int(&self, k: usize) -> Frac {
        Frac::new(self.n.clone(), &self.d * Big::from(k))
    }
    fn sub(&self, o: &Frac) -> Frac {
        Frac::new(&self.n * &o.d - &o.n * &self.d, &self.d * &o.d)
    }
}

/// `x.as_integer_ratio()` of a finite float.
pub(super) fn float_ratio(x: f64) -> Frac {
    let bits = x.to_bits();
    let sign = if bits >> 63 == 1 { -1 } else { 1 };
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (mant, e) = if exp == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), exp - 1075)
    };
    let n = Big::from(mant) * sign;
    if e >= 0 {
        Frac::int(n << e as usize)
    } else {
        Frac::new(n, Big::from(1u8) << (-e) as usize)
    }
}

/// `n / d` as a float, correctly rounded (Python's int true division).
pub(super) fn to_f64(f: &Frac) -> f64 {
    let zero = Big::from(0u8);
    if f.n == zero {
        return 0.0;
    }
    let neg = f.n < zero;
    let a = if neg { -f.n.clone() } else { f.n.clone() };
    let mut shift = 53 - (a.bits() as i64 - f.d.bits() as i64);
    loop {
        let (num, den) = if shift >= 0 {
            (&a << shift as usize, f.d.clone())
        } else {
            (a.clone(), &f.d << (-shift) as usize)
        };
        let (mut q, r) = num.div_rem(&den);
        if q.bits() > 53 {
            shift -= 1;
            continue;
        }
        if q.bits() < 53 {
            shift += 1;
            continue;
        }
        let twice = &r * 2u8;
        if twice > den || (twice == den && q.is_odd()) {
            q += 1u8;
        }
        let q = u64::try_from(&q).unwrap_or(u64::MAX) as f64;
        let mut v = q;
        let mut s = -shift;
        while s > 0 {
            let step = s.min(1000);
            v *= 2f64.powi(step as i32);
            s -= step;
        }
        while s < 0 {
            let step = (-s).min(1000);
            v /= 2f64.powi(step as i32);
            s += step;
        }
        return if neg { -v } else { v };
    }
}

/// The data as exact fractions, and whether any was a float (CPython's type `T`).
fn exact(interp: &Interpreter, data: &Value) -> Result<(Vec<Frac>, bool, Option<f64>)> {
    let mut out = Vec::new();
    let mut any_float = false;
    let mut special = None;
    for v in interp.collect(data)? {
        // Instances of int and float subclasses count as their numbers.
        let v = crate::runtime::builtin_base::plain(&v);
        match &v {
            Value::Float(x) => {
                any_float = true;
                if x.is_finite() {
                    out.push(float_ratio(*x));
                } else {
                    special = Some(special.unwrap_or(0.0) + x);
                    out.push(Frac::int(Big::from(0u8)));
                }
            }
            other => match as_big(other) {
                Some(b) => out.push(Frac::int(b)),
                None => {
                    return Err(Error::type_error(format!(
                        "can't convert type '{}' to numerator/denominator",
                        other.type_name()
                    )))
                }
            },
        }
    }
    Ok((out, any_float, special))
}

/// CPython's `_convert`: an int when exact and the data were ints, else a float.
fn convert(f: &Frac, any_float: bool) -> Value {
    if !any_float && f.d == Big::from(1u8) {
        return int_value(f.n.clone());
    }
    Value::Float(to_f64(f))
}

fn sum(xs: &[Frac]) -> Frac {
    xs.iter()
        .fold(Frac::int(Big::from(0u8)), |acc, x| acc.add(x))
}

fn mean(interp: &Interpreter, a: Args) -> Result<Value> {
    a.check_count("mean", 1, 1)?;
    let (xs, fl, special) = exact(interp, &a.positional[0])?;
    if xs.is_empty() {
        return Err(stat_error("mean requires at least one data point"));
    }
    if let Some(s) = special {
        return Ok(Value::Float(s));
    }
    Ok(convert(&sum(&xs).div_int(xs.len()), fl))
}

/// `_ss`: the exact sum of squared deviations (about the mean, or about `c`).
fn ss(
    interp: &Interpreter,
    data: &Value,
    c: Option<&Value>,
) -> Result<(Frac, usize, bool, Option<f64>)> {
    if let Some(c) = c {
        let items = interp.collect(data)?;
        let mut devs = Vec::with_capacity(items.len());
        for x in &items {
            let d = binop(Op::Sub, x, c, usize::MAX)?;
            devs.push(binop(Op::Mul, &d, &d, usize::MAX)?);
        }
        let (xs, fl, special) = exact(interp, &Value::list(devs))?;
        return Ok((sum(&xs), xs.len(), fl, special));
    }
    let (xs, fl, special) = exact(interp, data)?;
    let n = xs.len();
    if n == 0 {
        return Ok((Frac::int(Big::from(0u8)), 0, fl, special));
    }
    let sx = sum(&xs);
    let sxx = xs
        .iter()
        .fold(Frac::int(Big::from(0u8)), |acc, x| acc.add(&x.mul(x)));
    let ssd = Frac::int(Big::from(n))
        .mul(&sxx)
        .sub(&sx.mul(&sx))
        .div_int(n);
    Ok((ssd, n, fl, special))
}

fn variance(interp: &Interpreter, mut a: Args, population: bool, root: bool) -> Result<Value> {
    let name = match (population, root) {
        (false, false) => "variance",
        (true, false) => "pvariance",
        (false, true) => "stdev",
        (true, true) => "pstdev",
    };
    let data = a.require(0, "data", name)?;
    let c = a
        .take(1, if population { "mu" } else { "xbar" })
        .filter(|v| !matches!(v, Value::None));
    crate::modules::args::done(&a, name, 2)?;
    let (ssd, n, fl, special) = ss(interp, &data, c.as_ref())?;
    let min = if population { 1 } else { 2 };
    if n < min {
        let what = if population {
            "at least one data point"
        } else {
            "at least two data points"
        };
        return Err(stat_error(&format!("{name} requires {what}")));
    }
    if special.is_some() {
        return Ok(Value::Float(f64::NAN));
    }
    let mss = ssd.div_int(if population { n } else { n - 1 });
    if !root {
        return Ok(convert(&mss, fl));
    }
    Ok(Value::Float(sqrt_of_frac(&mss)))
}

/// `_float_sqrt_of_frac`: sqrt(n/m) correctly rounded, by round-to-odd integer roots.
fn sqrt_of_frac(f: &Frac) -> f64 {
    let (n, m) = (&f.n, &f.d);
    let rto = |n: &Big, m: &Big| {
        let a = (n / m).sqrt();
        let exact = &a * &a * m == *n;
        if exact {
            a
        } else {
            a | Big::from(1u8)
        }
    };
    let q = (n.bits() as i64 - m.bits() as i64 - 109).div_euclid(2);
    if q >= 0 {
        let num = rto(n, &(m << (2 * q) as usize)) << q as usize;
        to_f64(&Frac::int(num))
    } else {
        let num = rto(&(n << (-2 * q) as usize), m);
        to_f64(&Frac {
            n: num,
            d: Big::from(1u8) << (-q) as usize,
        })
    }
}

fn sorted(interp: &Interpreter, data: &Value) -> Result<Vec<Value>> {
    let mut items = interp.collect(data)?;
    crate::methods::list::sort_values(interp, &mut items, None, false)?;
    Ok(items)
}

fn median(interp: &Interpreter, a: Args, which: i8) -> Result<Value> {
    a.check_count("median", 1, 1)?;
    let xs = sorted(interp, &a.positional[0])?;
    let n = xs.len();
    if n == 0 {
        return Err(stat_error("no median for empty data"));
    }
    if n % 2 == 1 {
        return Ok(xs[n / 2].clone());
    }
    match which {
        -1 => Ok(xs[n / 2 - 1].clone()),
        1 => Ok(xs[n / 2].clone()),
        _ => {
            let s = binop(Op::Add, &xs[n / 2 - 1], &xs[n / 2], usize::MAX)?;
            binop(Op::Div, &s, &Value::Int(2), usize::MAX)
        }
    }
}

/// Values with their counts, in first-seen order (`Counter(data)`).
fn counts(interp: &Interpreter, data: &Value) -> Result<Vec<(Value, usize)>> {
    let mut map = runnel_core::value::PyDict::new();
    for v in interp.collect(data)? {
        let n = match map.get(&v)? {
            Some(Value::Int(n)) => *n,
            _ => 0,
        };
        map.insert(v, Value::Int(n + 1))?;
    }
    Ok(map
        .iter()
        .map(|(k, v)| {
            (
                k.clone(),
                if let Value::Int(n) = v {
                    *n as usize
                } else {
                    0
                },
            )
        })
        .collect())
}

fn mode(interp: &Interpreter, a: Args) -> Result<Value> {
    a.check_count("mode", 1, 1)?;
    let c = counts(interp, &a.positional[0])?;
    let max = c
        .iter()
        .map(|(_, n)| *n)
        .max()
        .ok_or_else(|| stat_error("no mode for empty data"))?;
    Ok(c.into_iter()
        .find(|(_, n)| *n == max)
        .map(|(v, _)| v)
        .unwrap_or(Value::None))
}

fn multimode(interp: &Interpreter, a: Args) -> Result<Value> {
    a.check_count("multimode", 1, 1)?;
    let c = counts(interp, &a.positional[0])?;
    let max = c.iter().map(|(_, n)| *n).max().unwrap_or(0);
    Ok(Value::list(
        c.into_iter()
            .filter(|(_, n)| *n == max)
            .map(|(v, _)| v)
            .collect(),
    ))
}

fn fmean(interp: &Interpreter, a: Args) -> Result<Value> {
    a.check_count("fmean", 1, 1)?;
    let xs: Vec<f64> = interp
        .collect(&a.positional[0])?
        .iter()
        .map(|v| crate::modules::args::float(v, "fmean"))
        .collect::<Result<_>>()?;
    if xs.is_empty() {
        return Err(stat_error("fmean requires at least one data point"));
    }
    Ok(Value::Float(
        super::math_more::fsum_of(&xs)? / xs.len() as f64,
    ))
}

pub(super) fn attrs() -> Vec<(&'static str, Value)> {
    vec![
        ("mean", NativeFunction::new("mean", mean)),
        ("fmean", NativeFunction::new("fmean", fmean)),
        (
            "median",
            NativeFunction::new("median", |i, a| median(i, a, 0)),
        ),
        (
            "median_low",
            NativeFunction::new("median_low", |i, a| median(i, a, -1)),
        ),
        (
            "median_high",
            NativeFunction::new("median_high", |i, a| median(i, a, 1)),
        ),
        ("mode", NativeFunction::new("mode", mode)),
        ("multimode", NativeFunction::new("multimode", multimode)),
        (
            "variance",
            NativeFunction::new("variance", |i, a| variance(i, a, false, false)),
        ),
        (
            "pvariance",
            NativeFunction::new("pvariance", |i, a| variance(i, a, true, false)),
        ),
        (
            "stdev",
            NativeFunction::new("stdev", |i, a| variance(i, a, false, true)),
        ),
        (
            "pstdev",
            NativeFunction::new("pstdev", |i, a| variance(i, a, true, true)),
        ),
        (
            "covariance",
            NativeFunction::new("covariance", super::statistics_more::covariance),
        ),
        (
            "correlation",
            NativeFunction::new("correlation", super::statistics_more::correlation),
        ),
        (
            "linear_regression",
            NativeFunction::new(
                "linear_regression",
                super::statistics_more::linear_regression,
            ),
        ),
        (
            "geometric_mean",
            NativeFunction::new("geometric_mean", super::statistics_more::geometric_mean),
        ),
        (
            "harmonic_mean",
            NativeFunction::new("harmonic_mean", super::statistics_more::harmonic_mean),
        ),
        (
            "median_grouped",
            NativeFunction::new("median_grouped", super::statistics_more::median_grouped),
        ),
        (
            "quantiles",
            NativeFunction::new("quantiles", super::statistics_more::quantiles),
        ),
        (
            "StatisticsError",
            Value::object(crate::exceptions::ExcClass {
                name: "statistics.StatisticsError",
            }),
        ),
    ]
}
