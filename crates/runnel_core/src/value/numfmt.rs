//! The number conversions of `%`-formatting (`%d %x %o %e %f %g`) and the padding they
//! share with `format()`.

use super::arith::Num;
use super::floatfmt::{exponent, fixed, general, non_finite};
use super::printf::Spec;
use super::Value;
use crate::{Error, Result};

/// `text` padded to `width` with `fill`, on the right when `left` is set.
/// The widest field or longest precision Runnel formats: CPython fails to allocate far
/// larger ones and raises `MemoryError`, which Runnel raises before trying.
const MAX_FIELD: i64 = 1 << 26;

/// A width or precision, refused with `MemoryError` when no result could be built.
pub(super) fn check_field(n: i64) -> crate::Result<()> {
    if n.unsigned_abs() > MAX_FIELD as u64 {
        return Err(crate::Error::new("MemoryError", ""));
    }
    Ok(())
}

pub(super) fn pad(text: &str, width: usize, left: bool, fill: char) -> String {
    let n = text.chars().count();
    if n >= width {
        return text.to_string();
    }
    let fill: String = std::iter::repeat_n(fill, width - n).collect();
    if left {
        format!("{text}{fill}")
    } else {
        format!("{fill}{text}")
    }
}

/// Sign, prefix (`0x`) and digits laid out to the spec's width: left-justified with `-`,
/// zero-filled between prefix and digits with `0`, else right-justified.
fn finish(negative: bool, prefix: &str, body: &str, spec: &Spec) -> String {
    let sign = match (negative, spec.plus, spec.space) {
        (true, _, _) => "-",
        (false, true, _) => "+",
        (false, false, true) => " ",
        _ => "",
    };
    let head = format!("{sign}{prefix}");
    if spec.minus {
        pad(&format!("{head}{body}"), spec.width, true, ' ')
    } else if spec.zero {
        let digits = spec.width.saturating_sub(head.chars().count());
        format!("{head}{}", pad(body, digits, false, '0'))
    } else {
        pad(&format!("{head}{body}"), spec.width, false, ' ')
    }
}

/// `%d %i %u %x %X %o`.
pub(super) fn int_conv(conv: char, arg: &Value, spec: &Spec) -> Result<String> {
    if let Some(b) = arg.downcast::<super::BigInt>() {
        use num_traits::Signed;
        let m = b.0.abs();
        let (digits, prefix) = match conv {
            'x' => (m.to_str_radix(16), "0x"),
            'X' => (m.to_str_radix(16).to_uppercase(), "0X"),
            'o' => (m.to_str_radix(8), "0o"),
            _ => (m.to_string(), ""),
        };
        let digits = pad(&digits, spec.prec.unwrap_or(0), false, '0');
        let prefix = if spec.alt { prefix } else { "" };
        return Ok(finish(b.0.is_negative(), prefix, &digits, spec));
    }
    let n = match (Num::of(arg), conv) {
        (Some(Num::Int(i)), _) => i,
        (Some(Num::Float(x)), 'd' | 'i' | 'u') => match float_to_int(x) {
            Ok(i) => i,
            // Beyond 64 bits: the float's exact integer, as CPython's int(x).
            Err(_) if x.is_finite() => {
                let big = super::bigint::int_value(super::bigint::float_to_big(x));
                return int_conv(conv, &big, spec);
            }
            Err(e) => return Err(e),
        },
        (Some(_), _) => {
            return Err(Error::type_error(format!(
                "%{conv} format: an integer is required, not {}",
                arg.type_name()
            )))
        }
        (None, _) => {
            let what = if matches!(conv, 'x' | 'X' | 'o') {
                "an integer"
            } else {
                "a real number"
            };
            return Err(Error::type_error(format!(
                "%{conv} format: {what} is required, not {}",
                arg.type_name()
            )));
        }
    };
    let m = n.unsigned_abs();
    let (digits, prefix) = match conv {
        'x' => (format!("{m:x}"), "0x"),
        'X' => (format!("{m:X}"), "0X"),
        'o' => (format!("{m:o}"), "0o"),
        _ => (m.to_string(), ""),
    };
    let digits = pad(&digits, spec.prec.unwrap_or(0), false, '0');
    Ok(finish(
        n < 0,
        if spec.alt { prefix } else { "" },
        &digits,
        spec,
    ))
}

/// `int(x)` for a float: truncation, with CPython's errors for inf and nan.
pub(super) fn float_to_int(x: f64) -> Result<i64> {
    if x.is_nan() {
        return Err(Error::value_error("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(Error::overflow("cannot convert float infinity to integer"));
    }
    let t = x.trunc();
    // 2**63 is exactly representable; every float below it in magnitude fits an i64.
    const TWO_63: f64 = (1u64 << 63) as f64;
    if (-TWO_63..TWO_63).contains(&t) {
        Ok(t as i64)
    } else {
        Err(super::arith::overflow())
    }
}

/// `%e %E %f %F %g %G`.
pub(super) fn float_conv(conv: char, x: f64, spec: &Spec) -> String {
    let upper = conv.is_ascii_uppercase();
    let prec = spec.prec.unwrap_or(6);
    let body = non_finite(x, upper)
        .map(|s| s.trim_start_matches('-').to_string())
        .unwrap_or_else(|| match conv.to_ascii_lowercase() {
            'e' => exponent(x, prec, upper, spec.alt),
            'f' => fixed(x, prec, spec.alt),
            _ => general(x, prec, upper, spec.alt),
        });
    finish(x.is_sign_negative() && !x.is_nan(), "", &body, spec)
}
