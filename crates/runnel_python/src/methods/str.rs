//! Methods of `str`.

use super::str_format::format;
use super::str_split::{split, substr, substr_with_offset};
use crate::{Args, Interpreter};
use runnel_core::value::Shared;
use runnel_core::{Error, Result, Value};

pub(crate) const NAMES: &[&str] = &[
    "encode",
    "split",
    "rsplit",
    "strip",
    "lstrip",
    "rstrip",
    "lower",
    "upper",
    "title",
    "capitalize",
    "swapcase",
    "replace",
    "startswith",
    "endswith",
    "find",
    "rfind",
    "index",
    "rindex",
    "count",
    "join",
    "format",
    "isdigit",
    "isalpha",
    "isalnum",
    "isspace",
    "isupper",
    "islower",
    "isnumeric",
    "isdecimal",
    "zfill",
    "center",
    "ljust",
    "rjust",
    "splitlines",
    "partition",
    "rpartition",
    "casefold",
    "istitle",
    "translate",
];

pub(super) fn s(v: &str) -> Value {
    Value::str(v)
}

fn arg_str(v: &Value, method: &str) -> Result<String> {
    match v {
        Value::Str(s) => Ok(s.to_string()),
        other => Err(Error::type_error(format!(
            "{method} arg must be None or str, not {}",
            other.type_name()
        ))),
    }
}

fn opt_str(args: &mut Args, idx: usize, name: &str, method: &str) -> Result<Option<String>> {
    match args.take(idx, name) {
        None | Some(Value::None) => Ok(None),
        Some(v) => arg_str(&v, method).map(Some),
    }
}

pub(super) fn int_arg(v: Option<Value>, default: i64) -> Result<i64> {
    match v {
        None | Some(Value::None) => Ok(default),
        Some(Value::Int(i)) => Ok(i),
        Some(Value::Bool(b)) => Ok(b as i64),
        Some(other) => Err(Error::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            other.type_name()
        ))),
    }
}

fn char_pos(text: &str, byte: usize) -> i64 {
    if text.is_ascii() {
        byte as i64
    } else {
        text.get(..byte).map(|p| p.chars().count()).unwrap_or(0) as i64
    }
}

