//! The rest of `math`: `degrees`, `radians`, `erf`, `erfc`, `gamma`, `lgamma`,
//! `isclose`, an exactly rounded `fsum`,
//! and the integer functions (`factorial`, `comb`, `perm`, `isqrt`, `gcd`, `lcm`, `prod`) on
//! Python's unbounded ints.

use crate::native::NativeFunction;
use crate::{Args, Interpreter};
use runnel_core::value::{as_big, int_value, BigIntValue};
use runnel_core::{Error, Result, Value};

pub(super) fn num(v: &Value) -> Result<f64> {
    match v {
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(*b as i64 as f64),
        Value::Float(x) => Ok(*x),
        other if crate::runtime::builtin_base::base_of(other).is_some() => {
            num(&crate::runtime::builtin_base::plain(other))
        }
        other => match as_big(other) {
            Some(b) => runnel_core::value::big_to_f64(&b),
            None => Err(Error::type_error(format!(
                "must be real number, not {}",
                other.type_name()
            ))),
        },
    }
}

fn f1(name: &'static str, f: fn(f64) -> Result<f64>) -> (&'static str, Value) {
    (
        name,
        NativeFunction::new(name, move |_, a: Args| {
            a.check_count(name, 1, 1)?;
            Ok(Value::Float(f(num(&a.positional[0])?)?))
        }),
    )
}

/// An int argument (of an int subclass too: its int value).
fn int_arg(v: &Value) -> Result<BigIntValue> {
    match v {
        Value::Float(_) => Err(Error::type_error(
            "'float' object cannot be interpreted as an integer",
        )),
        _ => as_big(&crate::runtime::builtin_base::plain(v)).ok_or_else(|| {
            Error::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                v.type_name()
            ))
        }),
    }
}

fn small(v: &BigIntValue, what: &str) -> Result<u64> {
    u64::try_from(v)
        .map_err(|_| Error::value_error(format!("{what} must be a non-negative integer")))
}

fn product(lo: u64, hi: u64, max_bits: u64) -> Result<BigIntValue> {
    // Products beyond the big-int budget are refused before they are built.
    let mut acc = BigIntValue::from(1u8);
    for k in lo..=hi {
        acc *= k;
        if acc.bits() > max_bits {
            return Err(runnel_core::Error::new(
                "MemoryError",
                "the result is larger than Runnel's integer budget",
            ));
        }
    }
    Ok(acc)
}

const MAX_BITS: u64 = 10_000_000;

/// CPython's `math.fsum`: Shewchuk's exact partial sums, correctly rounded.
fn fsum(interp: &Interpreter, a: Args) -> Result<Value> {
    a.check_count("fsum", 1, 1)?;
    let xs: Vec<f64> = interp
        .collect(&a.positional[0])?
        .iter()
        .map(num)
        .collect::<Result<_>>()?;
    fsum_of(&xs).map(Value::Float)
}

