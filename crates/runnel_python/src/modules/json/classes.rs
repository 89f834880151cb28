//! `json.JSONEncoder` and `json.JSONDecoder` as classes a program subclasses
//! (`class E(json.JSONEncoder): def default(self, o): ...`), with CPython's attributes:
//! `__init__` stores the options on the instance, `encode`/`decode` read them back (so a
//! subclass's own `default`, `__init__` or attributes count), `dumps(x, cls=E)` and
//! `loads(s, cls=D)` construct the class as CPython's do.

use super::{decode, encode, hooks::Hooks};
use crate::builtins::types::{Kind, TypeObj};
use crate::methods::get_attr;
use crate::runtime::module_class::{make as class, method, set, this};
use crate::{Args, Interpreter};
use runnel_core::{Error, Result, Value};
use std::rc::Rc;

/// Keyword-only parameters and their defaults, as `__init__(self, *, ...)` takes them.
fn keyword_only(
    mut a: Args,
    func: &str,
    params: &[(&str, Value)],
) -> Result<(Value, Vec<(String, Value)>)> {
    let me = this(&a, func)?;
    if a.positional.len() > 1 {
        return Err(Error::type_error(format!(
            "{func}() takes 1 positional argument but {} were given",
            a.positional.len()
        )));
    }
    let mut out = Vec::new();
    for (name, default) in params {
        let v = a.take_keyword(name).unwrap_or_else(|| default.clone());
        out.push((name.to_string(), v));
    }
    if let Some((k, _)) = a.keywords.first() {
        return Err(Error::type_error(format!(
            "{func}() got an unexpected keyword argument '{k}'"
        )));
    }
    Ok((me, out))
}

fn encoder_init(_: &Interpreter, a: Args) -> Result<Value> {
    let f = Value::Bool(false);
    let t = Value::Bool(true);
    let params = [
        ("skipkeys", f.clone()),
        ("ensure_ascii", t.clone()),
        ("check_circular", t.clone()),
        ("allow_nan", t),
        ("sort_keys", f),
        ("indent", Value::None),
        ("separators", Value::None),
        ("default", Value::None),
    ];
    let (me, values) = keyword_only(a, "JSONEncoder.__init__", &params)?;
    let get = |n: &str| values.iter().find(|(k, _)| k == n).map(|(_, v)| v.clone());
    for name in [
        "skipkeys",
        "ensure_ascii",
        "check_circular",
        "allow_nan",
        "sort_keys",
    ] {
        set(&me, name, get(name).unwrap_or(Value::None));
    }
    let indent = get("indent").unwrap_or(Value::None);
    set(&me, "indent", indent.clone());
    match get("separators").unwrap_or(Value::None) {
        Value::None if !matches!(indent, Value::None) => {
            set(&me, "item_separator", Value::str(","))
        }
        Value::None => {}
        seps => {
            let parts = match &seps {
                Value::Tuple(t) => t.to_vec(),
                Value::List(l) => l.borrow()?.clone(),
                _ => Vec::new(),
            };
            let [item, key] = parts.as_slice() else {
                return Err(Error::value_error(format!(
                    "not enough values to unpack (expected 2, got {})",
                    parts.len()
                )));
            };
            set(&me, "item_separator", item.clone());
            set(&me, "key_separator", key.clone());
        }
    }
    if let Some(d) = get("default").filter(|d| !matches!(d, Value::None)) {
        set(&me, "default", d);
    }
    Ok(Value::None)
}

/// `JSONEncoder.default(o)`: what an object no other rule encodes raises.
fn encoder_default(_: &Interpreter, a: Args) -> Result<Value> {
    let o = a.positional.get(1).cloned().unwrap_or(Value::None);
    Err(encode::not_serializable(&o))
}

/// The encoder's options, read from the instance (`self.indent`, `self.default`...).
fn options(interp: &Interpreter, me: &Value) -> Result<encode::Options> {
    let flag = |n: &str| get_attr(interp, me, n).map(|v| v.truthy());
    let text = |n: &str| -> Result<String> {
        match get_attr(interp, me, n)? {
            Value::Str(s) => Ok(s.to_string()),
            other => Err(Error::type_error(format!(
                "{n} must be str, not {}",
                other.type_name()
            ))),
        }
    };
    let indent = match get_attr(interp, me, "indent")? {
        Value::None => None,
        Value::Int(n) => Some(" ".repeat(n.max(0) as usize)),
        Value::Str(s) => Some(s.to_string()),
        other => {
            return Err(Error::type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                other.type_name()
            )))
        }
    };
    Ok(encode::Options {
        skipkeys: flag("skipkeys")?,
        ensure_ascii: flag("ensure_ascii")?,
        check_circular: flag("check_circular")?,
        allow_nan: flag("allow_nan")?,
        indent,
        item_sep: text("item_separator")?,
        key_sep: text("key_separator")?,
        default: Some(get_attr(interp, me, "default")?),
        sort_keys: flag("sort_keys")?,
    })
}

