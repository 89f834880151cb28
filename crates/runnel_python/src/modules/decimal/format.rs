//! `format(d, spec)` of a Decimal.

use super::num::Dec;
use super::{ctx, Decimal};
use runnel_core::{Error, Result, Value};

/// `format(d, spec)`: `f` with a precision (rounded half-even, as CPython), or none; the
/// rest of the spec (fill, alignment, width) as a str's.
pub(crate) fn format(d: &Decimal, spec: &str) -> Result<String> {
    let (head, ty) = match spec.chars().last() {
        Some('f' | 'F') => (&spec[..spec.len() - 1], true),
        _ => (spec, false),
    };
    let (head, prec) = match head.rsplit_once('.') {
        Some((h, p)) => (
            h,
            Some(
                p.parse::<i64>()
                    .map_err(|_| Error::value_error("Invalid format specifier"))?,
            ),
        ),
        None => (head, None),
    };
    if head.contains([',', '_', '+', ' ', '0', '%', 'e', 'g', 'n'])
        && !head
            .chars()
            .all(|c| c.is_ascii_digit() || "<>^".contains(c))
    {
        return Err(Error::new(
            "NotImplementedError",
            format!("format spec '{spec}' of a Decimal is not supported in Runnel"),
        ));
    }
    d.0.check()?;
    if prec.is_some_and(|p| p > super::num::MAX_SCALE) {
        return Err(super::num::too_large());
    }
    let text = match (ty, prec) {
        (_, Some(p)) => {
            let q = d.0.rescale(-p, ctx().rounding);
            fixed(&q)
        }
        (true, None) => fixed(&d.0),
        (false, None) => d.0.to_text(),
    };
    runnel_core::value::format_value(&Value::str(&text), head)
}

/// Plain notation, never an exponent.
fn fixed(d: &Dec) -> String {
    let int = d.coeff.to_string();
    let body = if d.exp >= 0 {
        format!("{int}{}", "0".repeat(d.exp as usize))
    } else {
        let k = (-d.exp) as usize;
        let padded = format!("{}{int}", "0".repeat((k + 1).saturating_sub(int.len())));
        let (i, f) = padded.split_at(padded.len() - k);
        format!("{i}.{f}")
    };
    format!("{}{body}", if d.neg { "-" } else { "" })
}
