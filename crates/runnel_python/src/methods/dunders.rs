//! The container-protocol dunder methods of built-in values, read as attributes and
//! called (`d.__getitem__`, `s.__contains__`, `xs.__len__`): what `sorted(d,
//! key=d.__getitem__)` and `filter(seen.__contains__, xs)` use. The arithmetic and
//! comparison dunders, whose `NotImplemented` answers differ by type, are not here.

use crate::runtime::{compare, subscript};
use crate::{Args, Interpreter};
use runnel_core::{Error, Result, Value};

/// Every type's: `repr`, `str` (and `hash` for the hashable ones).
const ANY: &[&str] = &["__repr__", "__str__"];
const SEQUENCE: &[&str] = &["__getitem__", "__contains__", "__len__", "__iter__"];
const MUTABLE: &[&str] = &["__setitem__", "__delitem__"];
const COLLECTION: &[&str] = &["__contains__", "__len__", "__iter__"];

/// Whether the built-in value `v` has the dunder method `name` here.
pub(super) fn has(v: &Value, name: &str) -> bool {
    if !name.starts_with("__") {
        return false;
    }
    let hashable =
        name == "__hash__" && !matches!(v, Value::List(_) | Value::Dict(_) | Value::Set(_));
    let own = match v {
        Value::Str(_) | Value::Tuple(_) => SEQUENCE.contains(&name),
        Value::List(_) | Value::Dict(_) => SEQUENCE.contains(&name) || MUTABLE.contains(&name),
        Value::Set(_) | Value::FrozenSet(_) => COLLECTION.contains(&name),
        Value::Int(_) | Value::Float(_) | Value::Bool(_) => false,
        Value::Object(_) if runnel_core::value::is_big(v) => false,
        _ => return false,
    };
    own || hashable || ANY.contains(&name)
}

/// `v.name(*args)` for a name [`has`] answers yes for.
pub(super) fn call(interp: &Interpreter, v: &Value, name: &str, args: Args) -> Result<Value> {
    let n = match name {
        "__setitem__" => 2,
        "__getitem__" | "__delitem__" | "__contains__" => 1,
        _ => 0,
    };
    args.check_count(name, n, n)?;
    let a = &args.positional;
    match name {
        "__getitem__" => subscript::get_item_in(interp, v, &a[0]),
        "__setitem__" => {
            subscript::set_item(v, &a[0], a[1].clone(), interp.config.max_collection_len)
                .map(|_| Value::None)
        }
        "__delitem__" => subscript::del_item(v, &a[0], None).map(|_| Value::None),
        "__contains__" => compare::contains(interp, v, &a[0]).map(Value::Bool),
        // The built-in functions these stand for: len, iter, repr, str, hash.
        _ => {
            let builtin = name.trim_matches('_');
            let f = interp
                .builtin(builtin)
                .ok_or_else(|| Error::type_error(format!("no built-in {builtin}")))?;
            interp.call_value(&f, Args::new(vec![v.clone()]))
        }
    }
}
