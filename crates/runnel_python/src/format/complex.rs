//! `format(z, spec)` of a complex number, as CPython's `format_complex_internal`: each
//! part formatted as a float with the spec's type and precision (the imaginary part
//! always signed unless the real part is left out), then `j`, then the whole padded.
//! Without a type, parts print as in `repr` (`(1.5-2j)`, `2j` when the real part is
//! +0); `=` alignment, zero padding and `%` are refused with CPython's messages.

use runnel_core::value::{format_value, Complex, Value};
use runnel_core::{Error, Result};

/// The parts of a standard format spec this needs.
struct Spec {
    fill: char,
    align: Option<char>,
    sign: Option<char>,
    alt: bool,
    zero: bool,
    width: usize,
    grouping: Option<char>,
    prec: Option<usize>,
    kind: Option<char>,
}

fn parse(spec: &str) -> Result<Spec> {
    let c: Vec<char> = spec.chars().collect();
    let mut i = 0;
    let is_align = |ch: char| matches!(ch, '<' | '>' | '^' | '=');
    let (mut fill, mut align) = (' ', None);
    if c.len() >= 2 && is_align(c[1]) {
        (fill, align, i) = (c[0], Some(c[1]), 2);
    } else if c.first().is_some_and(|&ch| is_align(ch)) {
        (align, i) = (Some(c[0]), 1);
    }
    let sign = c.get(i).copied().filter(|ch| matches!(ch, '+' | '-' | ' '));
    i += sign.is_some() as usize;
    let alt = c.get(i) == Some(&'#');
    i += alt as usize;
    let zero = c.get(i) == Some(&'0');
    i += zero as usize;
    let digits = |i: &mut usize| {
        let s = *i;
        while c.get(*i).is_some_and(char::is_ascii_digit) {
            *i += 1;
        }
        c[s..*i].iter().collect::<String>().parse::<usize>().ok()
    };
    let width = digits(&mut i).unwrap_or(0);
    let grouping = c.get(i).copied().filter(|ch| matches!(ch, ',' | '_'));
    i += grouping.is_some() as usize;
    let mut prec = None;
    if c.get(i) == Some(&'.') {
        i += 1;
        prec = Some(
            digits(&mut i)
                .ok_or_else(|| Error::value_error("Format specifier missing precision"))?,
        );
    }
    let kind = c.get(i).copied();
    if c.len() > i + kind.is_some() as usize {
        return Err(Error::value_error("Invalid format specifier"));
    }
    Ok(Spec {
        fill,
        align,
        sign,
        alt,
        zero,
        width,
        grouping,
        prec,
        kind,
    })
}

/// `format(z, spec)`.
pub(crate) fn format(z: &Complex, spec: &str) -> Result<String> {
    let s = parse(spec)?;
    if s.zero {
        return Err(Error::value_error(
            "Zero padding is not allowed in complex format specifier",
        ));
    }
    if s.align == Some('=') {
        return Err(Error::value_error(
            "'=' alignment flag is not allowed in complex format specifier",
        ));
    }
    let kind = match s.kind {
        None => None,
        Some('n') => Some('g'),
        Some(k @ ('e' | 'E' | 'f' | 'F' | 'g' | 'G')) => Some(k),
        Some(k) => {
            return Err(Error::value_error(format!(
                "Unknown format code '{k}' for object of type 'complex'"
            )))
        }
    };
    // Without a type: `repr`'s parts, in parentheses unless the real part is +0.
    let repr_like = kind.is_none();
    let skip_re = repr_like && z.re == 0.0 && z.re.is_sign_positive();
    let part = |x: f64, sign: Option<char>| -> Result<String> {
        let sign = sign.map(String::from).unwrap_or_default();
        let alt = if s.alt { "#" } else { "" };
        let group = s.grouping.map(String::from).unwrap_or_default();
        match (kind, s.prec) {
            (None, None) => {
                let r = format_value(&Value::Float(x), &format!("{sign}{alt}{group}"))?;
                Ok(r.strip_suffix(".0").map(str::to_string).unwrap_or(r))
            }
            (k, p) => {
                let k = k.unwrap_or('g');
                let p = p.map(|p| format!(".{p}")).unwrap_or_default();
                format_value(&Value::Float(x), &format!("{sign}{alt}{group}{p}{k}"))
            }
        }
    };
    let mut body = String::new();
    if !skip_re {
        body.push_str(&part(z.re, s.sign)?);
    }
    body.push_str(&part(z.im, if skip_re { s.sign } else { Some('+') })?);
    body.push('j');
    if repr_like && !skip_re {
        body = format!("({body})");
    }
    let n = body.chars().count();
    if n >= s.width {
        return Ok(body);
    }
    let pad = s.width - n;
    let fill = |k: usize| s.fill.to_string().repeat(k);
    Ok(match s.align.unwrap_or('>') {
        '<' => format!("{body}{}", fill(pad)),
        '^' => format!("{}{body}{}", fill(pad / 2), fill(pad - pad / 2)),
        _ => format!("{}{body}", fill(pad)),
    })
}