/// Calls `text.name(args)`; `None` when str has no such method.
pub(crate) fn call(
    interp: &Interpreter,
    text: &Shared<str>,
    name: &str,
    mut args: Args,
) -> Option<Result<Value>> {
    let t: &str = text;
    if !matches!(name, "format" | "format_map") {
        // Arguments of str (int, tuple) subclasses act as their values; `format` keeps
        // them for their own `__format__`/`__str__`.
        for a in args.positional.iter_mut() {
            if let Some(base) = crate::runtime::builtin_base::base_of(a) {
                *a = base;
            }
        }
    }
    let r = (|| -> Result<Value> {
        Ok(match name {
            "encode" => {
                let text = |v: Option<Value>, default: &str| match v {
                    Some(Value::Str(s)) => s.to_string(),
                    _ => default.to_string(),
                };
                let enc = text(args.take(0, "encoding"), "utf-8");
                let errors = text(args.take(1, "errors"), "strict");
                args.finish("encode")?;
                crate::runtime::codecs::encode(t, &enc, &errors)?
            }
            "split" | "rsplit" => {
                let sep = match args.take(0, "sep") {
                    None | Some(Value::None) => None,
                    Some(Value::Str(s)) => Some(s),
                    Some(other) => {
                        return Err(Error::type_error(format!(
                            "must be str or None, not {}",
                            other.type_name()
                        )))
                    }
                };
                let max = int_arg(args.take(1, "maxsplit"), -1)?;
                split(
                    t,
                    sep.as_deref(),
                    max,
                    name == "rsplit",
                    interp.config.max_collection_len,
                )?
            }
            "strip" | "lstrip" | "rstrip" => {
                let chars = opt_str(&mut args, 0, "chars", name)?;
                let pat = |c: char| match &chars {
                    Some(cs) => cs.contains(c),
                    None => super::str_unicode::is_space(c),
                };
                let out = match name {
                    "strip" => t.trim_matches(pat),
                    "lstrip" => t.trim_start_matches(pat),
                    _ => t.trim_end_matches(pat),
                };
                if out.len() == t.len() {
                    Value::Str(text.clone())
                } else {
                    s(out)
                }
            }
            "lower" => s(&t.to_lowercase()),
            "casefold" => s(&super::str_unicode::casefold(t)),
            "upper" => s(&t.to_uppercase()),
            "swapcase" => s(&super::str_case::swapcase(t)),
            "title" => s(&super::str_title::title(t)),
            "capitalize" => s(&super::str_title::capitalize(t)),
            "replace" => {
                args.check_count("replace", 2, 3)?;
                let positional = |i: usize| match &args.positional[i] {
                    Value::Str(s) => Ok(s.to_string()),
                    other => Err(Error::type_error(format!(
                        "replace() argument {} must be str, not {}",
                        i + 1,
                        other.type_name()
                    ))),
                };
                let (old, new) = (positional(0)?, positional(1)?);
                let count = int_arg(args.positional.get(2).cloned(), -1)?;
                // Check the size before building: replacements can multiply it.
                let hits = if old.is_empty() {
                    t.chars().count() + 1
                } else {
                    t.matches(old.as_str()).count()
                };
                let hits = if count < 0 {
                    hits
                } else {
                    hits.min(count as usize)
                };
                if t.len().saturating_add(hits.saturating_mul(new.len()))
                    > interp.config.max_collection_len
                {
                    return Err(crate::exceptions::memory_error());
                }
                let out = if count < 0 {
                    t.replace(&old, &new)
                } else {
                    t.replacen(&old, &new, count as usize)
                };
                if out.len() > interp.config.max_collection_len {
                    return Err(crate::exceptions::memory_error());
                }
                s(&out)
            }
            "startswith" | "endswith" => {
                args.check_count(name, 1, 3)?;
                let start = int_arg(args.positional.get(1).cloned(), 0)?;
                let sub = substr(t, start, args.positional.get(2).cloned())?;
                let test = |p: &str| match sub {
                    None => false,
                    Some(sub) if name == "startswith" => sub.starts_with(p),
                    Some(sub) => sub.ends_with(p),
                };
                match &args.positional[0] {
                    Value::Str(p) => Value::Bool(test(p)),
                    Value::Tuple(items) => {
                        let mut any = false;
                        for p in items.iter() {
                            any |= test(&arg_str(p, name)?);
                        }
                        Value::Bool(any)
                    }
                    other => {
                        return Err(Error::type_error(format!(
                            "{name} first arg must be str or a tuple of str, not {}",
                            other.type_name()
                        )))
                    }
                }
            }
            "find" | "rfind" | "index" | "rindex" | "count" => {
                args.check_count(name, 1, 3)?;
                let needle = arg_str(&args.positional[0], name)?;
                let start = int_arg(args.positional.get(1).cloned(), 0)?;
                let range = substr_with_offset(t, start, args.positional.get(2).cloned())?;
                let Some((sub, offset)) = range else {
                    return match name {
                        "count" => Ok(Value::Int(0)),
                        "find" | "rfind" => Ok(Value::Int(-1)),
                        _ => Err(Error::value_error("substring not found")),
                    };
                };
                if name == "count" {
                    return Ok(Value::Int(if needle.is_empty() {
                        sub.chars().count() as i64 + 1
                    } else {
                        sub.matches(needle.as_str()).count() as i64
                    }));
                }
                let found = if name.starts_with('r') {
                    sub.rfind(needle.as_str())
                } else {
                    sub.find(needle.as_str())
                };
                match found {
                    Some(b) => Value::Int(char_pos(t, b + offset)),
                    None if name.ends_with("find") => Value::Int(-1),
                    None => return Err(Error::value_error("substring not found")),
                }
            }
            "join" => {
                args.check_count("join", 1, 1)?;
                let items = interp.collect(&args.positional[0]).map_err(|e| {
                    match e.message.ends_with("object is not iterable") {
                        true => Error::type_error("can only join an iterable"),
                        false => e,
                    }
                })?;
                let mut out = String::new();
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push_str(t);
                    }
                    match crate::runtime::builtin_base::plain(item) {
                        Value::Str(x) => out.push_str(&x),
                        _ => {
                            let other = item;
                            return Err(Error::type_error(format!(
                                "sequence item {i}: expected str instance, {} found",
                                other.type_name()
                            )));
                        }
                    }
                    if out.len() > interp.config.max_collection_len {
                        return Err(crate::exceptions::memory_error());
                    }
                }
                s(&out)
            }
            "format" => s(&format(interp, t, &args)?),
            "isdecimal" => {
                Value::Bool(!t.is_empty() && t.chars().all(super::str_unicode::is_decimal))
            }
            "isdigit" => Value::Bool(!t.is_empty() && t.chars().all(super::str_unicode::is_digit)),
            "isnumeric" => {
                Value::Bool(!t.is_empty() && t.chars().all(super::str_unicode::is_numeric))
            }
            // Letters only: Rust's `is_alphabetic` also counts letter numbers (`Ⅻ`, `〇`).
            "isalpha" => Value::Bool(
                !t.is_empty() && t.chars().all(|c| c.is_alphabetic() && !c.is_numeric()),
            ),
            "isalnum" => Value::Bool(!t.is_empty() && t.chars().all(char::is_alphanumeric)),
            "isspace" => Value::Bool(!t.is_empty() && t.chars().all(super::str_unicode::is_space)),
            "isupper" => Value::Bool(super::str_case::isupper(t)),
            "islower" => Value::Bool(super::str_case::islower(t)),
            "translate" => {
                args.check_count("translate", 1, 1)?;
                s(&super::str_split::translate(t, &args.positional[0])?)
            }
            "istitle" => Value::Bool(super::str_case::istitle(t)),
            "zfill" => {
                let width = int_arg(args.take(0, "width"), 0)?.max(0) as usize;
                if width > interp.config.max_collection_len {
                    return Err(crate::exceptions::memory_error());
                }
                let n = t.chars().count();
                if n >= width {
                    Value::Str(text.clone())
                } else {
                    let (sign, rest) = match t.chars().next() {
                        Some(c @ ('+' | '-')) => (c.to_string(), &t[1..]),
                        _ => (String::new(), t),
                    };
                    s(&format!("{sign}{}{rest}", "0".repeat(width - n)))
                }
            }
            "center" | "ljust" | "rjust" => {
                args.check_count(name, 1, 2)?;
                let width = int_arg(args.positional.first().cloned(), 0)?.max(0) as usize;
                if width > interp.config.max_collection_len {
                    return Err(crate::exceptions::memory_error());
                }
                let fill = match args.positional.get(1) {
                    Some(Value::Str(f)) if f.chars().count() == 1 => {
                        f.chars().next().unwrap_or(' ')
                    }
                    Some(_) => {
                        return Err(Error::type_error(
                            "The fill character must be exactly one character long",
                        ))
                    }
                    None => ' ',
                };
                let n = t.chars().count();
                let pad = width.saturating_sub(n);
                let rep = |k: usize| fill.to_string().repeat(k);
                s(&match name {
                    "ljust" => format!("{t}{}", rep(pad)),
                    "rjust" => format!("{}{t}", rep(pad)),
                    _ => {
                        // CPython puts the extra space on the left when the text length is odd.
                        let left = pad / 2 + (pad & width & 1);
                        format!("{}{t}{}", rep(left), rep(pad - left))
                    }
                })
            }
            "splitlines" => {
                let keep = args
                    .take(0, "keepends")
                    .map(|v| v.truthy())
                    .unwrap_or(false);
                let mut out = Vec::new();
                let mut rest = t;
                while !rest.is_empty() {
                    // CPython's line boundaries: \n \r \r\n \v \f \x1c-\x1e \x85 \u2028 \u2029.
                    let end = rest
                        .find([
                            '\n', '\r', '\x0b', '\x0c', '\x1c', '\x1d', '\x1e', '\u{85}',
                            '\u{2028}', '\u{2029}',
                        ])
                        .unwrap_or(rest.len());
                    let nl = if rest[end..].starts_with("\r\n") {
                        2
                    } else {
                        rest[end..].chars().next().map_or(0, char::len_utf8)
                    };
                    out.push(s(if keep {
                        &rest[..end + nl]
                    } else {
                        &rest[..end]
                    }));
                    rest = &rest[end + nl..];
                }
                Value::list(out)
            }
            "partition" | "rpartition" => {
                args.check_count(name, 1, 1)?;
                let sep = arg_str(&args.positional[0], name)?;
                if sep.is_empty() {
                    return Err(Error::value_error("empty separator"));
                }
                let found = if name == "partition" {
                    t.find(&sep)
                } else {
                    t.rfind(&sep)
                };
                match found {
                    Some(i) => Value::tuple(vec![s(&t[..i]), s(&sep), s(&t[i + sep.len()..])]),
                    None if name == "partition" => Value::tuple(vec![s(t), s(""), s("")]),
                    None => Value::tuple(vec![s(""), s(""), s(t)]),
                }
            }
            _ => return Err(Error::new("__none__", "")),
        })
    })();
    match r {
        Err(e) if e.exc_type == "__none__" => super::str_more::call(interp, t, name, args),
        other => Some(other),
    }
}
