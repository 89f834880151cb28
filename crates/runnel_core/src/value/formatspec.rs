//! `format(x, spec)` and f-string `{x:spec}`: Python's format-spec mini-language
//! (`[[fill]align][sign][z][#][0][width][grouping][.precision][type]`) for `str`, `int`,
//! `bool`, `float` and `None`.

use super::arith::Num;
use super::numrender::{render_float, render_int};
use super::Value;
use crate::{Error, Result};

/// A parsed format spec.
pub(super) struct FormatSpec {
    pub fill: char,
    pub align: Option<char>,
    pub sign: char,
    /// Whether the spec wrote a sign (`-` too): strings and `c` refuse any.
    pub sign_given: bool,
    pub z: bool,
    pub alt: bool,
    pub zero: bool,
    pub width: usize,
    pub grouping: Option<char>,
    pub prec: Option<usize>,
    pub kind: Option<char>,
}

/// `format(v, spec)`.
pub fn format_value(v: &Value, spec: &str) -> Result<String> {
    if spec.is_empty() {
        return Ok(v.to_str());
    }
    let type_name = v.type_name();
    if let Some(b) = v.downcast::<super::BigInt>() {
        return super::numrender::render_big(&b.0, &parse(spec, type_name)?, type_name);
    }
    if !matches!(
        v,
        Value::Str(_) | Value::Bool(_) | Value::Int(_) | Value::Float(_)
    ) {
        return Err(Error::type_error(format!(
            "unsupported format string passed to {type_name}.__format__"
        )));
    }
    let parsed = parse(spec, type_name)?;
    match v {
        Value::Str(s) => format_str(s, &parsed),
        Value::Bool(_) | Value::Int(_) | Value::Float(_) => match Num::of(v) {
            Some(Num::Int(i)) => render_int(i, &parsed, type_name),
            Some(Num::Float(x)) => render_float(x, &parsed, type_name),
            None => Err(Error::type_error("not a number")),
        },
        _ => Err(Error::type_error(format!(
            "unsupported format string passed to {type_name}.__format__"
        ))),
    }
}

fn is_align(c: char) -> bool {
    matches!(c, '<' | '>' | '^' | '=')
}

fn parse(spec: &str, type_name: &str) -> Result<FormatSpec> {
    let chars: Vec<char> = spec.chars().collect();
    let mut f = FormatSpec {
        fill: ' ',
        align: None,
        sign: '-',
        sign_given: false,
        z: false,
        alt: false,
        zero: false,
        width: 0,
        grouping: None,
        prec: None,
        kind: None,
    };
    let (mut i, fill_given) = fill_align(&chars, &mut f);
    if let Some(&c @ ('+' | '-' | ' ')) = chars.get(i) {
        (f.sign, f.sign_given, i) = (c, true, i + 1);
    }
    if chars.get(i) == Some(&'z') {
        (f.z, i) = (true, i + 1);
    }
    if chars.get(i) == Some(&'#') {
        (f.alt, i) = (true, i + 1);
    }
    if chars.get(i) == Some(&'0') && !fill_given {
        (f.zero, f.fill, i) = (true, '0', i + 1);
    }
    (f.width, i) = digits(&chars, i);
    super::numfmt::check_field(f.width.min(i64::MAX as usize) as i64)?;
    if let Some(&c @ (',' | '_')) = chars.get(i) {
        (f.grouping, i) = (Some(c), i + 1);
    }
    if chars.get(i) == Some(&'.') {
        let (p, next) = digits(&chars, i + 1);
        if next == i + 1 {
            return Err(Error::value_error("Format specifier missing precision"));
        }
        super::numfmt::check_field(p.min(i64::MAX as usize) as i64)?;
        (f.prec, i) = (Some(p), next);
    }
    if chars.len() > i + 1 {
        return Err(Error::value_error(format!(
            "Invalid format specifier '{spec}' for object of type '{type_name}'"
        )));
    }
    f.kind = chars.get(i).copied();
    check_grouping(&f)?;
    Ok(f)
}

/// Which presentation types take `,` or `_` grouping (checked before the value's type).
fn check_grouping(f: &FormatSpec) -> Result<()> {
    let (Some(g), Some(kind)) = (f.grouping, f.kind) else {
        return Ok(());
    };
    let ok = match g {
        ',' => matches!(kind, 'd' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%'),
        _ => matches!(
            kind,
            'd' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' | 'b' | 'o' | 'x' | 'X'
        ),
    };
    if ok {
        Ok(())
    } else {
        Err(Error::value_error(format!(
            "Cannot specify '{g}' with '{kind}'."
        )))
    }
}

/// Reads `[[fill]align]`; returns the index after it and whether a fill was given.
fn fill_align(chars: &[char], f: &mut FormatSpec) -> (usize, bool) {
    if chars.len() >= 2 && is_align(chars[1]) {
        (f.fill, f.align) = (chars[0], Some(chars[1]));
        (2, true)
    } else if chars.first().is_some_and(|&c| is_align(c)) {
        f.align = Some(chars[0]);
        (1, false)
    } else {
        (0, false)
    }
}

fn digits(chars: &[char], mut i: usize) -> (usize, usize) {
    let mut n: usize = 0;
    while let Some(d) = chars.get(i).and_then(|c| c.to_digit(10)) {
        n = n.saturating_mul(10).saturating_add(d as usize);
        i += 1;
    }
    (n, i)
}

fn format_str(s: &str, f: &FormatSpec) -> Result<String> {
    match f.kind {
        None | Some('s') => {}
        Some(k) => return Err(unknown_code(k, "str")),
    }
    if let Some(g) = f.grouping {
        return Err(Error::value_error(format!(
            "Cannot specify '{g}' with 's'."
        )));
    }
    if f.sign_given {
        return Err(Error::value_error(
            "Sign not allowed in string format specifier",
        ));
    }
    if f.z {
        return Err(Error::value_error(
            "Negative zero coercion (z) not allowed in string format specifier",
        ));
    }
    if f.alt {
        return Err(Error::value_error(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    if f.align == Some('=') {
        return Err(Error::value_error(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    let text: String = match f.prec {
        Some(p) => s.chars().take(p).collect(),
        None => s.to_string(),
    };
    Ok(align(&text, "", f, '<'))
}

/// CPython's message for a presentation type the value's type does not have.
pub(super) fn unknown_code(kind: char, type_name: &str) -> Error {
    Error::value_error(format!(
        "Unknown format code '{kind}' for object of type '{type_name}'"
    ))
}

/// Pads `body` (after the sign/prefix `head`) to the spec's width by its alignment.
pub(super) fn align(body: &str, head: &str, f: &FormatSpec, default: char) -> String {
    let len = head.chars().count() + body.chars().count();
    let pad = f.width.saturating_sub(len);
    let fill = |n: usize| -> String { std::iter::repeat_n(f.fill, n).collect() };
    match f.align.unwrap_or(if f.zero && default == '>' {
        '='
    } else {
        default
    }) {
        '<' => format!("{head}{body}{}", fill(pad)),
        '^' => format!("{}{head}{body}{}", fill(pad / 2), fill(pad - pad / 2)),
        '=' => format!("{head}{}{body}", fill(pad)),
        _ => format!("{}{head}{body}", fill(pad)),
    }
}
