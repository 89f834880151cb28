//! The conversions of Python's constructors and `round`: `int(x)`, `int(s, base)`,
//! `float(x)`, `round(x)` and `round(x, n)`, with CPython's parsing rules and messages.

use super::arith::{overflow, Num};
use super::numfmt::float_to_int;
use super::Value;
use crate::{Error, Result};

/// `int(v)` as a Python int of any size: truncates floats, parses strings in base 10.
pub fn to_int_value(v: &Value) -> Result<Value> {
    match v {
        Value::Float(x) if x.is_finite() => Ok(match float_to_int(*x) {
            Ok(i) => Value::Int(i),
            Err(_) => super::bigint::int_value(super::bigint::float_to_big(*x)),
        }),
        Value::Str(s) => to_int_base_value(s, 10),
        Value::Object(o) if o.type_name() == "int" && super::bigint::is_big(v) => Ok(v.clone()),
        _ => to_int(v).map(Value::Int),
    }
}

/// `int(v)` where the result must fit 64 bits (an `OverflowError` beyond).
pub fn to_int(v: &Value) -> Result<i64> {
    match (Num::of(v), v) {
        (Some(Num::Int(i)), _) => Ok(i),
        (Some(Num::Float(x)), _) => float_to_int(x),
        (None, Value::Str(s)) => to_int_base(s, 10),
        _ => Err(Error::type_error(format!(
            "int() argument must be a string, a bytes-like object or a real number, not '{}'",
            v.type_name()
        ))),
    }
}

/// `int(s, base)`: optional sign and `0x`/`0o`/`0b` prefix (any prefix with base 0),
/// single underscores between digits, surrounding whitespace, Unicode decimal digits.
pub fn to_int_base(s: &str, base: u32) -> Result<i64> {
    match to_int_base_value(s, base)? {
        Value::Int(i) => Ok(i),
        _ => Err(overflow()),
    }
}

/// CPython 3.11's limit on decimal digits `int()` converts (`sys.int_info`).
const MAX_STR_DIGITS: usize = 4300;

/// `int(s, base)` as a Python int of any size.
pub fn to_int_base_value(s: &str, base: u32) -> Result<Value> {
    if base == 1 || base > 36 {
        return Err(Error::value_error(
            "int() base must be >= 2 and <= 36, or 0",
        ));
    }
    let invalid = || {
        Error::value_error(format!(
            "invalid literal for int() with base {base}: {}",
            super::str_repr(s)
        ))
    };
    let text = ascii_digits(s);
    let text = text.trim_matches(is_space);
    let (negative, body) = split_sign(text);
    let (base, digits, prefixed) = split_prefix(body, base);
    if base == 0 {
        // Base 0 reads a prefixless literal as decimal, refusing leading zeros ("010").
        let all_zero = digits.chars().all(|c| c == '0' || c == '_');
        if digits.starts_with('0') && !all_zero {
            return Err(invalid());
        }
    }
    let base = if base == 0 { 10 } else { base };
    let magnitude = parse_digits(digits, base, prefixed).ok_or_else(invalid)?;
    let signed = if negative {
        -(magnitude as i128)
    } else {
        magnitude as i128
    };
    if let Ok(i) = i64::try_from(signed) {
        return Ok(Value::Int(i));
    }
    let clean: String = digits.chars().filter(|c| *c != '_').collect();
    if !base.is_power_of_two() && clean.len() > MAX_STR_DIGITS {
        return Err(Error::value_error(format!(
            "Exceeds the limit ({MAX_STR_DIGITS} digits) for integer string conversion: value has {} digits; use sys.set_int_max_str_digits() to increase the limit",
            clean.len()
        )));
    }
    let big = num_bigint::BigInt::parse_bytes(clean.as_bytes(), base).ok_or_else(invalid)?;
    Ok(super::bigint::int_value(if negative { -big } else { big }))
}

fn split_sign(s: &str) -> (bool, &str) {
    match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    }
}

