//! `format(v, spec)` (the format-spec mini-language) and `%` formatting.
//!
//! TODO(core): use runnel_core::value::format_value (and its `%` formatting) once it lands;
//! these are private fallbacks.

use runnel_core::{Error, Result, Value};

/// A parsed format spec: `[[fill]align][sign][#][0][width][,|_][.precision][type]`.
#[derive(Default)]
struct Spec {
    fill: Option<char>,
    align: Option<char>,
    sign: Option<char>,
    alt: bool,
    zero: bool,
    width: usize,
    grouping: Option<char>,
    precision: Option<usize>,
    ty: Option<char>,
}

fn parse_spec(spec: &str) -> Result<Spec> {
    let chars: Vec<char> = spec.chars().collect();
    let mut s = Spec::default();
    let mut i = 0;
    let is_align = |c: char| matches!(c, '<' | '>' | '^' | '=');
    if chars.len() >= 2 && is_align(chars[1]) {
        s.fill = Some(chars[0]);
        s.align = Some(chars[1]);
        i = 2;
    } else if !chars.is_empty() && is_align(chars[0]) {
        s.align = Some(chars[0]);
        i = 1;
    }
    if let Some(&c) = chars.get(i) {
        if matches!(c, '+' | '-' | ' ') {
            s.sign = Some(c);
            i += 1;
        }
    }
    if chars.get(i) == Some(&'#') {
        s.alt = true;
        i += 1;
    }
    if chars.get(i) == Some(&'0') {
        s.zero = true;
        i += 1;
    }
    let start = i;
    while chars.get(i).is_some_and(|c| c.is_ascii_digit()) {
        i += 1;
    }
    s.width = chars[start..i]
        .iter()
        .collect::<String>()
        .parse()
        .unwrap_or(0);
    if let Some(&c) = chars.get(i) {
        if c == ',' || c == '_' {
            s.grouping = Some(c);
            i += 1;
        }
    }
    if chars.get(i) == Some(&'.') {
        i += 1;
        let start = i;
        while chars.get(i).is_some_and(|c| c.is_ascii_digit()) {
            i += 1;
        }
        if start == i {
            return Err(Error::value_error("Format specifier missing precision"));
        }
        s.precision = chars[start..i].iter().collect::<String>().parse().ok();
    }
    if let Some(&c) = chars.get(i) {
        s.ty = Some(c);
        i += 1;
    }
    if i != chars.len() {
        return Err(Error::value_error("Invalid format specifier"));
    }
    Ok(s)
}

/// Python's `format(v, spec)`.
pub(crate) fn format_value(v: &Value, spec: &str) -> Result<String> {
    if spec.is_empty() {
        return Ok(v.to_str());
    }
    // `datetime.__format__` is `strftime` (`f"{time:%H:%M:%S}"` in a foreachRDD function).
    if let Some(dt) = v.downcast::<runnel_core::time::DateTime>() {
        return Ok(crate::modules::datetime::strftime(dt, spec));
    }
    let s = parse_spec(spec)?;
    let (body, numeric) = match (v, s.ty) {
        (Value::Str(text), None | Some('s')) => {
            let t: String = match s.precision {
                Some(p) => text.chars().take(p).collect(),
                None => text.to_string(),
            };
            (t, false)
        }
        (Value::Int(_) | Value::Bool(_), None | Some('d' | 'n'))
            if s.precision.is_none() || s.ty.is_none() =>
        {
            let i = as_int(v);
            if s.precision.is_some() {
                return Err(Error::value_error(
                    "Precision not allowed in integer format specifier",
                ));
            }
            (group(&i.unsigned_abs().to_string(), s.grouping), true)
        }
        (Value::Int(_) | Value::Bool(_), Some(c @ ('x' | 'X' | 'o' | 'b' | 'c'))) => {
            let i = as_int(v);
            let a = i.unsigned_abs();
            let digits = match c {
                'x' => format!("{}{a:x}", if s.alt { "0x" } else { "" }),
                'X' => format!("{}{a:X}", if s.alt { "0X" } else { "" }),
                'o' => format!("{}{a:o}", if s.alt { "0o" } else { "" }),
                'b' => format!("{}{a:b}", if s.alt { "0b" } else { "" }),
                _ => char::from_u32(i as u32)
                    .map(String::from)
                    .unwrap_or_default(),
            };
            (digits, c != 'c')
        }
        (
            Value::Int(_) | Value::Bool(_) | Value::Float(_),
            Some(c @ ('f' | 'F' | 'e' | 'E' | 'g' | 'G' | '%')),
        )
        | (Value::Float(_), Some(c @ 'n')) => {
            let x = as_float(v);
            (
                group_float(&float_body(x.abs(), c, s.precision, s.alt), s.grouping),
                true,
            )
        }
        (Value::Float(x), None) => {
            let body = match s.precision {
                Some(p) => float_body(x.abs(), 'g', Some(p), false),
                None => runnel_core::value::Value::Float(x.abs()).repr(),
            };
            (group_float(&body, s.grouping), true)
        }
        (_, None) if !matches!(v, Value::Str(_)) => {
            return format_value(&Value::str(&v.to_str()), spec)
        }
        _ => {
            return Err(Error::value_error(format!(
                "Unknown format code '{}' for object of type '{}'",
                s.ty.unwrap_or(' '),
                v.type_name()
            )))
        }
    };
    let negative = numeric && is_negative(v);
    let sign = if !numeric {
        ""
    } else if negative {
        "-"
    } else {
        match s.sign {
            Some('+') => "+",
            Some(' ') => " ",
            _ => "",
        }
    };
    let default_align = if numeric { '>' } else { '<' };
    let (fill, align) = if s.zero && s.align.is_none() {
        ('0', '=')
    } else {
        (s.fill.unwrap_or(' '), s.align.unwrap_or(default_align))
    };
    let len = sign.chars().count() + body.chars().count();
    let pad = s.width.saturating_sub(len);
    let padding = |n: usize| fill.to_string().repeat(n);
    Ok(match align {
        '<' => format!("{sign}{body}{}", padding(pad)),
        '^' => format!("{}{sign}{body}{}", padding(pad / 2), padding(pad - pad / 2)),
        '=' => format!("{sign}{}{body}", padding(pad)),
        _ => format!("{}{sign}{body}", padding(pad)),
    })
}

