//! Built-in functions on numbers: `abs`, `round`, `divmod`, `pow`, `hex`, `bin`, `oct`.

use super::funcs::one;
use crate::{Args, Interpreter};
use runnel_core::{Error, Result, Value};

pub(super) fn abs(_: &Interpreter, args: Args) -> Result<Value> {
    match one(&args, "abs")? {
        Value::Int(i) => i
            .checked_abs()
            .map(Value::Int)
            .ok_or_else(|| Error::overflow("integer overflow")),
        Value::Bool(b) => Ok(Value::Int(b as i64)),
        Value::Float(x) => Ok(Value::Float(x.abs())),
        other => Err(Error::type_error(format!(
            "bad operand type for abs(): '{}'",
            other.type_name()
        ))),
    }
}

/// Python's round-half-to-even on the decimal representation.
fn round_float(x: f64, digits: i64) -> f64 {
    let digits = digits.clamp(-400, 400);
    if !x.is_finite() {
        return x;
    }
    if digits > 300 {
        return x;
    }
    // Format with enough precision, then let the exact decimal string decide (as CPython does).
    let p = digits.max(0) as usize;
    if digits >= 0 {
        let s = format!("{:.*}", p, x);
        let r: f64 = s.parse().unwrap_or(x);
        // Rust's formatting rounds half to even on the exact binary value, like CPython.
        r
    } else {
        let m = 10f64.powi((-digits) as i32);
        let y = x / m;
        let r = y.round();
        let r = if (y - y.trunc()).abs() == 0.5 {
            2.0 * (y / 2.0).round()
        } else {
            r
        };
        r * m
    }
}

pub(super) fn round(_: &Interpreter, mut args: Args) -> Result<Value> {
    let ndigits = args.take(1, "ndigits");
    let x = args
        .take(0, "number")
        .ok_or_else(|| Error::type_error("round() missing required argument 'number' (pos 1)"))?;
    let nd = match ndigits {
        None | Some(Value::None) => None,
        Some(Value::Int(i)) => Some(i),
        Some(other) => {
            return Err(Error::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                other.type_name()
            )))
        }
    };
    match (x, nd) {
        (Value::Int(i), Some(d)) if d < 0 => {
            // Round half to even at 10**-d.
            let (i, m) = (i as i128, 10i128.pow(d.unsigned_abs().min(20) as u32));
            let (q, r) = (i.div_euclid(m), i.rem_euclid(m));
            let q = if r * 2 > m || (r * 2 == m && q % 2 != 0) {
                q + 1
            } else {
                q
            };
            i64::try_from(q * m)
                .map(Value::Int)
                .map_err(|_| Error::overflow("integer overflow"))
        }
        (Value::Int(i), _) => Ok(Value::Int(i)),
        (Value::Bool(b), _) => Ok(Value::Int(b as i64)),
        (Value::Float(f), None) => {
            if !f.is_finite() {
                return Err(if f.is_nan() {
                    Error::value_error("cannot convert float NaN to integer")
                } else {
                    Error::overflow("cannot convert float infinity to integer")
                });
            }
            let r = f.round();
            let r = if (f - f.trunc()).abs() == 0.5 {
                2.0 * (f / 2.0).round()
            } else {
                r
            };
            Ok(Value::Int(r as i64))
        }
        (Value::Float(f), Some(d)) => Ok(Value::Float(round_float(f, d))),
        (other, _) => Err(Error::type_error(format!(
            "type {} doesn't define __round__ method",
            other.type_name()
        ))),
    }
}

pub(super) fn divmod(interp: &Interpreter, args: Args) -> Result<Value> {
    args.check_count("divmod", 2, 2)?;
    let (a, b) = (&args.positional[0], &args.positional[1]);
    let max = interp.config.max_collection_len;
    let q = crate::runtime::ops::binop(crate::runtime::ops::Op::FloorDiv, a, b, max)?;
    let r = crate::runtime::ops::binop(crate::runtime::ops::Op::Mod, a, b, max)?;
    Ok(Value::pair(q, r))
}

pub(super) fn pow(interp: &Interpreter, args: Args) -> Result<Value> {
    args.check_count("pow", 2, 3)?;
    let (a, b) = (&args.positional[0], &args.positional[1]);
    if let Some(m) = args.positional.get(2) {
        if let (Value::Int(base), Value::Int(exp), Value::Int(m)) = (a, b, m) {
            if *m == 0 {
                return Err(Error::value_error("pow() 3rd argument cannot be 0"));
            }
            let (mut result, mut base, mut exp, m) = (
                1i128,
                (*base as i128).rem_euclid(*m as i128),
                *exp,
                *m as i128,
            );
            if exp < 0 {
                return Err(Error::value_error(
                    "base is not invertible for the given modulus",
                ));
            }
            while exp > 0 {
                if exp & 1 == 1 {
                    result = result * base % m;
                }
                base = base * base % m;
                exp >>= 1;
            }
            let r = result.rem_euclid(m);
            let r = if m < 0 && r != 0 { r + m } else { r };
            return Ok(Value::Int(r as i64));
        }
        return Err(Error::type_error(
            "pow() 3rd argument not allowed unless all arguments are integers",
        ));
    }
    crate::runtime::ops::binop(
        crate::runtime::ops::Op::Pow,
        a,
        b,
        interp.config.max_collection_len,
    )
}

fn radix(args: &Args, name: &str, prefix: &str, f: fn(u64) -> String) -> Result<Value> {
    match one(args, name)? {
        Value::Int(i) => {
            let sign = if i < 0 { "-" } else { "" };
            Ok(Value::str(&format!(
                "{sign}{prefix}{}",
                f(i.unsigned_abs())
            )))
        }
        Value::Bool(b) => Ok(Value::str(&format!("{prefix}{}", b as u8))),
        other => Err(Error::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            other.type_name()
        ))),
    }
}

pub(super) fn hex(_: &Interpreter, args: Args) -> Result<Value> {
    radix(&args, "hex", "0x", |u| format!("{u:x}"))
}

pub(super) fn bin(_: &Interpreter, args: Args) -> Result<Value> {
    radix(&args, "bin", "0b", |u| format!("{u:b}"))
}

pub(super) fn oct(_: &Interpreter, args: Args) -> Result<Value> {
    radix(&args, "oct", "0o", |u| format!("{u:o}"))
}
