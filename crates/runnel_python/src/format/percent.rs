//! `fmt % args` (printf-style formatting), built on the format-spec formatter.

use super::format_value;
use runnel_core::{Error, Result, Value};

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
                &Value::str(&crate::runtime::guard::to_str(&value)?),
                &format!("{}{width}{prec}", if width.is_empty() { "" } else { align }),
            ),
            'r' | 'a' => format_value(
                &Value::str(&crate::runtime::guard::repr(&value)?),
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
