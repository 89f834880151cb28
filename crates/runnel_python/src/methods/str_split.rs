//! `str.split`/`rsplit` and character-position substrings.

use super::str::{int_arg, s};
use super::str_unicode::is_space;
use runnel_core::{Error, Result, Value};

pub(super) fn substr(t: &str, start: i64, end: Option<Value>) -> Result<Option<&str>> {
    Ok(substr_with_offset(t, start, end)?.map(|(sub, _)| sub))
}

/// `t[start:end]` by character positions, and the byte offset where it begins; `None`
/// when the start is past the end (CPython's `ADJUST_INDICES` leaves a start beyond the
/// string there, so not even the empty string is found: `'ab'.find('', 5)` is -1).
pub(super) fn substr_with_offset(
    t: &str,
    start: i64,
    end: Option<Value>,
) -> Result<Option<(&str, usize)>> {
    let end = int_arg(end, i64::MAX)?;
    if start == 0 && end == i64::MAX {
        return Ok(Some((t, 0)));
    }
    let n = t.chars().count() as i64;
    let a = if start < 0 { (start + n).max(0) } else { start };
    let b = if end < 0 {
        (end + n).max(0)
    } else {
        end.min(n)
    };
    if a > b {
        return Ok(None);
    }
    let byte = |ci: i64| {
        t.char_indices()
            .nth(ci as usize)
            .map(|(b, _)| b)
            .unwrap_or(t.len())
    };
    let (ba, bb) = (byte(a), byte(b));
    Ok(Some((&t[ba..bb], ba)))
}

pub(super) fn split(
    t: &str,
    sep: Option<&str>,
    max: i64,
    from_right: bool,
    max_len: usize,
) -> Result<Value> {
    let max = if max < 0 { usize::MAX } else { max as usize };
    let single = sep.filter(|s| s.len() == 1).and_then(|s| s.chars().next());
    let parts: Vec<Value> = match sep {
        Some("") => return Err(Error::value_error("empty separator")),
        // The common `line.split(" ")`: a char pattern is much faster than a str one.
        Some(_) if !from_right && max == usize::MAX && single.is_some() => {
            let c = single.unwrap_or(' ');
            t.split(c).map(s).collect()
        }
        Some(sep) if !from_right => t.splitn(max.saturating_add(1), sep).map(s).collect(),
        Some(sep) => {
            let mut v: Vec<Value> = t.rsplitn(max.saturating_add(1), sep).map(s).collect();
            v.reverse();
            v
        }
        None => {
            // Runs of whitespace separate; leading/trailing whitespace yields no empty items.
            let mut out: Vec<Value> = Vec::new();
            if !from_right {
                let mut rest = t.trim_start_matches(is_space);
                while !rest.is_empty() {
                    if out.len() == max {
                        out.push(s(rest));
                        break;
                    }
                    let end = rest.find(is_space).unwrap_or(rest.len());
                    out.push(s(&rest[..end]));
                    rest = rest[end..].trim_start_matches(is_space);
                }
            } else {
                let mut rest = t.trim_end_matches(is_space);
                while !rest.is_empty() {
                    if out.len() == max {
                        out.push(s(rest));
                        break;
                    }
                    let start = rest
                        .rfind(is_space)
                        .map(|i| i + rest[i..].chars().next().map_or(1, char::len_utf8))
                        .unwrap_or(0);
                    out.push(s(&rest[start..]));
                    rest = rest[..start].trim_end_matches(is_space);
                }
                out.reverse();
            }
            out
        }
    };
    if parts.len() > max_len {
        return Err(crate::exceptions::memory_error());
    }
    Ok(Value::list(parts))
}

/// `t.translate(table)`: `table` maps code points to a str, a code point, or None.
pub(super) fn translate(t: &str, table: &Value) -> Result<String> {
    let Value::Dict(d) = table else {
        return Err(Error::type_error("translate() needs a dict table here"));
    };
    let d = d.borrow()?;
    let mut out = String::with_capacity(t.len());
    for c in t.chars() {
        match d.get(&Value::Int(c as i64))? {
            None => out.push(c),
            Some(Value::None) => {}
            Some(Value::Str(r)) => out.push_str(r),
            Some(Value::Int(i)) => match u32::try_from(*i).ok().and_then(char::from_u32) {
                Some(r) => out.push(r),
                None => {
                    return Err(Error::value_error(
                        "character mapping must be in range(0x110000)",
                    ))
                }
            },
            Some(_) => {
                return Err(Error::type_error(
                    "character mapping must return integer, None or str",
                ))
            }
        }
    }
    Ok(out)
}

/// `str.maketrans(x[, y[, z]])`.
pub(crate) fn maketrans(args: &[Value]) -> Result<Value> {
    let mut d = runnel_core::value::PyDict::new();
    match args {
        [Value::Dict(m)] => {
            for (k, v) in m.borrow()?.iter() {
                let key = match k {
                    Value::Str(s) if s.chars().count() == 1 => {
                        Value::Int(s.chars().next().map_or(0, |c| c as i64))
                    }
                    Value::Int(_) => k.clone(),
                    _ => {
                        return Err(Error::value_error(
                            "string keys in translate table must be of length 1",
                        ))
                    }
                };
                d.insert(key, v.clone())?;
            }
        }
        [Value::Str(x), Value::Str(y), rest @ ..] => {
            if x.chars().count() != y.chars().count() {
                return Err(Error::value_error(
                    "the first two maketrans arguments must have equal length",
                ));
            }
            for (a, b) in x.chars().zip(y.chars()) {
                d.insert(Value::Int(a as i64), Value::Int(b as i64))?;
            }
            match rest {
                [] => {}
                [Value::Str(z)] => {
                    for c in z.chars() {
                        d.insert(Value::Int(c as i64), Value::None)?;
                    }
                }
                _ => return Err(Error::type_error("maketrans() argument 3 must be str")),
            }
        }
        _ => {
            return Err(Error::type_error(
                "maketrans() takes a dict, or two or three str arguments",
            ))
        }
    }
    Ok(Value::dict(d))
}
