//! The `math` functions whose special values CPython decides itself rather than libm:
//! `math_1`'s and `math_2`'s rules (a nan from a non-nan argument is a ValueError, an
//! infinity from finite ones an OverflowError or ValueError), and `pow`, `fmod`,
//! `remainder`, `atan2`, `ldexp`, `frexp` and `modf`, which handle infinities, nans and
//! zeros by hand; `nextafter` and `ulp`. Checked against python3 3.11 on every pair of 28 special values.
//!
//! Ported from CPython's Modules/mathmodule.c (3.11), Copyright (c) 2001-2023 Python
//! Software Foundation; All Rights Reserved; under the PSF License Agreement version 2.

use super::math_more::num;
use crate::native::NativeFunction;
use crate::Args;
use runnel_core::value::as_big;
use runnel_core::{fmath, Error, Result, Value};
use std::f64::consts::PI;

fn domain() -> Error {
    Error::value_error("math domain error")
}

fn range() -> Error {
    Error::overflow("math range error")
}

/// CPython's `math_1`: `r` is `f(x)` for a libm-style `f`.
fn math_1(x: f64, r: f64, can_overflow: bool) -> Result<f64> {
    if r.is_nan() && !x.is_nan() {
        return Err(domain());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow { range() } else { domain() });
    }
    Ok(r)
}

/// CPython's `math_2`: `r` is `f(x, y)`.
fn math_2(x: f64, y: f64, r: f64) -> Result<f64> {
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain());
    }
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(range());
    }
    Ok(r)
}

/// A one-argument function under `math_1` (CPython's `FUNC1`).
fn func1(name: &'static str, f: fn(f64) -> f64, can_overflow: bool) -> (&'static str, Value) {
    (
        name,
        NativeFunction::new(name, move |_, a: Args| {
            a.check_count(name, 1, 1)?;
            let x = num(&a.positional[0])?;
            Ok(Value::Float(math_1(x, f(x), can_overflow)?))
        }),
    )
}

fn func2(name: &'static str, f: fn(f64, f64) -> Result<f64>) -> (&'static str, Value) {
    (
        name,
        NativeFunction::new(name, move |_, a: Args| {
            a.check_count(name, 2, 2)?;
            let x = num(&a.positional[0])?;
            let y = num(&a.positional[1])?;
            Ok(Value::Float(f(x, y)?))
        }),
    )
}

/// `m_atan2`: the infinities and zeros by C99's Annex F, whatever the libm.
fn atan2(y: f64, x: f64) -> Result<f64> {
    let r = if x.is_nan() || y.is_nan() {
        f64::NAN
    } else if y.is_infinite() {
        let q = match (x.is_infinite(), x.is_sign_positive()) {
            (true, true) => 0.25,
            (true, false) => 0.75,
            (false, _) => 0.5,
        };
        (q * PI).copysign(y)
    } else if x.is_infinite() || y == 0.0 {
        if x.is_sign_positive() {
            0.0f64.copysign(y)
        } else {
            PI.copysign(y)
        }
    } else {
        fmath::atan2(y, x)
    };
    math_2(y, x, r)
}

/// `math_pow_impl`: IEEE special values by hand, libm's `pow` for finite ones.
fn pow(x: f64, y: f64) -> Result<f64> {
    if x.is_finite() && y.is_finite() {
        let r = fmath::pow(x, y);
        return match r {
            r if r.is_nan() => Err(domain()),
            r if r.is_infinite() && x == 0.0 => Err(domain()),
            r if r.is_infinite() => Err(range()),
            r => Ok(r),
        };
    }
    Ok(if x.is_nan() {
        if y == 0.0 {
            1.0
        } else {
            x
        }
    } else if y.is_nan() {
        if x == 1.0 {
            1.0
        } else {
            y
        }
    } else if x.is_infinite() {
        let odd_y = y.is_finite() && y.abs() % 2.0 == 1.0;
        if y > 0.0 {
            if odd_y {
                x
            } else {
                x.abs()
            }
        } else if y == 0.0 {
            1.0
        } else if odd_y {
            0.0f64.copysign(x)
        } else {
            0.0
        }
    } else if x.abs() == 1.0 {
        1.0
    } else if (y > 0.0 && x.abs() > 1.0) || (y < 0.0 && x.abs() < 1.0) {
        f64::INFINITY
    } else {
        0.0
    })
}

/// `math_fmod_impl`: `fmod(x, ±inf)` is `x` for finite `x`.
fn fmod(x: f64, y: f64) -> Result<f64> {
    if y.is_infinite() && x.is_finite() {
        return Ok(x);
    }
    math_2(x, y, x % y)
}

/// `m_remainder`: IEEE 754's remainder, the half-way case to the even multiple.
fn remainder(x: f64, y: f64) -> Result<f64> {
    let r = if x.is_finite() && y.is_finite() {
        if y == 0.0 {
            f64::NAN
        } else {
            let (absx, absy) = (x.abs(), y.abs());
            let m = absx % absy;
            let c = absy - m;
            let r = if m < c {
                m
            } else if m > c {
                -c
            } else {
                m - 2.0 * ((0.5 * (absx - m)) % absy)
            };
            1.0f64.copysign(x) * r
        }
    } else if x.is_nan() {
        x
    } else if y.is_nan() {
        y
    } else if x.is_infinite() {
        f64::NAN
    } else {
        x
    };
    math_2(x, y, r)
}