fn as_int(v: &Value) -> i64 {
    match v {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        _ => 0,
    }
}

fn as_float(v: &Value) -> f64 {
    match v {
        Value::Int(i) => *i as f64,
        Value::Bool(b) => *b as i64 as f64,
        Value::Float(x) => *x,
        _ => 0.0,
    }
}

fn is_negative(v: &Value) -> bool {
    match v {
        Value::Int(i) => *i < 0,
        Value::Float(x) => x.is_sign_negative() && !x.is_nan(),
        _ => false,
    }
}

fn group(digits: &str, sep: Option<char>) -> String {
    let Some(sep) = sep else {
        return digits.to_string();
    };
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

fn group_float(body: &str, sep: Option<char>) -> String {
    if sep.is_none() {
        return body.to_string();
    }
    let end = body
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(body.len());
    format!("{}{}", group(&body[..end], sep), &body[end..])
}

/// The digits of a non-negative float for the `f e g %` presentation types.
pub(crate) fn float_body(x: f64, ty: char, precision: Option<usize>, alt: bool) -> String {
    if x.is_nan() {
        return if ty.is_ascii_uppercase() {
            "NAN".into()
        } else {
            "nan".into()
        };
    }
    if x.is_infinite() {
        return if ty.is_ascii_uppercase() {
            "INF".into()
        } else {
            "inf".into()
        };
    }
    let p = precision.unwrap_or(6);
    match ty {
        'f' | 'F' => format!("{x:.p$}"),
        '%' => format!("{:.p$}%", x * 100.0),
        'e' | 'E' => {
            let s = exp_format(x, p);
            if ty == 'E' {
                s.to_uppercase()
            } else {
                s
            }
        }
        _ => {
            let p = if p == 0 { 1 } else { p };
            let exp = if x == 0.0 {
                0
            } else {
                let e = exp_format(x, p - 1);
                e.rsplit('e')
                    .next()
                    .and_then(|e| e.parse::<i32>().ok())
                    .unwrap_or(0)
            };
            let s = if exp >= -4 && exp < p as i32 {
                let decimals = (p as i32 - 1 - exp).max(0) as usize;
                let s = format!("{x:.decimals$}");
                if alt {
                    s
                } else {
                    strip_zeros(&s)
                }
            } else {
                let s = exp_format(x, p - 1);
                match s.split_once('e') {
                    Some((m, e)) if !alt => format!("{}e{e}", strip_zeros(m)),
                    _ => s,
                }
            };
            if ty == 'G' {
                s.to_uppercase()
            } else {
                s
            }
        }
    }
}

fn strip_zeros(s: &str) -> String {
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s.to_string()
    }
}

