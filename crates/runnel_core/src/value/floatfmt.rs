//! Float to text as CPython does it: `repr` (shortest round-trip digits) and the fixed,
//! exponent and general forms of `%`-formatting and `format()`.
//!
//! Rust's formatter already produces correctly rounded digits (shortest for `{:e}`, exact
//! for a given precision, like CPython's dtoa); these functions only lay them out the
//! way Python does (`1e+16`, `1e-05`, trailing `.0`).

/// The decimal digits of a finite `|x|` and its decimal exponent: `x = 0.d1d2... * 10**exp`
/// with `digits[0] != '0'` unless `x == 0`. `precision` is the number of significant digits
/// (`None`: the shortest that round-trips).
pub fn digits(x: f64, precision: Option<usize>) -> (String, i32) {
    let text = match precision {
        Some(p) => format!("{:.*e}", p.saturating_sub(1), x.abs()),
        None => shortest(x.abs()),
    };
    let (mantissa, exp) = text.split_once('e').unwrap_or((&text, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    (mantissa.replace('.', ""), exp + 1)
}

/// The shortest digits that round-trip, as `{:e}`, and of two such strings equally near `x`
/// the even one, as CPython's dtoa picks (Rust's shortest takes the upper: it printed
/// 742917067611173.3 for 742917067611173.25, CPython 742917067611173.2; 19 013 of 1.5 M
/// seeded doubles differed so). Two candidates of `n` digits can both round-trip only when
/// their spacing is below the double's: `n >= 16`; and they are equally near only when `x`
/// has exactly `n + 1 <= 18` significant decimal digits, which needs its lowest set bit
/// at 2**-20 or above (`x = m * 2**q`, `m` odd, has `-q` decimals). Then the exactly
/// rounded `n` digits (Rust's exact mode rounds ties to even) are CPython's, if they
/// round-trip. The other doubles (nearly all) cost one formatting, as before.
fn shortest(x: f64) -> String {
    let short = format!("{x:e}");
    let n = short.find('e').unwrap_or(short.len()) - usize::from(short.contains('.'));
    let bits = x.to_bits();
    let e = ((bits >> 52) & 0x7ff) as i32;
    let m = (bits & ((1 << 52) - 1)) | if e == 0 { 0 } else { 1 << 52 };
    let q = e.max(1) - 1075 + m.trailing_zeros() as i32;
    if n < 16 || q < -20 {
        return short;
    }
    let even = format!("{:.*e}", n - 1, x);
    if even.parse::<f64>() == Ok(x) {
        even
    } else {
        short
    }
}

/// `repr(x)` / `str(x)` for a float.
pub fn float_repr(x: f64) -> String {
    if let Some(s) = non_finite(x, false) {
        return s;
    }
    let (digits, decpt) = digits(x, None);
    let sign = if x.is_sign_negative() { "-" } else { "" };
    // CPython switches to exponent form outside 1e-4 <= |x| < 1e16.
    let body = if !(-3..=16).contains(&decpt) {
        exponent_form(&digits, decpt, false, false)
    } else {
        fixed_form(&digits, decpt, true)
    };
    format!("{sign}{body}")
}

/// `inf`, `-inf` or `nan` (upper-cased for `%E`, `%F`, `%G`), or `None` when finite.
pub fn non_finite(x: f64, upper: bool) -> Option<String> {
    let s = if x.is_nan() {
        "nan"
    } else if x.is_infinite() {
        if x > 0.0 {
            "inf"
        } else {
            "-inf"
        }
    } else {
        return None;
    };
    Some(if upper {
        s.to_uppercase()
    } else {
        s.to_string()
    })
}

/// `d.ddde+XX` from significant digits; `keep_point` keeps a lone `.` (`#` flag).
pub fn exponent_form(digits: &str, decpt: i32, upper: bool, keep_point: bool) -> String {
    let (first, rest) = digits.split_at(1.min(digits.len()));
    let point = if !rest.is_empty() || keep_point {
        "."
    } else {
        ""
    };
    let exp = decpt - 1;
    let sign = if exp < 0 { '-' } else { '+' };
    let e = if upper { 'E' } else { 'e' };
    format!("{first}{point}{rest}{e}{sign}{:02}", exp.unsigned_abs())
}

/// `ddd.ddd` from significant digits and the position of the point; `dot_zero` writes
/// `1.0` rather than `1` for integral values (as `repr` does).
pub fn fixed_form(digits: &str, decpt: i32, dot_zero: bool) -> String {
    let n = digits.len() as i32;
    let (int_part, frac_part) = if decpt <= 0 {
        (
            "0".to_string(),
            format!("{}{digits}", "0".repeat(decpt.unsigned_abs() as usize)),
        )
    } else if decpt >= n {
        (
            format!("{digits}{}", "0".repeat((decpt - n) as usize)),
            String::new(),
        )
    } else {
        let (a, b) = digits.split_at(decpt as usize);
        (a.to_string(), b.to_string())
    };
    match (frac_part.is_empty(), dot_zero) {
        (true, true) => format!("{int_part}.0"),
        (true, false) => int_part,
        (false, _) => format!("{int_part}.{frac_part}"),
    }
}

/// `%.{prec}f` without sign: Rust's fixed formatting is exact, like CPython's.
/// `keep_point` (`#`) keeps the point when the precision is 0.
pub fn fixed(x: f64, prec: usize, keep_point: bool) -> String {
    let s = format!("{:.*}", prec, x.abs());
    if keep_point && prec == 0 {
        s + "."
    } else {
        s
    }
}

/// `%.{prec}e` without sign.
pub fn exponent(x: f64, prec: usize, upper: bool, keep_point: bool) -> String {
    let (digits, decpt) = digits(x, Some(prec + 1));
    let decpt = if x == 0.0 { 1 } else { decpt };
    exponent_form(&digits, decpt, upper, keep_point)
}

/// `%.{prec}g` without sign: exponent form when the exponent is < -4 or >= the precision,
/// trailing zeros removed unless `alt` (`#`).
pub fn general(x: f64, prec: usize, upper: bool, alt: bool) -> String {
    general_with(x, prec, upper, alt, false)
}

/// `format(x, '.{prec}')` (no type) without sign: like `g`, but integral values get `.0`
/// and switch to exponent form one digit earlier so that the `.0` fits the precision.
pub fn general_dot_zero(x: f64, prec: usize, alt: bool) -> String {
    let s = general_with(x, prec, false, alt, true);
    if s.contains(['.', 'e']) {
        s
    } else {
        s + ".0"
    }
}

fn general_with(x: f64, prec: usize, upper: bool, alt: bool, dot_zero: bool) -> String {
    let prec = prec.max(1);
    let (digits, decpt) = digits(x, Some(prec));
    let decpt = if x == 0.0 { 1 } else { decpt };
    let digits = if alt { digits } else { trim_zeros(&digits) };
    let exp = decpt - 1;
    if exp < -4 || exp >= prec as i32 - dot_zero as i32 {
        exponent_form(&digits, decpt, upper, alt)
    } else {
        let padded = if alt { pad_to(&digits, prec) } else { digits };
        let s = fixed_form(&padded, decpt, false);
        if alt && !s.contains('.') {
            s + "."
        } else {
            s
        }
    }
}

fn trim_zeros(digits: &str) -> String {
    let t = digits.trim_end_matches('0');
    if t.is_empty() {
        "0".to_string()
    } else {
        t.to_string()
    }
}

fn pad_to(digits: &str, n: usize) -> String {
    format!("{digits}{}", "0".repeat(n.saturating_sub(digits.len())))
}

#[cfg(test)]
mod tests {
    /// Doubles whose shortest round-trip digits have a tie, with CPython 3.11's repr.
    // The literals are the doubles' exact values, which is the point.
    #[allow(clippy::excessive_precision)]
    #[test]
    fn ties_between_shortest_digits_go_to_even_as_in_cpython() {
        let cases = [
            (742917067611173.25, "742917067611173.2"),
            (212763629665316.625, "212763629665316.62"),
            (173110637595287.125, "173110637595287.12"),
            (1115931755309839.25, "1115931755309839.2"),
            (0.3, "0.3"),
            (1e23, "1e+23"),
            (5e-324, "5e-324"),
            (123456789012345.67, "123456789012345.67"),
        ];
        for (x, want) in cases {
            assert_eq!(super::float_repr(x), want);
            assert_eq!(super::float_repr(-x), format!("-{want}"));
        }
    }
}
