//! Methods and operators of `set` and `frozenset`.

use crate::runtime::ops::Op;
use crate::{Args, Interpreter};
use runnel_core::value::PySet;
use runnel_core::{Error, Result, Value};

pub(crate) const NAMES: &[&str] = &[
    "add",
    "remove",
    "discard",
    "update",
    "union",
    "intersection",
    "difference",
    "symmetric_difference",
    "issubset",
    "issuperset",
    "isdisjoint",
    "pop",
    "copy",
    "clear",
    "difference_update",
    "intersection_update",
    "symmetric_difference_update",
];
pub(crate) const FROZEN_NAMES: &[&str] = &[
    "union",
    "intersection",
    "difference",
    "symmetric_difference",
    "issubset",
    "issuperset",
    "isdisjoint",
    "copy",
];

/// The items of a set or frozenset.
fn items(v: &Value) -> Result<PySet> {
    match v {
        Value::Set(s) => Ok(s.borrow()?.clone()),
        Value::FrozenSet(s) => Ok((**s).clone()),
        _ => Err(Error::type_error("not a set")),
    }
}

fn from_iterable(interp: &Interpreter, v: &Value) -> Result<PySet> {
    match v {
        Value::Set(_) | Value::FrozenSet(_) => items(v),
        _ => {
            let mut s = PySet::new();
            for x in interp.collect(v)? {
                s.insert(x)?;
            }
            Ok(s)
        }
    }
}

/// A result of the same kind as `like` (set or frozenset).
fn wrap(like: &Value, s: PySet) -> Value {
    match like {
        Value::FrozenSet(_) => Value::FrozenSet(std::rc::Rc::new(s)),
        _ => Value::set(s),
    }
}

fn combine(op: Op, a: &PySet, b: &PySet) -> Result<PySet> {
    let mut out = PySet::new();
    match op {
        Op::BitOr => {
            for x in a.iter().chain(b.iter()) {
                out.insert(x.clone())?;
            }
        }
        Op::BitAnd => {
            for x in a.iter() {
                if b.contains(x)? {
                    out.insert(x.clone())?;
                }
            }
        }
        Op::Sub => {
            for x in a.iter() {
                if !b.contains(x)? {
                    out.insert(x.clone())?;
                }
            }
        }
        _ => {
            for x in a.iter() {
                if !b.contains(x)? {
                    out.insert(x.clone())?;
                }
            }
            for x in b.iter() {
                if !a.contains(x)? {
                    out.insert(x.clone())?;
                }
            }
        }
    }
    Ok(out)
}

fn subset(a: &PySet, b: &PySet) -> Result<bool> {
    for x in a.iter() {
        if !b.contains(x)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// Calls a set method; `None` when there is no such method.
pub(crate) fn call(
    interp: &Interpreter,
    obj: &Value,
    name: &str,
    args: Args,
) -> Option<Result<Value>> {
    let frozen = matches!(obj, Value::FrozenSet(_));
    if frozen && !FROZEN_NAMES.contains(&name) {
        return None;
    }
    if !NAMES.contains(&name) {
        return None;
    }
    Some((|| -> Result<Value> {
        let mutable = match obj {
            Value::Set(s) => Some(s),
            _ => None,
        };
        let one = |args: &Args| -> Result<Value> {
            args.check_count(name, 1, 1)?;
            Ok(args.positional[0].clone())
        };
        Ok(match (name, mutable) {
            ("add", Some(s)) => {
                let v = one(&args)?;
                let mut s = s.borrow_mut()?;
                if s.len() >= interp.config.max_collection_len {
                    return Err(crate::exceptions::memory_error());
                }
                s.insert(v)?;
                Value::None
            }
            ("remove", Some(s)) => {
                let v = one(&args)?;
                if !s.borrow_mut()?.remove(&v)? {
                    return Err(Error::key_error(v.repr()));
                }
                Value::None
            }
            ("discard", Some(s)) => {
                let v = one(&args)?;
                s.borrow_mut()?.remove(&v)?;
                Value::None
            }
            ("update", Some(s)) => {
                let mut all = Vec::new();
                for a in &args.positional {
                    all.push(from_iterable(interp, a)?);
                }
                let mut s = s.borrow_mut()?;
                for other in all {
                    for x in other.iter() {
                        s.insert(x.clone())?;
                    }
                }
                Value::None
            }
            ("pop", Some(s)) => {
                let mut s = s.borrow_mut()?;
                let first = s.iter().next().cloned();
                match first {
                    Some(v) => {
                        s.remove(&v)?;
                        v
                    }
                    None => return Err(Error::key_error("'pop from an empty set'")),
                }
            }
            ("clear", Some(s)) => {
                *s.borrow_mut()? = PySet::new();
                Value::None
            }
            ("difference_update" | "symmetric_difference_update", Some(s)) => {
                // As CPython: each item of the others is removed (or, for the symmetric
                // difference, removed if present and added if not), in place.
                let mut others = Vec::new();
                for a in &args.positional {
                    others.push(from_iterable(interp, a)?);
                }
                let mut s = s.borrow_mut()?;
                for other in others {
                    for x in other.iter() {
                        if !s.remove(x)? && name == "symmetric_difference_update" {
                            s.insert(x.clone())?;
                        }
                    }
                }
                Value::None
            }
            ("intersection_update", Some(s)) => {
                // CPython builds the intersection and takes its table.
                let mut acc = items(obj)?;
                for a in &args.positional {
                    acc = combine(Op::BitAnd, &acc, &from_iterable(interp, a)?)?;
                }
                *s.borrow_mut()? = acc;
                Value::None
            }
            ("copy", _) => wrap(obj, items(obj)?),
            ("union" | "intersection" | "difference" | "symmetric_difference", _) => {
                let op = match name {
                    "union" => Op::BitOr,
                    "intersection" => Op::BitAnd,
                    "difference" => Op::Sub,
                    _ => Op::BitXor,
                };
                let mut acc = items(obj)?;
                for a in &args.positional {
                    acc = combine(op, &acc, &from_iterable(interp, a)?)?;
                }
                wrap(obj, acc)
            }
            ("issubset", _) => {
                Value::Bool(subset(&items(obj)?, &from_iterable(interp, &one(&args)?)?)?)
            }
            ("issuperset", _) => {
                Value::Bool(subset(&from_iterable(interp, &one(&args)?)?, &items(obj)?)?)
            }
            ("isdisjoint", _) => {
                let other = from_iterable(interp, &one(&args)?)?;
                Value::Bool(combine(Op::BitAnd, &items(obj)?, &other)?.is_empty())
            }
            _ => return Err(crate::methods::no_attr(obj, name)),
        })
    })())
}
