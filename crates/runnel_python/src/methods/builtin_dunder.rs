//! The special methods of the built-in types called by name (`(1).__add__(2)`,
//! `[1, 2].__len__()`, `"abc".__contains__("b")`, `sorted(xs, key=str.__len__)`...): each
//! does what its operator does; an arithmetic or ordering one given an operand of another
//! type returns `NotImplemented`, as CPython's slots do.

use crate::runtime::bytes::{ByteArray, Bytes};
use crate::runtime::compare::Cmp;
use crate::runtime::ops::{binop, Op};
use crate::{Args, Interpreter};
use runnel_core::{Result, Value};

const CONTAINER: &[&str] = &["__len__", "__contains__", "__getitem__", "__iter__"];
const ANY: &[&str] = &[
    "__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__", "__str__", "__repr__", "__hash__",
];
const NUMBER: &[&str] = &[
    "__add__",
    "__sub__",
    "__mul__",
    "__truediv__",
    "__floordiv__",
    "__mod__",
    "__pow__",
    "__radd__",
    "__rsub__",
    "__rmul__",
    "__rtruediv__",
    "__rfloordiv__",
    "__rmod__",
    "__rpow__",
    "__bool__",
];
const SEQUENCE: &[&str] = &["__add__", "__mul__", "__rmul__"];
/// Lists' and dicts' item assignment (`d.__setitem__(k, v)`, `xs.__delitem__(i)`).
const MUTABLE: &[&str] = &["__setitem__", "__delitem__"];

/// Whether the built-in value `v` has the special method `name` here.
pub(crate) fn has(v: &Value, name: &str) -> bool {
    let bytearray = v.downcast::<ByteArray>().is_some();
    let bytes = bytearray || v.downcast::<Bytes>().is_some();
    let container = bytes
        || matches!(
            v,
            Value::Str(_)
                | Value::List(_)
                | Value::Tuple(_)
                | Value::Dict(_)
                | Value::Set(_)
                | Value::FrozenSet(_)
        );
    let big = runnel_core::value::is_big(v);
    let number = big || matches!(v, Value::Int(_) | Value::Float(_) | Value::Bool(_));
    let sequence = bytes || matches!(v, Value::Str(_) | Value::List(_) | Value::Tuple(_));
    let mutable = bytearray || matches!(v, Value::List(_) | Value::Dict(_));
    (bytes || big || !matches!(v, Value::Object(_) | Value::None))
        && (ANY.contains(&name)
            || (matches!(v, Value::List(_)) && name == "__iadd__")
            || (mutable && MUTABLE.contains(&name))
            || (container && CONTAINER.contains(&name))
            || (number && NUMBER.contains(&name))
            || (sequence && SEQUENCE.contains(&name)))
}

/// `v.name(*args)` for a name [`has`] accepts.
pub(crate) fn call(interp: &Interpreter, v: &Value, name: &str, args: Args) -> Result<Value> {
    let qualified = format!("{}.{name}", v.type_name());
    let one = |args: &Args| -> Result<Value> {
        args.check_count(&qualified, 1, 1)?;
        Ok(args.positional[0].clone())
    };
    let none = |args: &Args| args.check_count(&qualified, 0, 0);
    let not_impl = || Value::object(crate::runtime::class::NotImplementedType);
    let max = interp.config.max_collection_len;
    Ok(match name {
        "__len__" => {
            none(&args)?;
            Value::Int(interp.collect(v)?.len() as i64)
        }
        "__contains__" => Value::Bool(crate::runtime::compare::contains(interp, v, &one(&args)?)?),
        "__getitem__" => crate::runtime::subscript::get_item_in(interp, v, &one(&args)?)?,
        "__setitem__" => {
            args.check_count(&qualified, 2, 2)?;
            let (k, x) = (&args.positional[0], args.positional[1].clone());
            crate::runtime::subscript::set_item(v, k, x, max)?;
            Value::None
        }
        "__delitem__" => {
            crate::runtime::subscript::del_item(v, &one(&args)?, None)?;
            Value::None
        }
        "__iadd__" => {
            // `xs += it`: extends the list in place and returns it.
            let items = interp.collect(&one(&args)?)?;
            if let Value::List(l) = v {
                l.borrow_mut()?.extend(items);
            }
            v.clone()
        }
        "__iter__" => {
            none(&args)?;
            crate::builtins::iterfuncs::iter(interp, Args::new(vec![v.clone()]))?
        }
        "__str__" => {
            none(&args)?;
            Value::str(&crate::runtime::guard::to_str(v)?)
        }
        "__repr__" => {
            none(&args)?;
            Value::str(&crate::runtime::guard::repr(v)?)
        }
        "__hash__" => {
            none(&args)?;
            Value::Int(runnel_core::value::python_hash(v)?)
        }
        "__bool__" => {
            none(&args)?;
            Value::Bool(v.truthy())
        }
        _ => {
            let other = one(&args)?;
            let number = matches!(v, Value::Int(_) | Value::Float(_) | Value::Bool(_))
                || runnel_core::value::is_big(v);
            if !compatible(v, &other) && (number || !SEQUENCE.contains(&name)) {
                return Ok(not_impl());
            }
            let r = match name {
                "__eq__" => Ok(Value::Bool(crate::runtime::compare::eq(v, &other))),
                "__ne__" => Ok(Value::Bool(!crate::runtime::compare::eq(v, &other))),
                "__lt__" | "__le__" | "__gt__" | "__ge__" => {
                    let op = match name {
                        "__lt__" => Cmp::Lt,
                        "__le__" => Cmp::Le,
                        "__gt__" => Cmp::Gt,
                        _ => Cmp::Ge,
                    };
                    crate::runtime::compare::order(op, v, &other).map(Value::Bool)
                }
                _ => {
                    let reflected = name.starts_with("__r");
                    let op = match name
                        .trim_start_matches("__r")
                        .trim_start_matches("__")
                        .trim_end_matches("__")
                    {
                        "add" => Op::Add,
                        "sub" => Op::Sub,
                        "mul" => Op::Mul,
                        "truediv" => Op::Div,
                        "floordiv" => Op::FloorDiv,
                        "mod" => Op::Mod,
                        _ => Op::Pow,
                    };
                    match reflected {
                        true => binop(op, &other, v, max),
                        false => binop(op, v, &other, max),
                    }
                }
            };
            r?
        }
    })
}

/// Whether `other` is of a type `v`'s slots take (an int's only ints; a float's ints and
/// floats; a container's only its own kind).
fn compatible(v: &Value, other: &Value) -> bool {
    let int =
        |x: &Value| matches!(x, Value::Int(_) | Value::Bool(_)) || runnel_core::value::is_big(x);
    match v {
        Value::Int(_) | Value::Bool(_) => int(other),
        _ if int(v) => int(other),
        Value::Float(_) => int(other) || matches!(other, Value::Float(_)),
        Value::Str(_) => matches!(other, Value::Str(_)),
        Value::List(_) => matches!(other, Value::List(_)),
        Value::Tuple(_) => matches!(other, Value::Tuple(_)),
        Value::Dict(_) => matches!(other, Value::Dict(_)),
        Value::Set(_) | Value::FrozenSet(_) => matches!(other, Value::Set(_) | Value::FrozenSet(_)),
        _ => crate::runtime::bytes::bytes_of(other).is_some(),
    }
}
