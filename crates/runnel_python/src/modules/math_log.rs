//! `math.log`, `log2` and `log10` as CPython 3.11's `loghelper` computes them: an int too
//! large for a float is taken as `x * 2**e` (`_PyLong_Frexp`) and its log is
//! `log(x) + log(2) * e`, so `math.log(10 ** 400)` is 921.0340371976182, not an
//! OverflowError; other arguments go through `math_1` (nan in, nan out; 0 and negatives a
//! ValueError).
//!
//! Ported from CPython's Modules/mathmodule.c and Objects/longobject.c (3.11), Copyright
//! (c) 2001-2023 Python Software Foundation; All Rights Reserved; under the PSF License
//! Agreement version 2.

use super::math_more::num;
use crate::native::NativeFunction;
use crate::runtime::builtin_base::plain;
use crate::Args;
use runnel_core::value::{as_big, BigIntValue};
use runnel_core::{fmath, Error, Result, Value};

/// `_PyLong_Frexp` of `n > 0`: `(x, e)` with `n ~= x * 2**e`, `0.5 <= x < 1`, `x` rounded
/// half to even to 53 bits.
fn long_frexp(n: &BigIntValue) -> (f64, i64) {
    let bits = n.bits();
    let shift = bits.saturating_sub(64);
    let mut top = u64::try_from(&(n >> shift)).unwrap_or(u64::MAX);
    // The bits shifted out only matter as a sticky bit below the 53 kept.
    if n.trailing_zeros().unwrap_or(0) < shift {
        top |= 1;
    }
    let x = top as f64 * f64::from_bits((1023 - (bits - shift)) << 52);
    if x == 1.0 {
        (0.5, bits as i64 + 1)
    } else {
        (x, bits as i64)
    }
}

/// CPython's `loghelper`: `f` of an int (of any size) or of a float.
fn loghelper(v: &Value, f: fn(f64) -> f64) -> Result<f64> {
    let v = plain(v);
    let Some(n) = (match v {
        Value::Float(_) => None,
        _ => as_big(&v),
    }) else {
        let x = num(&v)?;
        let r = f(x);
        return match r {
            r if r.is_nan() && !x.is_nan() => Err(domain()),
            r if r.is_infinite() && x.is_finite() => Err(domain()),
            r => Ok(r),
        };
    };
    if n <= BigIntValue::from(0) {
        return Err(domain());
    }
    Ok(match runnel_core::value::big_to_f64(&n) {
        Ok(x) => f(x),
        Err(_) => {
            let (x, e) = long_frexp(&n);
            f(x) + f(2.0) * e as f64
        }
    })
}

fn domain() -> Error {
    Error::value_error("math domain error")
}

fn log(_: &crate::Interpreter, a: Args) -> Result<Value> {
    a.check_count("log", 1, 2)?;
    let x = loghelper(&a.positional[0], fmath::ln)?;
    let Some(base) = a.positional.get(1) else {
        return Ok(Value::Float(x));
    };
    let b = loghelper(base, fmath::ln)?;
    if b == 0.0 {
        return Err(Error::zero_division("float division by zero"));
    }
    Ok(Value::Float(x / b))
}

fn log_in(name: &'static str, f: fn(f64) -> f64) -> (&'static str, Value) {
    (
        name,
        NativeFunction::new(name, move |_, a: Args| {
            a.check_count(name, 1, 1)?;
            Ok(Value::Float(loghelper(&a.positional[0], f)?))
        }),
    )
}

pub(super) fn attrs() -> Vec<(&'static str, Value)> {
    vec![
        ("log", NativeFunction::new("log", log)),
        log_in("log2", fmath::log2),
        log_in("log10", fmath::log10),
    ]
}