/// Strips a base prefix matching `base` (any with base 0); returns the base it implies.
fn split_prefix(s: &str, base: u32) -> (u32, &str, bool) {
    let lower = s.get(..2).map(|p| p.to_ascii_lowercase());
    let implied = match lower.as_deref() {
        Some("0x") => 16,
        Some("0o") => 8,
        Some("0b") => 2,
        _ => return (base, s, false),
    };
    if base == 0 || base == implied {
        (implied, &s[2..], true)
    } else {
        (base, s, false)
    }
}

/// Digits with single underscores between them (one may follow a prefix).
fn parse_digits(s: &str, base: u32, prefixed: bool) -> Option<u128> {
    let mut value: u128 = 0;
    let mut last_underscore = !prefixed;
    let mut any = false;
    for c in s.chars() {
        if c == '_' {
            if last_underscore {
                return None;
            }
            last_underscore = true;
            continue;
        }
        let d = c.to_digit(base)?;
        value = value
            .checked_mul(base as u128)?
            .checked_add(d as u128)?
            .min(u64::MAX as u128 + 1);
        (last_underscore, any) = (false, true);
    }
    (any && !last_underscore).then_some(value)
}

/// Python's `str.isspace` for the characters `int()` and `float()` strip.
fn is_space(c: char) -> bool {
    c.is_whitespace() || ('\x1c'..='\x1f').contains(&c)
}

/// Unicode decimal digits replaced by ASCII ones, as CPython does before parsing numbers.
fn ascii_digits(s: &str) -> String {
    s.chars()
        .map(|c| unicode_digit(c).map_or(c, |d| char::from(b'0' + d)))
        .collect()
}

fn unicode_digit(c: char) -> Option<u8> {
    let code = c as u32;
    if code < 0x80 {
        return None;
    }
    let zeros = &super::printable_table::DIGIT_ZEROS;
    let after = zeros.partition_point(|&z| z <= code);
    let zero = *zeros.get(after.checked_sub(1)?)?;
    (code - zero < 10).then(|| (code - zero) as u8)
}

/// `float(v)`.
pub fn to_float(v: &Value) -> Result<f64> {
    match (Num::of(v), v) {
        (Some(n), _) => Ok(n.to_f64()),
        (None, Value::Object(_)) if super::bigint::is_big(v) => {
            super::bigint::big_to_f64(&super::bigint::as_big(v).unwrap_or_default())
        }
        (None, Value::Str(s)) => parse_float(s).ok_or_else(|| {
            Error::value_error(format!(
                "could not convert string to float: {}",
                super::str_repr(s)
            ))
        }),
        _ => Err(Error::type_error(format!(
            "float() argument must be a string or a real number, not '{}'",
            v.type_name()
        ))),
    }
}

/// Python's float literal grammar: `[sign](digits[.digits]|.digits)[e[sign]digits]`,
/// `inf`, `infinity` or `nan` in any case; underscores only between digits.
fn parse_float(s: &str) -> Option<f64> {
    let text = ascii_digits(s);
    let text = text.trim_matches(is_space);
    let (negative, body) = split_sign(text);
    let special = match body.to_ascii_lowercase().as_str() {
        "inf" | "infinity" => Some(f64::INFINITY),
        "nan" => Some(f64::NAN),
        _ => None,
    };
    let magnitude = match special {
        Some(x) => x,
        None => {
            let bytes = body.as_bytes();
            let ok_underscores = bytes.iter().enumerate().all(|(i, &b)| {
                b != b'_'
                    || (i > 0
                        && bytes[i - 1].is_ascii_digit()
                        && bytes.get(i + 1).is_some_and(u8::is_ascii_digit))
            });
            let plain = body.bytes().all(|b| {
                b.is_ascii_digit() || matches!(b, b'.' | b'e' | b'E' | b'+' | b'-' | b'_')
            });
            if !ok_underscores || !plain {
                return None;
            }
            body.replace('_', "").parse::<f64>().ok()?
        }
    };
    Some(if negative { -magnitude } else { magnitude })
}