/// `1.234568e+04`, as C's `%e`.
fn exp_format(x: f64, p: usize) -> String {
    let s = format!("{x:.p$e}");
    match s.split_once('e') {
        Some((m, e)) => {
            let (sign, digits) = match e.strip_prefix('-') {
                Some(d) => ('-', d),
                None => ('+', e),
            };
            format!("{m}e{sign}{digits:0>2}")
        }
        None => s,
    }
}

/// `fmt % args`.
pub(crate) fn percent_format(fmt: &str, args: &Value) -> Result<Value> {
    let items: Vec<Value> = match args {
        Value::Tuple(t) => t.to_vec(),
        other => vec![other.clone()],
    };
    let mut next = items.into_iter();
    let mut out = String::new();
    let mut chars = fmt.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        let mut key = None;
        if chars.peek() == Some(&'(') {
            chars.next();
            let k: String = chars.by_ref().take_while(|&c| c != ')').collect();
            key = Some(k);
        }
        let mut flags = String::new();
        while let Some(&f) = chars.peek() {
            if matches!(f, '-' | '+' | ' ' | '#' | '0') {
                flags.push(f);
                chars.next();
            } else {
                break;
            }
        }
        let mut width = String::new();
        while let Some(&d) = chars.peek() {
            if d.is_ascii_digit() {
                width.push(d);
                chars.next();
            } else {
                break;
            }
        }
        let mut precision = None;
        if chars.peek() == Some(&'.') {
            chars.next();
            let mut p = String::new();
            while let Some(&d) = chars.peek() {
                if d.is_ascii_digit() {
                    p.push(d);
                    chars.next();
                } else {
                    break;
                }
            }
            precision = Some(p.parse::<usize>().unwrap_or(0));
        }
        let Some(ty) = chars.next() else {
            return Err(Error::value_error("incomplete format"));
        };
        if ty == '%' {
            out.push('%');
            continue;
        }
        let value = match &key {
            Some(k) => match args {
                Value::Dict(d) => d
                    .borrow()?
                    .get(&Value::str(k))?
                    .cloned()
                    .ok_or_else(|| Error::key_error(format!("'{k}'")))?,
                _ => return Err(Error::type_error("format requires a mapping")),
            },
            None => next
                .next()
                .ok_or_else(|| Error::type_error("not enough arguments for format string"))?,
        };
        let align = if flags.contains('-') { "<" } else { ">" };
        let sign = if flags.contains('+') {
            "+"
        } else if flags.contains(' ') {
            " "
        } else {
            ""
        };
        let prec = precision.map(|p| format!(".{p}")).unwrap_or_default();
        let piece = match ty {
            's' => format_value(
                &Value::str(&value.to_str()),
                &format!("{}{width}{prec}", if width.is_empty() { "" } else { align }),
            ),
            'r' | 'a' => format_value(
                &Value::str(&value.repr()),
                &format!("{}{width}", if width.is_empty() { "" } else { align }),
            ),
            'd' | 'i' | 'u' => {
                let iv = match value {
                    Value::Float(x) => Value::Int(x.trunc() as i64),
                    Value::Int(_) | Value::Bool(_) => value,
                    other => {
                        return Err(Error::type_error(format!(
                            "%{ty} format: a real number is required, not {}",
                            other.type_name()
                        )))
                    }
                };
                format_value(
                    &iv,
                    &format!(
                        "{}{sign}{}{width}d",
                        if flags.contains('-') { "<" } else { "" },
                        if flags.contains('0') && !flags.contains('-') {
                            "0"
                        } else {
                            ""
                        }
                    ),
                )
            }
            'f' | 'F' | 'e' | 'E' | 'g' | 'G' | 'x' | 'X' | 'o' | 'c' => {
                let p = if matches!(ty, 'x' | 'X' | 'o' | 'c') {
                    String::new()
                } else {
                    prec.clone()
                };
                if !matches!(value, Value::Int(_) | Value::Float(_) | Value::Bool(_)) {
                    return Err(Error::type_error(format!(
                        "must be real number, not {}",
                        value.type_name()
                    )));
                }
                format_value(
                    &value,
                    &format!(
                        "{}{sign}{}{width}{p}{ty}",
                        if flags.contains('-') { "<" } else { "" },
                        if flags.contains('0') && !flags.contains('-') {
                            "0"
                        } else {
                            ""
                        }
                    ),
                )
            }
            other => {
                return Err(Error::value_error(format!(
                    "unsupported format character '{other}'"
                )))
            }
        }?;
        out.push_str(&piece);
    }
    if next.next().is_some() && !matches!(args, Value::Dict(_)) {
        return Err(Error::type_error(
            "not all arguments converted during string formatting",
        ));
    }
    Ok(Value::str(&out))
}
