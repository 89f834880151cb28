//! The rarer `str` methods: `expandtabs`, `removeprefix`/`removesuffix`, `format_map`,
//! `isascii`, `isidentifier`, `isprintable`.

use super::str::{int_arg, s};
use crate::{Args, Interpreter};
use runnel_core::{Error, Result, Value};

pub(super) const NAMES: &[&str] = &[
    "expandtabs",
    "removeprefix",
    "removesuffix",
    "format_map",
    "isascii",
    "isidentifier",
    "isprintable",
];

/// `t.name(args)` for the methods above; `None` for any other name.
pub(super) fn call(
    interp: &Interpreter,
    t: &str,
    name: &str,
    mut args: Args,
) -> Option<Result<Value>> {
    if !NAMES.contains(&name) {
        return None;
    }
    Some((|| {
        Ok(match name {
            "expandtabs" => {
                let size = int_arg(args.take(0, "tabsize"), 8)?;
                args.finish(name)?;
                s(&expand_tabs(t, size))
            }
            "removeprefix" | "removesuffix" => {
                args.check_count(name, 1, 1)?;
                let Value::Str(affix) = &args.positional[0] else {
                    return Err(Error::type_error(format!(
                        "{name}() argument must be str, not {}",
                        args.positional[0].type_name()
                    )));
                };
                let cut = if name == "removeprefix" {
                    t.strip_prefix(&**affix)
                } else {
                    t.strip_suffix(&**affix)
                };
                s(cut.unwrap_or(t))
            }
            "format_map" => {
                args.check_count(name, 1, 1)?;
                s(&format_map(interp, t, &args.positional[0])?)
            }
            "isascii" => Value::Bool(t.is_ascii()),
            "isidentifier" => Value::Bool(is_identifier(t)),
            _ => Value::Bool(t.chars().all(runnel_core::value::is_printable)),
        })
    })())
}

/// Tabs to spaces up to the next multiple of `size` columns; a newline restarts the count.
fn expand_tabs(t: &str, size: i64) -> String {
    let mut out = String::with_capacity(t.len());
    let mut col = 0i64;
    for c in t.chars() {
        match c {
            '\t' => {
                if size > 0 {
                    let n = size - col % size;
                    out.extend(std::iter::repeat_n(' ', n as usize));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    out
}

/// `str.format_map(mapping)`: a dict's string keys as the format's names.
fn format_map(interp: &Interpreter, t: &str, mapping: &Value) -> Result<String> {
    let Value::Dict(d) = mapping else {
        return Err(Error::type_error(format!(
            "format_map() takes a dict in Runnel, not {}",
            mapping.type_name()
        )));
    };
    let mut args = Args::default();
    for (k, v) in d.borrow()?.iter() {
        if let Value::Str(k) = k {
            args.keywords.push((k.to_string(), v.clone()));
        }
    }
    super::str_format::format(interp, t, &args)
}

/// A name Python accepts: a letter or `_`, then letters, digits and `_` (Unicode's
/// alphabetic and alphanumeric classes standing for XID_Start/XID_Continue).
fn is_identifier(t: &str) -> bool {
    // CPython's: XID_Start or `_`, then XID_Continue (combining marks, `·`; not `²`).
    let mut chars = t.chars();
    chars
        .next()
        .is_some_and(|c| c == '_' || unicode_ident::is_xid_start(c))
        && chars.all(unicode_ident::is_xid_continue)
}
