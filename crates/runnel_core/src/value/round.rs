//! Python's `round(x)` and `round(x, n)`: ties to even, on the exact binary value.

use super::arith::Num;
use super::numfmt::float_to_int;
use super::Value;
use crate::{Error, Result};

/// `round(v)` (`ndigits` `None`, an int result) or `round(v, ndigits)` (same type as `v`).
pub fn round(v: &Value, ndigits: Option<i64>) -> Result<Value> {
    match (Num::of(v), ndigits) {
        (Some(Num::Int(i)), None) => Ok(Value::Int(i)),
        (Some(Num::Int(i)), Some(n)) => Ok(round_int(i, n)),
        (Some(Num::Float(x)), None) => {
            super::convert::to_int_value(&Value::Float(x.round_ties_even()))
                .map_err(|e| float_to_int(x).err().unwrap_or(e))
        }
        (Some(Num::Float(x)), Some(n)) => Ok(Value::Float(round_float(x, n))),
        (None, _) => Err(Error::type_error(format!(
            "type {} doesn't define __round__ method",
            v.type_name()
        ))),
    }
}

/// `round(i, n)` for an int: unchanged for `n >= 0`, else to a multiple of `10**-n`.
fn round_int(i: i64, n: i64) -> Value {
    if n >= 0 {
        return Value::Int(i);
    }
    let Some(unit) = u32::try_from(-n).ok().and_then(|k| 10i128.checked_pow(k)) else {
        return Value::Int(0);
    };
    let x = i as i128;
    let (q, r) = (x.div_euclid(unit), x.rem_euclid(unit));
    let up = 2 * r > unit || (2 * r == unit && q % 2 != 0);
    let rounded = (q + up as i128) * unit;
    // Rounding up to a power of ten may pass i64's range at its ends: a big int then.
    super::bigint::int_value(num_bigint::BigInt::from(rounded))
}

/// `round(x, n)` for a float: CPython rounds the exact value to `n` decimals (ties to even)
/// and reads the result back, which is what exact formatting followed by parsing does.
fn round_float(x: f64, n: i64) -> f64 {
    if !x.is_finite() || n > 323 {
        return x;
    }
    if n < -308 {
        return 0.0 * x;
    }
    let text = if n >= 0 {
        format!("{:.*}", n as usize, x)
    } else {
        round_left(x, n.unsigned_abs() as usize)
    };
    text.parse::<f64>()
        .map(|r| if r == 0.0 { 0f64.copysign(x) } else { r })
        .unwrap_or(x)
}

/// `x` rounded to a multiple of `10**k`, as decimal text.
fn round_left(x: f64, k: usize) -> String {
    let digits = format!("{:.0}", x.trunc().abs());
    let has_fraction = x.fract() != 0.0;
    let padded = format!(
        "{}{digits}",
        "0".repeat((k + 1).saturating_sub(digits.len()))
    );
    let (head, tail) = padded.split_at(padded.len() - k);
    let half = format!("5{}", "0".repeat(k - 1));
    let up = match tail.cmp(half.as_str()) {
        std::cmp::Ordering::Greater => true,
        std::cmp::Ordering::Less => false,
        std::cmp::Ordering::Equal => has_fraction || head.ends_with(['1', '3', '5', '7', '9']),
    };
    let head = if up {
        increment(head)
    } else {
        head.to_string()
    };
    let sign = if x < 0.0 { "-" } else { "" };
    format!("{sign}{head}{}", "0".repeat(k))
}

/// A decimal digit string plus one.
fn increment(digits: &str) -> String {
    let mut out: Vec<u8> = digits.bytes().collect();
    for b in out.iter_mut().rev() {
        if *b == b'9' {
            *b = b'0';
        } else {
            *b += 1;
            return String::from_utf8_lossy(&out).into_owned();
        }
    }
    format!("1{}", String::from_utf8_lossy(&out))
}
