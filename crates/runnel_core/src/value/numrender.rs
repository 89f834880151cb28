//! The number half of the format-spec mini-language: presentation types, signs, `#`
//! prefixes, digit grouping and zero padding for `int` and `float`.

use super::floatfmt::{exponent, fixed, float_repr, general, general_dot_zero, non_finite};
use super::formatspec::{align, unknown_code, FormatSpec};
use crate::{Error, Result};

/// `format(i, spec)` for an int (or bool, whose type name errors show).
pub(super) fn render_int(i: i64, f: &FormatSpec, type_name: &str) -> Result<String> {
    let kind = f.kind.unwrap_or('d');
    if matches!(kind, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') {
        return render_float(i as f64, f, type_name);
    }
    if !matches!(kind, 'd' | 'n' | 'b' | 'o' | 'x' | 'X' | 'c') {
        return Err(unknown_code(kind, type_name));
    }
    if f.prec.is_some() {
        return Err(Error::value_error(
            "Precision not allowed in integer format specifier",
        ));
    }
    if f.z {
        return Err(Error::value_error(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    if kind == 'c' {
        return render_char(i, f);
    }
    let m = i.unsigned_abs();
    let (digits, prefix, every) = match kind {
        'b' => (format!("{m:b}"), "0b", 4),
        'o' => (format!("{m:o}"), "0o", 4),
        'x' => (format!("{m:x}"), "0x", 4),
        'X' => (format!("{m:X}"), "0X", 4),
        _ => (m.to_string(), "", 3),
    };
    let head = format!("{}{}", sign(i < 0, f), if f.alt { prefix } else { "" });
    Ok(layout(&digits, "", &head, every, f))
}

/// `format(n, spec)` for an int beyond 64 bits: as [`render_int`], with num-bigint's digits.
pub(super) fn render_big(
    b: &num_bigint::BigInt,
    f: &FormatSpec,
    type_name: &str,
) -> Result<String> {
    use num_traits::Signed;
    let kind = f.kind.unwrap_or('d');
    if matches!(kind, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') {
        return render_float(super::bigint::big_to_f64(b)?, f, type_name);
    }
    if kind == 'c' && !f.sign_given && !f.alt && f.prec.is_none() && !f.z {
        return Err(Error::overflow("Python int too large to convert to C long"));
    }
    if !matches!(kind, 'd' | 'n' | 'b' | 'o' | 'x' | 'X') || f.prec.is_some() || f.z {
        // The same errors as for a small int.
        return render_int(0, f, type_name);
    }
    let m = b.abs();
    let (digits, prefix, every) = match kind {
        'b' => (m.to_str_radix(2), "0b", 4),
        'o' => (m.to_str_radix(8), "0o", 4),
        'x' => (m.to_str_radix(16), "0x", 4),
        'X' => (m.to_str_radix(16).to_uppercase(), "0X", 4),
        _ => (m.to_string(), "", 3),
    };
    let head = format!(
        "{}{}",
        sign(b.is_negative(), f),
        if f.alt { prefix } else { "" }
    );
    Ok(layout(&digits, "", &head, every, f))
}

fn render_char(i: i64, f: &FormatSpec) -> Result<String> {
    if f.sign_given {
        return Err(Error::value_error(
            "Sign not allowed with integer format specifier 'c'",
        ));
    }
    if f.alt {
        return Err(Error::value_error(
            "Alternate form (#) not allowed with integer format specifier 'c'",
        ));
    }
    let c = u32::try_from(i)
        .ok()
        .and_then(char::from_u32)
        .ok_or_else(|| Error::overflow("%c arg not in range(0x110000)"))?;
    Ok(align(&c.to_string(), "", f, '>'))
}

fn sign(negative: bool, f: &FormatSpec) -> &'static str {
    match (negative, f.sign) {
        (true, _) => "-",
        (false, '+') => "+",
        (false, ' ') => " ",
        _ => "",
    }
}

/// Groups the integer digits, zero-filling them inside the grouping when the spec pads with
/// zeros after the sign (`format(1234, '010,')` is `'00,001,234'`), then aligns.
fn layout(int_digits: &str, rest: &str, head: &str, every: usize, f: &FormatSpec) -> String {
    let zero_fill = f.fill == '0' && f.align.unwrap_or(if f.zero { '=' } else { '>' }) == '=';
    let Some(sep) = f.grouping else {
        return align(&format!("{int_digits}{rest}"), head, f, '>');
    };
    let min = if zero_fill {
        f.width
            .saturating_sub(head.chars().count() + rest.chars().count())
    } else {
        0
    };
    let mut digits = int_digits.to_string();
    let mut grouped = group(&digits, sep, every);
    while grouped.len() < min {
        digits.insert(0, '0');
        grouped = group(&digits, sep, every);
    }
    align(&format!("{grouped}{rest}"), head, f, '>')
}

fn group(digits: &str, sep: char, every: usize) -> String {
    let n = digits.len();
    let mut out = String::with_capacity(n + n / every);
    for (k, c) in digits.chars().enumerate() {
        if k > 0 && (n - k).is_multiple_of(every) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

/// `format(x, spec)` for a float.
pub(super) fn render_float(x: f64, f: &FormatSpec, type_name: &str) -> Result<String> {
    let kind = f.kind;
    if !matches!(
        kind,
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%')
    ) {
        return Err(unknown_code(kind.unwrap_or(' '), type_name));
    }
    let upper = matches!(kind, Some('E' | 'F' | 'G'));
    let (mut body, suffix) = match non_finite(x, upper) {
        Some(s) => (
            s.trim_start_matches('-').to_string(),
            if kind == Some('%') { "%" } else { "" },
        ),
        None => finite_body(x, f),
    };
    let zero = body
        .chars()
        .all(|c| matches!(c, '0' | '.' | 'e' | 'E' | '+' | '-'));
    let negative = x.is_sign_negative() && !x.is_nan() && !(f.z && zero);
    body.push_str(suffix);
    let split = body
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(body.len());
    let (int_part, rest) = body.split_at(split);
    if int_part.is_empty() {
        return Ok(align(&body, sign(negative, f), f, '>'));
    }
    Ok(layout(int_part, rest, sign(negative, f), 3, f))
}

/// The unsigned digits of a finite float by presentation type, and a `%` suffix.
fn finite_body(x: f64, f: &FormatSpec) -> (String, &'static str) {
    let p = f.prec.unwrap_or(6);
    match f.kind {
        Some('e' | 'E') => (exponent(x, p, f.kind == Some('E'), f.alt), ""),
        Some('f' | 'F') => (fixed(x, p, f.alt), ""),
        Some('g' | 'G' | 'n') => (general(x, p, f.kind == Some('G'), f.alt), ""),
        Some('%') => (fixed(x * 100.0, p, f.alt), "%"),
        _ => match f.prec {
            // `#` keeps a decimal point in the shortest repr too (`1.e+16`).
            None if f.alt && x.is_finite() => {
                let r = float_repr(x.abs());
                match (r.contains('.'), r.find('e')) {
                    (false, Some(e)) => (format!("{}.{}", &r[..e], &r[e..]), ""),
                    _ => (r, ""),
                }
            }
            None => (float_repr(x.abs()), ""),
            Some(p) => (general_dot_zero(x, p, f.alt), ""),
        },
    }
}
