//! `str.split`/`rsplit` and character-position substrings.

use super::str::{int_arg, s};
use runnel_core::{Error, Result, Value};

pub(super) fn substr(t: &str, start: i64, end: Option<Value>) -> Result<&str> {
    Ok(substr_with_offset(t, start, end)?.0)
}

/// `t[start:end]` by character positions, and the byte offset where it begins.
pub(super) fn substr_with_offset(t: &str, start: i64, end: Option<Value>) -> Result<(&str, usize)> {
    let end = int_arg(end, i64::MAX)?;
    if start == 0 && end == i64::MAX {
        return Ok((t, 0));
    }
    let n = t.chars().count() as i64;
    let norm = |i: i64| if i < 0 { (i + n).max(0) } else { i.min(n) };
    let (a, b) = (norm(start), norm(end));
    if a >= b {
        return Ok(("", 0));
    }
    let byte = |ci: i64| {
        t.char_indices()
            .nth(ci as usize)
            .map(|(b, _)| b)
            .unwrap_or(t.len())
    };
    let (ba, bb) = (byte(a), byte(b));
    Ok((&t[ba..bb], ba))
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
                let mut rest = t.trim_start();
                while !rest.is_empty() {
                    if out.len() == max {
                        out.push(s(rest));
                        break;
                    }
                    let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
                    out.push(s(&rest[..end]));
                    rest = rest[end..].trim_start();
                }
            } else {
                let mut rest = t.trim_end();
                while !rest.is_empty() {
                    if out.len() == max {
                        out.push(s(rest));
                        break;
                    }
                    let start = rest
                        .rfind(char::is_whitespace)
                        .map(|i| i + rest[i..].chars().next().map_or(1, char::len_utf8))
                        .unwrap_or(0);
                    out.push(s(&rest[start..]));
                    rest = rest[..start].trim_end();
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
