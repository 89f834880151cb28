//! `str.format`: `{}`, `{0}`, `{name}`, `{0[1]}`, `{a.b}`, `{!r}`, `{:spec}`, `{{`/`}}`.

use crate::{Args, Interpreter};
use runnel_core::{Error, Result, Value};

/// `str.format`: `{}`, `{0}`, `{name}`, `{0[1]}`, `{!r}`, `{:spec}`, `{{`/`}}`.
pub(crate) fn format(interp: &Interpreter, t: &str, args: &Args) -> Result<String> {
    format_with(interp, t, args, &mut 0)
}

/// `auto` after a numbered field (`{0}`): no automatic numbering may follow.
const MANUAL: usize = usize::MAX;

/// `auto` is the next automatic field number, shared with nested specs (`{:{}}`), or
/// [`MANUAL`].
fn format_with(interp: &Interpreter, t: &str, args: &Args, auto: &mut usize) -> Result<String> {
    let mut out = String::new();
    let mut chars = t.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '{' if chars.peek() == Some(&'{') => {
                chars.next();
                out.push('{');
            }
            '}' if chars.peek() == Some(&'}') => {
                chars.next();
                out.push('}');
            }
            '}' => {
                return Err(Error::value_error(
                    "Single '}' encountered in format string",
                ))
            }
            '{' => {
                let mut field = String::new();
                let mut depth = 1;
                for c in chars.by_ref() {
                    match c {
                        '{' => depth += 1,
                        '}' => {
                            depth -= 1;
                            if depth == 0 {
                                break;
                            }
                        }
                        _ => {}
                    }
                    field.push(c);
                }
                if depth != 0 {
                    return Err(Error::value_error("expected '}' before end of string"));
                }
                let (field, spec) = match field.split_once(':') {
                    Some((f, s)) => (f.to_string(), s.to_string()),
                    None => (field, String::new()),
                };
                let (field, conv) = match field.split_once('!') {
                    Some((f, c)) => (f.to_string(), c.chars().next()),
                    None => (field, None),
                };
                // The field's own value is taken before nested fields in its spec (`{:{}}`).
                let head_end = field.find(['[', '.']).unwrap_or(field.len());
                let auto_value = if field[..head_end].is_empty() {
                    if *auto == MANUAL {
                        return Err(Error::value_error(
                            "cannot switch from manual field specification to automatic field numbering",
                        ));
                    }
                    let i = *auto;
                    *auto += 1;
                    Some(args.positional.get(i).cloned().ok_or_else(|| {
                        Error::index_error(format!(
                            "Replacement index {i} out of range for positional args tuple"
                        ))
                    })?)
                } else {
                    None
                };
                let spec = if spec.contains('{') {
                    format_with(interp, &spec, args, auto)?
                } else {
                    spec
                };
                let (head, rest) = field.split_at(head_end);
                let mut v = if let Some(v) = auto_value {
                    v
                } else if let Ok(i) = head.parse::<usize>() {
                    if *auto != 0 && *auto != MANUAL {
                        return Err(Error::value_error(
                            "cannot switch from automatic field numbering to manual field specification",
                        ));
                    }
                    *auto = MANUAL;
                    args.positional.get(i).cloned().ok_or_else(|| {
                        Error::index_error(format!(
                            "Replacement index {i} out of range for positional args tuple"
                        ))
                    })?
                } else {
                    args.keywords
                        .iter()
                        .find(|(k, _)| k == head)
                        .map(|(_, v)| v.clone())
                        .ok_or_else(|| Error::key_error(format!("'{head}'")))?
                };
                let mut rest = rest;
                while !rest.is_empty() {
                    if let Some(r) = rest.strip_prefix('[') {
                        let close = r
                            .find(']')
                            .ok_or_else(|| Error::value_error("Missing ']' in format string"))?;
                        let key = &r[..close];
                        let k = key
                            .parse::<i64>()
                            .map(Value::Int)
                            .unwrap_or_else(|_| Value::str(key));
                        v = crate::runtime::subscript::get_item(&v, &k)?;
                        rest = &r[close + 1..];
                    } else if let Some(r) = rest.strip_prefix('.') {
                        let end = r.find(['[', '.']).unwrap_or(r.len());
                        v = super::get_attr(interp, &v, &r[..end])?;
                        rest = &r[end..];
                    } else {
                        break;
                    }
                }
                let v = match conv {
                    Some('r') => Value::str(&crate::runtime::guard::repr(&v)?),
                    Some('a') => Value::str(&crate::builtins::ascii_of(&v)?),
                    Some('s') => Value::str(&crate::runtime::guard::to_str(&v)?),
                    _ => v,
                };
                out.push_str(&crate::format::format_value(&v, &spec)?);
            }
            c => out.push(c),
        }
    }
    Ok(out)
}