/// `x * 2**n` rounded once (musl's `scalbn`, MIT: the scaling in steps that cannot
/// round twice).
fn scalbn(x: f64, n: i64) -> f64 {
    let p = |e: i64| f64::from_bits(((e + 1023) as u64) << 52);
    let (mut y, mut n) = (x, n);
    if n > 1023 {
        y *= p(1023);
        n -= 1023;
        if n > 1023 {
            y *= p(1023);
            n = (n - 1023).min(1023);
        }
    } else if n < -1022 {
        // 2**-1022 * 2**53, so that a subnormal result is rounded only once.
        y *= p(-1022 + 53);
        n += 1022 - 53;
        if n < -1022 {
            y *= p(-1022 + 53);
            n = (n + 1022 - 53).max(-1022);
        }
    }
    y * p(n)
}

fn ldexp(_: &crate::Interpreter, a: Args) -> Result<Value> {
    a.check_count("ldexp", 2, 2)?;
    let x = num(&a.positional[0])?;
    let i = crate::runtime::builtin_base::plain(&a.positional[1]);
    let n = match &i {
        Value::Int(n) => *n,
        Value::Bool(b) => *b as i64,
        v => match as_big(v) {
            // Beyond i64 the result is 0 or inf anyway (CPython clamps to a C long).
            Some(b) if b.sign() == num_bigint::Sign::Minus => i64::MIN,
            Some(_) => i64::MAX,
            None => {
                return Err(Error::type_error(
                    "Expected an int as second argument to ldexp.",
                ))
            }
        },
    };
    if x == 0.0 || !x.is_finite() {
        return Ok(Value::Float(x));
    }
    let r = scalbn(x, n.clamp(-1_000_000, 1_000_000));
    if r.is_infinite() {
        return Err(range());
    }
    Ok(Value::Float(r))
}

/// `frexp(x)`: `(m, e)` with `x == m * 2**e` and `0.5 <= |m| < 1`; zeros, infinities
/// and nans are `(x, 0)`.
pub(crate) fn frexp(x: f64) -> (f64, i64) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    // A subnormal is scaled into the normal range first (exactly).
    let (x, bias) = if x.abs() < f64::MIN_POSITIVE {
        (x * f64::from_bits((1023 + 54) << 52), -54)
    } else {
        (x, 0)
    };
    let bits = x.to_bits();
    let e = ((bits >> 52) & 0x7ff) as i64;
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, e - 1022 + bias)
}

/// C's `nextafter`: the next double after `x` towards `y`.
fn nextafter(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        f64::NAN
    } else if x == y {
        y
    } else if x < y {
        x.next_up()
    } else {
        x.next_down()
    }
}

/// `math.ulp`: the gap from `|x|` to the next double up (down, for the largest).
fn ulp(x: f64) -> f64 {
    let x = x.abs();
    if !x.is_finite() {
        return x;
    }
    match x.next_up() {
        up if up.is_infinite() => x - x.next_down(),
        up => up - x,
    }
}

fn one_float(a: &Args, name: &str) -> Result<f64> {
    a.check_count(name, 1, 1)?;
    num(&a.positional[0])
}

pub(super) fn attrs() -> Vec<(&'static str, Value)> {
    vec![
        func1("sin", fmath::sin, false),
        func1("cos", fmath::cos, false),
        func1("tan", fmath::tan, false),
        func1("asin", fmath::asin, false),
        func1("acos", fmath::acos, false),
        func1("atan", fmath::atan, false),
        func1("sinh", fmath::sinh, true),
        func1("cosh", fmath::cosh, true),
        func1("tanh", fmath::tanh, false),
        func1("asinh", fmath::asinh, false),
        func1("acosh", fmath::acosh, false),
        func1("atanh", fmath::atanh, false),
        func1("exp", fmath::exp, true),
        func1("exp2", fmath::exp2, true),
        func1("expm1", fmath::expm1, true),
        func1("log1p", fmath::log1p, false),
        func1("sqrt", f64::sqrt, false),
        func1("fabs", f64::abs, false),
        func2("atan2", atan2),
        func2("pow", pow),
        func2("fmod", fmod),
        func2("remainder", remainder),
        func2("copysign", |x, y| math_2(x, y, x.copysign(y))),
        func2("nextafter", |x, y| Ok(nextafter(x, y))),
        (
            "ulp",
            NativeFunction::new("ulp", |_, a: Args| {
                Ok(Value::Float(ulp(one_float(&a, "ulp")?)))
            }),
        ),
        ("ldexp", NativeFunction::new("ldexp", ldexp)),
        (
            "frexp",
            NativeFunction::new("frexp", |_, a: Args| {
                let (m, e) = frexp(one_float(&a, "frexp")?);
                Ok(Value::pair(Value::Float(m), Value::Int(e)))
            }),
        ),
        (
            "modf",
            NativeFunction::new("modf", |_, a: Args| {
                let x = one_float(&a, "modf")?;
                // C's modf: both parts carry x's sign (modf(-1.0) is (-0.0, -1.0)).
                let (f, i) = if x.is_infinite() {
                    (0.0f64.copysign(x), x)
                } else {
                    ((x - x.trunc()).copysign(x), x.trunc())
                };
                Ok(Value::pair(Value::Float(f), Value::Float(i)))
            }),
        ),
    ]
}