/// `math.fsum` of floats (also `statistics.fmean`'s sum).
pub(super) fn fsum_of(xs: &[f64]) -> Result<f64> {
    let mut partials: Vec<f64> = Vec::new();
    // The infinities and nans, and the infinities alone (inf + -inf is CPython's error;
    // a nan among the items makes the sum nan).
    let (mut special, mut inf_sum) = (0.0f64, 0.0f64);
    for &x in xs {
        let mut x = x;
        if !x.is_finite() {
            if x.is_infinite() {
                inf_sum += x;
            }
            special += x;
            continue;
        }
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        if !x.is_finite() {
            return Err(Error::overflow("intermediate overflow in fsum"));
        }
        partials.push(x);
    }
    if special != 0.0 || special.is_nan() {
        if inf_sum.is_nan() {
            return Err(Error::value_error("-inf + inf in fsum"));
        }
        return Ok(special);
    }
    let mut hi = 0.0;
    if let Some(mut n) = partials.len().checked_sub(1) {
        hi = partials[n];
        let mut lo = 0.0;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        // Round half to even across the remaining partials, as CPython does.
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(hi)
}

pub(super) fn attrs() -> Vec<(&'static str, Value)> {
    vec![
        f1("degrees", |x| Ok(x.to_degrees())),
        f1("radians", |x| Ok(x.to_radians())),
        f1("erf", erf),
        f1("erfc", erfc),
        f1("gamma", gamma),
        f1("lgamma", lgamma),
        (
            "isclose",
            NativeFunction::new("isclose", |_, mut a: Args| {
                let x = num(&a.require(0, "a", "isclose")?)?;
                let y = num(&a.require(1, "b", "isclose")?)?;
                let rel = a.take_keyword("rel_tol").map_or(Ok(1e-9), |v| num(&v))?;
                let abs = a.take_keyword("abs_tol").map_or(Ok(0.0), |v| num(&v))?;
                a.finish("isclose")?;
                if rel < 0.0 || abs < 0.0 {
                    return Err(Error::value_error("tolerances must be non-negative"));
                }
                if x == y {
                    return Ok(Value::Bool(true));
                }
                if x.is_infinite() || y.is_infinite() {
                    return Ok(Value::Bool(false));
                }
                let d = (x - y).abs();
                Ok(Value::Bool(
                    d <= (rel * y).abs() || d <= (rel * x).abs() || d <= abs,
                ))
            }),
        ),
        ("fsum", NativeFunction::new("fsum", fsum)),
        (
            "factorial",
            NativeFunction::new("factorial", |_, a: Args| {
                a.check_count("factorial", 1, 1)?;
                let n = int_arg(&a.positional[0])?;
                if n < BigIntValue::from(0) {
                    return Err(Error::value_error(
                        "factorial() not defined for negative values",
                    ));
                }
                let n = small(&n, "n")?;
                // log2(n!) by Stirling: past the budget, refused before minutes of work.
                let bits = (n as f64) * ((n as f64) / std::f64::consts::E).log2();
                if n > 2 && bits > MAX_BITS as f64 * 1.01 {
                    return Err(Error::new(
                        "MemoryError",
                        "the result is larger than Runnel's integer budget",
                    ));
                }
                Ok(int_value(product(1, n, MAX_BITS)?))
            }),
        ),
        (
            "perm",
            NativeFunction::new("perm", |_, a: Args| {
                a.check_count("perm", 1, 2)?;
                // Both are ints before either is checked, as CPython's order of errors.
                let n_int = int_arg(&a.positional[0])?;
                let k_int = match a.positional.get(1) {
                    None | Some(Value::None) => None,
                    Some(k) => Some(int_arg(k)?),
                };
                let n = small(&n_int, "n")?;
                let k = match k_int {
                    None => n,
                    Some(k) => small(&k, "k")?,
                };
                if k > n {
                    return Ok(Value::Int(0));
                }
                Ok(int_value(product(n - k + 1, n, MAX_BITS)?))
            }),
        ),
        (
            "comb",
            NativeFunction::new("comb", |_, a: Args| {
                a.check_count("comb", 2, 2)?;
                let (n, k) = (int_arg(&a.positional[0])?, int_arg(&a.positional[1])?);
                let (n, k) = (small(&n, "n")?, small(&k, "k")?);
                if k > n {
                    return Ok(Value::Int(0));
                }
                let k = k.min(n - k);
                let mut acc = BigIntValue::from(1u8);
                for i in 0..k {
                    acc = acc * (n - i) / (i + 1);
                    if acc.bits() > MAX_BITS {
                        return Err(Error::new(
                            "MemoryError",
                            "the result is larger than Runnel's integer budget",
                        ));
                    }
                }
                Ok(int_value(acc))
            }),
        ),
        (
            "isqrt",
            NativeFunction::new("isqrt", |_, a: Args| {
                a.check_count("isqrt", 1, 1)?;
                let n = int_arg(&a.positional[0])?;
                if n < BigIntValue::from(0) {
                    return Err(Error::value_error("isqrt() argument must be nonnegative"));
                }
                Ok(int_value(n.sqrt()))
            }),
        ),
        (
            "gcd",
            NativeFunction::new("gcd", |_, a: Args| {
                use num_integer::Integer;
                let mut acc = BigIntValue::from(0u8);
                for v in &a.positional {
                    acc = acc.gcd(&int_arg(v)?);
                }
                Ok(int_value(acc))
            }),
        ),
        (
            "lcm",
            NativeFunction::new("lcm", |_, a: Args| {
                use num_integer::Integer;
                let mut acc = BigIntValue::from(1u8);
                // Every argument must be an int, even after a zero (CPython checks them all).
                let ints = a
                    .positional
                    .iter()
                    .map(int_arg)
                    .collect::<Result<Vec<_>>>()?;
                for b in ints {
                    if b == BigIntValue::from(0) {
                        return Ok(Value::Int(0));
                    }
                    acc = acc.lcm(&b);
                }
                Ok(int_value(if acc < BigIntValue::from(0) {
                    -acc
                } else {
                    acc
                }))
            }),
        ),
        (
            "prod",
            NativeFunction::new("prod", |interp, mut a: Args| {
                let it = a.require(0, "iterable", "prod")?;
                let mut acc = a.take_keyword("start").unwrap_or(Value::Int(1));
                a.finish("prod")?;
                for v in interp.collect(&it)? {
                    acc = crate::runtime::ops::binop(
                        crate::runtime::ops::Op::Mul,
                        &acc,
                        &v,
                        interp.config.max_collection_len,
                    )?;
                }
                Ok(acc)
            }),
        ),
    ]
}

#[cfg(feature = "extra")]
use super::math_gamma::{gamma, lgamma};

#[cfg(feature = "extra")]
fn erf(x: f64) -> Result<f64> {
    Ok(super::math_erf::erf(x))
}

#[cfg(feature = "extra")]
fn erfc(x: f64) -> Result<f64> {
    Ok(super::math_erf::erfc(x))
}

/// `math.erf`, `erfc`, `gamma` and `lgamma` are the full engine's (the npm package's lite
/// engine leaves CPython's algorithms for them out).
#[cfg(not(feature = "extra"))]
fn special(_: f64) -> Result<f64> {
    Err(super::feature_needs_full_engine(
        "math.erf, math.erfc, math.gamma and math.lgamma",
    ))
}

#[cfg(not(feature = "extra"))]
use special as erf;
#[cfg(not(feature = "extra"))]
use special as erfc;
#[cfg(not(feature = "extra"))]
use special as gamma;
#[cfg(not(feature = "extra"))]
use special as lgamma;
