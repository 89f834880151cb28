//! `float.hex()` and `float.fromhex(s)` as CPython's `float_hex`/`float_fromhex`.

use num_bigint::BigUint;
use num_traits::{ToPrimitive, Zero};
use runnel_core::{Error, Result};

/// `x.hex()`: `[-]0x1.<13 hex digits>p<+|-><exp>` for normal numbers,
/// `0x0.<digits>p-1022` for subnormal ones, `0x0.0p+0` for zero.
pub(crate) fn hex(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x < 0.0 { "-inf" } else { "inf" }.into();
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.to_bits();
    let exp_bits = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (lead, exp) = if exp_bits == 0 {
        (0, -1022)
    } else {
        (1, exp_bits - 1023)
    };
    let exp_sign = if exp < 0 { '-' } else { '+' };
    format!("{sign}0x{lead}.{frac:013x}p{exp_sign}{}", exp.abs())
}

fn invalid() -> Error {
    Error::value_error("invalid hexadecimal floating-point string")
}

/// `float.fromhex(s)`: the hex digits' value times two to the exponent, rounded to the
/// nearest float (ties to even), as CPython reads it.
pub(crate) fn from_hex(text: &str) -> Result<f64> {
    let s = text.trim_matches(|c: char| c.is_ascii_whitespace());
    let (negative, s) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let signed = |x: f64| if negative { -x } else { x };
    let lower = s.to_ascii_lowercase();
    if lower == "inf" || lower == "infinity" {
        return Ok(signed(f64::INFINITY));
    }
    if lower == "nan" {
        return Ok(signed(f64::NAN));
    }
    let body = lower.strip_prefix("0x").unwrap_or(&lower);
    let (digits_part, exp_part) = match body.split_once('p') {
        Some((d, e)) => (d, Some(e)),
        None => (body, None),
    };
    let (int_digits, frac_digits) = match digits_part.split_once('.') {
        Some((i, f)) => (i, f),
        None => (digits_part, ""),
    };
    if int_digits.is_empty() && frac_digits.is_empty() {
        return Err(invalid());
    }
    let mut mantissa = BigUint::zero();
    for c in int_digits.chars().chain(frac_digits.chars()) {
        let d = c.to_digit(16).ok_or_else(invalid)?;
        mantissa = (mantissa << 4u32) + d;
    }
    let exp = match exp_part {
        Some(e) => parse_exp(e)?,
        None => 0,
    };
    let exp = exp.saturating_sub(4 * frac_digits.len() as i64);
    Ok(signed(round_to_float(&mantissa, exp)?))
}

/// The exponent after `p`: an optional sign and decimal digits (saturating: a huge one
/// overflows or underflows all the same).
fn parse_exp(e: &str) -> Result<i64> {
    let (neg, digits) = match e.as_bytes().first() {
        Some(b'-') => (true, &e[1..]),
        Some(b'+') => (false, &e[1..]),
        _ => (false, e),
    };
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(invalid());
    }
    let mut v: i64 = 0;
    for b in digits.bytes() {
        v = v.saturating_mul(10).saturating_add(i64::from(b - b'0'));
    }
    Ok(if neg { -v } else { v })
}

/// `m * 2**e` as the nearest float, ties to even; CPython's OverflowError past the range.
fn round_to_float(m: &BigUint, e: i64) -> Result<f64> {
    if m.is_zero() {
        return Ok(0.0);
    }
    let n = m.bits() as i64;
    let top = e.saturating_add(n - 1);
    let too_large = || Error::overflow("hexadecimal value too large to represent as a float");
    if top > 1023 {
        return Err(too_large());
    }
    if top < -1075 {
        return Ok(0.0);
    }
    // The exponent of the result's last bit: 53 bits for a normal number, fewer below.
    let lsb = (top - 52).max(-1074);
    let shift = lsb - e;
    let q = if shift > 0 {
        let shift = shift as u64;
        let q = m >> shift;
        let rem = m - (&q << shift);
        let half = BigUint::from(1u8) << (shift - 1);
        let odd = q.bit(0);
        if rem > half || (rem == half && odd) {
            q + 1u8
        } else {
            q
        }
    } else {
        m << ((-shift) as u64)
    };
    let mut q = q.to_u64().ok_or_else(too_large)?;
    let mut lsb = lsb;
    if q == 1u64 << 53 {
        q >>= 1;
        lsb += 1;
    }
    if q >= 1u64 << 52 {
        let biased = lsb + 52 + 1023;
        if biased >= 0x7ff {
            return Err(too_large());
        }
        Ok(f64::from_bits(
            ((biased as u64) << 52) | (q & ((1u64 << 52) - 1)),
        ))
    } else {
        // Subnormal (lsb is -1074): the bits are the count of the smallest steps.
        Ok(f64::from_bits(q))
    }
}
