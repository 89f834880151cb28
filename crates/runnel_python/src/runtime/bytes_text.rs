//! The `bytes`/`bytearray` methods that act as `str`'s do on the same characters
//! (`replace`, `join`, `rstrip`, `partition`, `index`...): run as the `str` method on the
//! bytes read as Latin-1 (one character per byte, both ways), the results turned back
//! into bytes of the receiver's type; and the ASCII-only tests and case changes
//! (`isdigit`, `isalpha`, `title`...), where `str`'s would see Latin-1 letters.

use super::bytes::{bytes_of, bytes_value, ByteArray};
use crate::{Args, Interpreter};
use runnel_core::{Error, Result, Value};
use std::cell::RefCell;

/// The methods run through `str`'s.
const AS_TEXT: &[&str] = &[
    "replace",
    "join",
    "lstrip",
    "rstrip",
    "partition",
    "rpartition",
    "rfind",
    "index",
    "rindex",
    "center",
    "ljust",
    "rjust",
    "zfill",
    "removeprefix",
    "removesuffix",
];
/// The ASCII-only ones.
const ASCII: &[&str] = &[
    "isdigit",
    "isalpha",
    "isalnum",
    "isspace",
    "isupper",
    "islower",
    "title",
    "capitalize",
    "swapcase",
];
/// What `bytes.strip()` and friends remove when given no bytes: ASCII whitespace only.
const WHITESPACE: &str = " \t\n\r\x0b\x0c";

/// Whether `name` is a bytes method of this module.
pub(crate) fn handles(name: &str) -> bool {
    AS_TEXT.contains(&name) || ASCII.contains(&name)
}

/// `b.name(args)` for a method [`handles`] says yes to.
pub(crate) fn call(interp: &Interpreter, obj: &Value, name: &str, args: Args) -> Result<Value> {
    let b = bytes_of(obj).unwrap_or_default();
    let back = |out: Vec<u8>| match obj.downcast::<ByteArray>() {
        Some(_) => Value::object(ByteArray(RefCell::new(out))),
        None => bytes_value(out),
    };
    if ASCII.contains(&name) {
        args.check_count(name, 0, 0)?;
        return Ok(ascii_method(&b, name).unwrap_or_else(|| back(ascii_case(&b, name))));
    }
    let mut args = Args {
        positional: args
            .positional
            .iter()
            .map(|v| to_text(v, name))
            .collect::<Result<_>>()?,
        keywords: args
            .keywords
            .iter()
            .map(|(k, v)| Ok((k.clone(), to_text(v, name)?)))
            .collect::<Result<_>>()?,
    };
    if matches!(name, "lstrip" | "rstrip")
        && args
            .positional
            .first()
            .is_none_or(|v| matches!(v, Value::None))
    {
        args.positional = vec![Value::str(WHITESPACE)];
    }
    if name == "join" {
        args.positional = args
            .positional
            .iter()
            .map(|v| join_items(interp, v))
            .collect::<Result<_>>()?;
    }
    let out = crate::methods::call_method(interp, &Value::str(&latin1(&b)), name, args).map_err(
        |mut e| {
            // bytes' own wording for a missing needle.
            if e.message == "substring not found" {
                e.message = "subsection not found".into();
            }
            e
        },
    )?;
    Ok(from_text(out, &back))
}

fn latin1(b: &[u8]) -> String {
    b.iter().map(|&c| c as char).collect()
}

/// An argument as the `str` method takes it: bytes as Latin-1 text, a `str` refused as
/// CPython refuses it, other values (counts, widths) as they are.
fn to_text(v: &Value, name: &str) -> Result<Value> {
    if let Some(b) = bytes_of(v) {
        return Ok(Value::str(&latin1(&b)));
    }
    if matches!(v, Value::Str(_)) && name != "join" {
        return Err(Error::type_error(
            "a bytes-like object is required, not 'str'",
        ));
    }
    Ok(v.clone())
}

/// `sep.join(items)`: every item bytes-like, as Latin-1 text.
fn join_items(interp: &Interpreter, v: &Value) -> Result<Value> {
    let items = interp.collect(v)?;
    let mut out = Vec::with_capacity(items.len());
    for (i, x) in items.iter().enumerate() {
        match bytes_of(x) {
            Some(b) => out.push(Value::str(&latin1(&b))),
            None => {
                return Err(Error::type_error(format!(
                    "sequence item {i}: expected a bytes-like object, {} found",
                    x.type_name()
                )))
            }
        }
    }
    Ok(Value::list(out))
}

/// A `str` method's result as the bytes method's: text back to bytes (also inside a
/// list or tuple), numbers as they are.
fn from_text(v: Value, back: &dyn Fn(Vec<u8>) -> Value) -> Value {
    match v {
        Value::Str(s) => back(s.chars().map(|c| c as u32 as u8).collect()),
        Value::List(l) => {
            let items = l.borrow().map(|l| l.clone()).unwrap_or_default();
            Value::list(items.into_iter().map(|x| from_text(x, back)).collect())
        }
        Value::Tuple(t) => Value::tuple(t.iter().cloned().map(|x| from_text(x, back)).collect()),
        other => other,
    }
}

/// The ASCII tests (`None` for the case changes).
fn ascii_method(b: &[u8], name: &str) -> Option<Value> {
    let all = |f: fn(&u8) -> bool| Value::Bool(!b.is_empty() && b.iter().all(f));
    Some(match name {
        "isdigit" => all(u8::is_ascii_digit),
        "isalpha" => all(u8::is_ascii_alphabetic),
        "isalnum" => all(u8::is_ascii_alphanumeric),
        "isspace" => all(|c| WHITESPACE.as_bytes().contains(c)),
        "isupper" => Value::Bool(
            b.iter().any(u8::is_ascii_uppercase) && !b.iter().any(u8::is_ascii_lowercase),
        ),
        "islower" => Value::Bool(
            b.iter().any(u8::is_ascii_lowercase) && !b.iter().any(u8::is_ascii_uppercase),
        ),
        _ => return None,
    })
}

/// `title`, `capitalize` and `swapcase` on ASCII letters; other bytes stay.
fn ascii_case(b: &[u8], name: &str) -> Vec<u8> {
    let mut prev_cased = false;
    b.iter()
        .enumerate()
        .map(|(i, &c)| {
            let out = match name {
                "swapcase" if c.is_ascii_uppercase() => c.to_ascii_lowercase(),
                "swapcase" => c.to_ascii_uppercase(),
                "capitalize" if i == 0 => c.to_ascii_uppercase(),
                "capitalize" => c.to_ascii_lowercase(),
                _ if prev_cased => c.to_ascii_lowercase(),
                _ => c.to_ascii_uppercase(),
            };
            prev_cased = c.is_ascii_alphabetic();
            out
        })
        .collect()
}
