//! The `string` module: its constants, `capwords`, and `Template` (`$name`, `${name}`,
//! `$$`; `substitute` and `safe_substitute`).

use crate::native::{NativeClass, NativeInstance};
use crate::{Args, Interpreter};
use runnel_core::{Error, Result, Value};
use std::rc::{Rc, Weak};

fn capwords(_: &Interpreter, mut a: Args) -> Result<Value> {
    let Value::Str(s) = a.require(0, "s", "capwords")? else {
        return Err(Error::type_error("capwords() argument must be str"));
    };
    let sep = a.take(1, "sep").filter(|v| !matches!(v, Value::None));
    crate::modules::args::done(&a, "capwords", 2)?;
    // Each word's str.capitalize(): title case first (`ǅ`), full mappings (`ß` to `Ss`).
    let cap = |w: &str| crate::methods::str_capitalize(w);
    Ok(Value::str(&match sep {
        Some(Value::Str(sep)) => s.split(&*sep).map(cap).collect::<Vec<_>>().join(&sep),
        Some(other) => {
            return Err(Error::type_error(format!(
                "must be str or None, not {}",
                other.type_name()
            )))
        }
        None => s.split_whitespace().map(cap).collect::<Vec<_>>().join(" "),
    }))
}

struct Template(Rc<str>);

fn is_ident_start(c: char) -> bool {
    c.is_ascii_alphabetic() || c == '_'
}

/// Fills `$name`/`${name}` from the mapping; `safe` leaves unknown or bad ones as written.
fn fill(interp: &Interpreter, t: &str, map: &Value, safe: bool) -> Result<String> {
    let chars: Vec<char> = t.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    let lookup = |name: &str| -> Result<Option<Value>> {
        match crate::runtime::subscript::get_item(map, &Value::str(name)) {
            Ok(v) => Ok(Some(v)),
            Err(e) if e.exc_type == "KeyError" && safe => Ok(None),
            Err(e) => Err(e),
        }
    };
    while i < chars.len() {
        if chars[i] != '$' {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        let rest = &chars[i + 1..];
        let (name, len) = if rest.first() == Some(&'$') {
            out.push('$');
            i += 2;
            continue;
        } else if rest.first() == Some(&'{') {
            let end = rest.iter().position(|c| *c == '}');
            match end {
                Some(e)
                    if e > 1
                        && is_ident_start(rest[1])
                        && rest[1..e]
                            .iter()
                            .all(|c| c.is_ascii_alphanumeric() || *c == '_') =>
                {
                    (rest[1..e].iter().collect::<String>(), e + 2)
                }
                _ => (String::new(), 0),
            }
        } else if rest.first().is_some_and(|c| is_ident_start(*c)) {
            let n = rest
                .iter()
                .take_while(|c| c.is_ascii_alphanumeric() || **c == '_')
                .count();
            (rest[..n].iter().collect::<String>(), n + 1)
        } else {
            (String::new(), 0)
        };
        if len == 0 {
            if safe {
                out.push('$');
                i += 1;
                continue;
            }
            let line = chars[..i].iter().filter(|c| **c == '\n').count() + 1;
            let col = i - chars[..i]
                .iter()
                .rposition(|c| *c == '\n')
                .map_or(0, |p| p + 1)
                + 1;
            return Err(Error::value_error(format!(
                "Invalid placeholder in string: line {line}, col {col}"
            )));
        }
        match lookup(&name)? {
            Some(v) => out.push_str(&crate::runtime::guard::to_str(&v)?),
            None => out.extend(&chars[i..i + len]),
        }
        i += len;
    }
    let _ = interp;
    Ok(out)
}

fn substitute(interp: &Interpreter, this: &Value, mut a: Args, safe: bool) -> Result<Value> {
    let t = NativeInstance::data_of::<Template>(this)
        .ok_or_else(|| Error::type_error("not a Template"))?;
    let mut d = runnel_core::value::PyDict::new();
    match a.positional.first() {
        None => {}
        Some(Value::Dict(src)) => d = src.borrow()?.clone(),
        Some(other) => {
            return Err(Error::type_error(format!(
                "'{}' object is not subscriptable",
                other.type_name()
            )))
        }
    }
    for (k, v) in std::mem::take(&mut a.keywords) {
        d.insert(Value::str(&k), v)?;
    }
    Ok(Value::str(&fill(interp, &t.0, &Value::dict(d), safe)?))
}

pub(super) fn attrs() -> Vec<(&'static str, Value)> {
    let mut out = super::sys::string_attrs();
    out.push((
        "capwords",
        crate::native::NativeFunction::new("capwords", capwords),
    ));
    let class = NativeClass::new("string.Template")
        .method("substitute", |i, this, a| substitute(i, this, a, false))
        .method("safe_substitute", |i, this, a| substitute(i, this, a, true))
        .property("template", |_, this| {
            Ok(NativeInstance::data_of::<Template>(this)
                .map_or(Value::None, |t| Value::Str(t.0.clone())))
        });
    let rc = Rc::new_cyclic(|me: &Weak<NativeClass>| {
        let me = me.clone();
        class.constructor(move |_, a: Args| {
            a.check_count("Template", 1, 1)?;
            let Value::Str(s) = &a.positional[0] else {
                return Err(Error::type_error("Template() argument must be str"));
            };
            let class = me
                .upgrade()
                .ok_or_else(|| Error::type_error("Template is gone"))?;
            Ok(NativeInstance::new(class, Rc::new(Template(s.clone()))))
        })
    });
    out.push(("Template", Value::Object(rc)));
    out
}
