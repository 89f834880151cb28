//! `int()` and `float()` conversions.
//!
//! TODO(core): use runnel_core::value's `to_int`/`to_float` once they land.

use runnel_core::{Error, Result, Value};

/// `int(v)` / `int(v, base)`.
pub(crate) fn to_int(v: &Value, base: Option<&Value>) -> Result<Value> {
    let base = match base {
        None => None,
        Some(Value::Int(b)) if *b == 0 || (2..=36).contains(b) => Some(*b as u32),
        Some(Value::Int(_)) => {
            return Err(Error::value_error(
                "int() base must be >= 2 and <= 36, or 0",
            ))
        }
        Some(other) => {
            return Err(Error::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                other.type_name()
            )))
        }
    };
    match (v, base) {
        (Value::Int(i), None) => Ok(Value::Int(*i)),
        (Value::Bool(b), None) => Ok(Value::Int(*b as i64)),
        (Value::Float(x), None) => {
            if x.is_nan() {
                Err(Error::value_error("cannot convert float NaN to integer"))
            } else if x.is_infinite() {
                Err(Error::overflow("cannot convert float infinity to integer"))
            } else if x.abs() >= 9.223372036854776e18 {
                Err(Error::overflow(
                    "integer overflow: Runnel's ints are 64-bit",
                ))
            } else {
                Ok(Value::Int(x.trunc() as i64))
            }
        }
        (Value::Str(s), b) => parse_int(s, b.unwrap_or(10))
            .map(Value::Int)
            .ok_or_else(|| {
                Error::value_error(format!(
                    "invalid literal for int() with base {}: {}",
                    b.unwrap_or(10),
                    Value::str(s).repr()
                ))
            }),
        (_, Some(_)) => Err(Error::type_error(
            "int() can't convert non-string with explicit base",
        )),
        (other, None) => Err(Error::type_error(format!(
            "int() argument must be a string, a bytes-like object or a real number, not '{}'",
            other.type_name()
        ))),
    }
}

fn parse_int(s: &str, base: u32) -> Option<i64> {
    let t = s.trim();
    let (neg, digits) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = digits.to_ascii_lowercase();
    let (base, digits) = match (base, lower.get(..2)) {
        (0 | 16, Some("0x")) => (16, &digits[2..]),
        (0 | 8, Some("0o")) => (8, &digits[2..]),
        (0 | 2, Some("0b")) => (2, &digits[2..]),
        (0, _) => (10, digits),
        (b, _) => (b, digits),
    };
    if digits.is_empty()
        || digits.starts_with('_')
        || digits.ends_with('_')
        || digits.contains("__")
    {
        return None;
    }
    let clean: String = digits.chars().filter(|&c| c != '_').collect();
    let magnitude = i128::from_str_radix(&clean, base).ok()?;
    let v = if neg { -magnitude } else { magnitude };
    i64::try_from(v).ok()
}

/// `float(v)`.
pub(crate) fn to_float(v: &Value) -> Result<Value> {
    match v {
        Value::Float(_) => Ok(v.clone()),
        Value::Int(i) => Ok(Value::Float(*i as f64)),
        Value::Bool(b) => Ok(Value::Float(*b as i64 as f64)),
        Value::Str(s) => parse_float(s).map(Value::Float).ok_or_else(|| {
            Error::value_error(format!(
                "could not convert string to float: {}",
                Value::str(s).repr()
            ))
        }),
        other => Err(Error::type_error(format!(
            "float() argument must be a string or a real number, not '{}'",
            other.type_name()
        ))),
    }
}

fn parse_float(s: &str) -> Option<f64> {
    let t = s.trim();
    let lower = t.to_ascii_lowercase();
    let (sign, body) = match lower.as_bytes().first() {
        Some(b'-') => (-1.0, &lower[1..]),
        Some(b'+') => (1.0, &lower[1..]),
        _ => (1.0, lower.as_str()),
    };
    match body {
        "inf" | "infinity" => return Some(sign * f64::INFINITY),
        "nan" => return Some(f64::NAN),
        _ => {}
    }
    if body.is_empty()
        || !body
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | 'e' | '+' | '-' | '_'))
    {
        return None;
    }
    if body.starts_with('_') || body.ends_with('_') || body.contains("__") {
        return None;
    }
    let clean: String = body.chars().filter(|&c| c != '_').collect();
    clean.parse::<f64>().ok().map(|x| sign * x)
}
