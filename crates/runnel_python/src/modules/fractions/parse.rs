//! `Fraction(x)` of one argument: an int, a float (its exact value), a fraction, or a
//! string as `fractions.py`'s pattern reads it (`'3/4'`, `' -1.25e2 '`, `'1_000'`).

use super::{arith, Fraction};
use crate::native::{NativeClass, NativeFunction};
use crate::{Args, Interpreter};
use num_bigint::BigInt;
use num_traits::{One, Pow};
use runnel_core::{Error, Result, Value};
use std::rc::Rc;

pub(super) fn one(v: &Value) -> Result<Fraction> {
    if let Some(f) = arith::rational(v) {
        return Ok(f);
    }
    match crate::runtime::builtin_base::plain(v) {
        Value::Float(x) => Fraction::from_f64(x),
        Value::Str(s) => from_str(&s),
        _ => Err(Error::type_error(
            "argument should be a string or a Rational instance",
        )),
    }
}

/// Digits with single underscores between them (`\d+(_\d+)*`), as a number.
fn digits(s: &str) -> Option<BigInt> {
    if s.is_empty() || s.starts_with('_') || s.ends_with('_') || s.contains("__") {
        return None;
    }
    if !s.bytes().all(|b| b.is_ascii_digit() || b == b'_') {
        return None;
    }
    s.replace('_', "").parse().ok()
}

fn from_str(text: &str) -> Result<Fraction> {
    let bad = || {
        Error::value_error(format!(
            "Invalid literal for Fraction: {}",
            Value::str(text).repr()
        ))
    };
    let s = text.trim();
    let (neg, s) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let f = if let Some((n, d)) = s.split_once('/') {
        let (n, d) = (digits(n).ok_or_else(bad)?, digits(d).ok_or_else(bad)?);
        Fraction::new(n, d)?
    } else {
        let (mantissa, exp) = match s.find(['e', 'E']) {
            Some(i) => (&s[..i], Some(&s[i + 1..])),
            None => (s, None),
        };
        let (int_part, frac_part) = match mantissa.split_once('.') {
            Some((i, f)) => (i, Some(f)),
            None => (mantissa, None),
        };
        if int_part.is_empty() && frac_part.is_none_or(|f| f.is_empty()) {
            return Err(bad());
        }
        let mut num = if int_part.is_empty() {
            BigInt::from(0)
        } else {
            digits(int_part).ok_or_else(bad)?
        };
        let mut den = BigInt::one();
        if let Some(frac) = frac_part.filter(|f| !f.is_empty()) {
            let scale = frac.replace('_', "").len() as u32;
            num = num * BigInt::from(10).pow(scale) + digits(frac).ok_or_else(bad)?;
            den = BigInt::from(10).pow(scale);
        }
        if let Some(e) = exp {
            let (eneg, e) = match e.as_bytes().first() {
                Some(b'-') => (true, &e[1..]),
                Some(b'+') => (false, &e[1..]),
                _ => (false, e),
            };
            let e: u32 = digits(e)
                .and_then(|e| u32::try_from(e).ok())
                .ok_or_else(bad)?;
            // 10**e within the interpreter's big-int budget (about ten million bits).
            if e > 3_000_000 {
                return Err(crate::exceptions::memory_error());
            }
            let p = BigInt::from(10).pow(e);
            if eneg {
                den *= p;
            } else {
                num *= p;
            }
        }
        Fraction::new(num, den)?
    };
    Ok(if neg {
        Fraction::new(-f.num, f.den)?
    } else {
        f
    })
}

/// The `Fraction` class: the constructor and `from_float`.
pub(super) fn class(construct: fn(&Interpreter, Args) -> Result<Value>) -> Value {
    let from_float = NativeFunction::new("from_float", |_, a: Args| {
        a.check_count("from_float", 1, 1)?;
        match &a.positional[0] {
            Value::Float(x) => Ok(Fraction::from_f64(*x)?.value()),
            v @ (Value::Int(_) | Value::Bool(_)) => Ok(one(v)?.value()),
            other => Err(Error::type_error(format!(
                "Fraction.from_float() only takes floats, not {} ({})",
                other.repr(),
                other.type_name()
            ))),
        }
    });
    let class = NativeClass::new("Fraction")
        .constructor(construct)
        .static_attr("from_float", from_float);
    Value::Object(Rc::new(class))
}