fn encode_with(interp: &Interpreter, a: &Args, func: &str) -> Result<String> {
    let me = this(a, func)?;
    let o = a.positional.get(1).cloned().ok_or_else(|| {
        Error::type_error(format!(
            "{func}() missing 1 required positional argument: 'o'"
        ))
    })?;
    let mut enc = encode::Encoder::new(interp, options(interp, &me)?);
    enc.encode(&o, 0)?;
    Ok(enc.out)
}

fn encoder_encode(interp: &Interpreter, a: Args) -> Result<Value> {
    Ok(Value::str(&encode_with(interp, &a, "encode")?))
}

/// `iterencode(o)`: the text as one chunk (CPython's encoder yields it in pieces; joined,
/// they are this text).
fn encoder_iterencode(interp: &Interpreter, mut a: Args) -> Result<Value> {
    let _ = a.take_keyword("_one_shot");
    let text = Value::str(&encode_with(interp, &a, "iterencode")?);
    crate::builtins::iterfuncs::iter(interp, Args::new(vec![Value::list(vec![text])]))
}

pub(super) fn encoder_class(interp: &Interpreter) -> Value {
    class(
        interp,
        "JSONEncoder",
        "json.encoder",
        vec![
            ("item_separator", Value::str(", ")),
            ("key_separator", Value::str(": ")),
            ("__init__", method("__init__", encoder_init)),
            ("default", method("default", encoder_default)),
            ("encode", method("encode", encoder_encode)),
            ("iterencode", method("iterencode", encoder_iterencode)),
        ],
    )
}

fn decoder_init(_: &Interpreter, a: Args) -> Result<Value> {
    let params = [
        ("object_hook", Value::None),
        ("parse_float", Value::None),
        ("parse_int", Value::None),
        ("parse_constant", Value::None),
        ("strict", Value::Bool(true)),
        ("object_pairs_hook", Value::None),
    ];
    let (me, values) = keyword_only(a, "JSONDecoder.__init__", &params)?;
    for (name, v) in values {
        // As CPython: `parse_float` and `parse_int` default to the types themselves.
        let v = match (name.as_str(), v) {
            ("parse_float", Value::None) => TypeObj::value(Kind::Float),
            ("parse_int", Value::None) => TypeObj::value(Kind::Int),
            (_, v) => v,
        };
        set(&me, &name, v);
    }
    Ok(Value::None)
}

/// The decoder's hooks, read from the instance; `float` and `int` themselves are the
/// decoder's own parsing (no call per number).
fn hooks(interp: &Interpreter, me: &Value) -> Result<Hooks> {
    let hook = |n: &str, own: Option<Kind>| -> Result<Option<Value>> {
        let v = get_attr(interp, me, n)?;
        let is_own = own.is_some_and(|k| v.downcast::<TypeObj>().is_some_and(|t| t.kind == k));
        Ok((!matches!(v, Value::None) && !is_own).then_some(v))
    };
    Ok(Hooks {
        object_hook: hook("object_hook", None)?,
        object_pairs_hook: hook("object_pairs_hook", None)?,
        parse_float: hook("parse_float", Some(Kind::Float))?,
        parse_int: hook("parse_int", Some(Kind::Int))?,
        parse_constant: hook("parse_constant", None)?,
        strict: get_attr(interp, me, "strict")?.truthy(),
    })
}

fn text_arg(a: &Args, func: &str) -> Result<Rc<str>> {
    match a.positional.get(1).map(crate::runtime::builtin_base::plain) {
        Some(Value::Str(s)) => Ok(s),
        Some(other) => Err(Error::type_error(format!(
            "the JSON object must be str, bytes or bytearray, not {}",
            other.type_name()
        ))),
        None => Err(Error::type_error(format!(
            "{func}() missing 1 required positional argument: 's'"
        ))),
    }
}

fn decoder_decode(interp: &Interpreter, a: Args) -> Result<Value> {
    let me = this(&a, "decode")?;
    let s = text_arg(&a, "decode")?;
    let hooks = hooks(interp, &me)?;
    decode::Decoder::new(&s, interp, &hooks).document()
}

/// `raw_decode(s, idx=0)`: the value starting at character `idx` (no whitespace skipped)
/// and the character index after it.
fn decoder_raw_decode(interp: &Interpreter, mut a: Args) -> Result<Value> {
    let me = this(&a, "raw_decode")?;
    let s = text_arg(&a, "raw_decode")?;
    let idx = match a.take(2, "idx") {
        Some(v) => crate::modules::args::index(&v)?,
        None => 0,
    };
    let hooks = hooks(interp, &me)?;
    let start = s
        .char_indices()
        .nth(idx.max(0) as usize)
        .map_or(s.len(), |(b, _)| b);
    let (v, end) = decode::Decoder::new(&s, interp, &hooks).raw(start)?;
    let end_chars = s[..end].chars().count() as i64;
    Ok(Value::tuple(vec![v, Value::Int(end_chars)]))
}

pub(super) fn decoder_class(interp: &Interpreter) -> Value {
    class(
        interp,
        "JSONDecoder",
        "json.decoder",
        vec![
            ("__init__", method("__init__", decoder_init)),
            ("decode", method("decode", decoder_decode)),
            ("raw_decode", method("raw_decode", decoder_raw_decode)),
        ],
    )
}
