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

/// What `set_update_internal` adds from: another set (merged table to table), an exact
/// dict's keys (one resize first), or any other iterable's items (added one by one).
pub(crate) enum Source {
    Set(PySet),
    Keys(Vec<Value>),
    Items(Vec<Value>),
}

impl Source {
    pub(crate) fn of(interp: &Interpreter, v: &Value) -> Result<Source> {
        Ok(match v {
            Value::Set(_) | Value::FrozenSet(_) => Source::Set(items(v)?),
            Value::Dict(d) if matches!(d.borrow()?.kind, runnel_core::value::DictKind::Dict) => {
                Source::Keys(interp.collect(v)?)
            }
            _ => Source::Items(interp.collect(v)?),
        })
    }

    /// `s.update(source)` as CPython's `set_update_internal`, which decides slot order.
    pub(crate) fn add_to(self, s: &mut PySet) -> Result<()> {
        match self {
            Source::Set(o) => s.update(&o),
            Source::Keys(keys) => s.update_with_keys(keys)?,
            Source::Items(xs) => {
                for x in xs {
                    s.insert(x)?;
                }
            }
        }
        Ok(())
    }

    /// The set CPython makes of it (`make_new_set`): a set as is, items added in order.
    fn into_set(self) -> Result<PySet> {
        match self {
            Source::Set(o) => Ok(o),
            other => {
                let mut s = PySet::new();
                other.add_to(&mut s)?;
                Ok(s)
            }
        }
    }
}

/// `s |= t`, `s &= t`, `s -= t`, `s ^= t` on a set and a set or frozenset: the set
/// itself changed (other names see it), in CPython's slot order; `None` otherwise.
pub(crate) fn in_place(op: Op, cur: &Value, rhs: &Value) -> Option<Result<Value>> {
    let Value::Set(s) = cur else { return None };
    if !matches!(rhs, Value::Set(_) | Value::FrozenSet(_)) {
        return None;
    }
    let same = matches!(rhs, Value::Set(r) if std::rc::Rc::ptr_eq(r, s));
    if !matches!(op, Op::BitOr | Op::BitAnd | Op::Sub | Op::BitXor) {
        return None;
    }
    let run = || -> Result<Value> {
        let other = items(rhs)?;
        let mut s = s.borrow_mut()?;
        match op {
            Op::BitOr if same => {}
            Op::BitOr => s.update(&other),
            Op::BitAnd if same => *s = s.copy(),
            Op::BitAnd => *s = s.intersection(&other)?,
            Op::Sub | Op::BitXor if same => s.clear(),
            Op::Sub => s.difference_update(&other),
            _ => s.toggle_each(&other),
        }
        Ok(cur.clone())
    };
    Some(run())
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

/// `s.intersection(*others)`: a copy without others; with a set, the smaller one
/// walked; with another iterable, its items in order (`set_intersection`).
fn intersection(interp: &Interpreter, obj: &Value, args: &Args) -> Result<PySet> {
    let s = items(obj)?;
    if args.positional.is_empty() {
        return Ok(s.copy());
    }
    let mut acc = s;
    for (i, a) in args.positional.iter().enumerate() {
        // The set itself as the first argument: a copy (`set_intersection`).
        if i == 0 && same_set(obj, a) {
            acc = acc.copy();
            continue;
        }
        acc = match Source::of(interp, a)? {
            Source::Set(o) => acc.intersection(&o)?,
            Source::Keys(xs) | Source::Items(xs) => {
                let mut out = PySet::new();
                for x in xs {
                    if acc.contains(&x)? {
                        out.insert(x)?;
                    }
                }
                out
            }
        };
    }
    Ok(acc)
}

/// `s.difference(*others)`: the first as `set_difference` (a non-set is removed from a
/// copy), the rest removed from that result (`set_difference_update_internal`).
fn difference(interp: &Interpreter, s: PySet, args: &Args) -> Result<PySet> {
    let mut others = args.positional.iter();
    let Some(first) = others.next() else {
        return Ok(s.copy());
    };
    let mut acc = match Source::of(interp, first)? {
        Source::Set(o) => s.difference(&o)?,
        // An exact dict counts as a set here (`set_difference`'s size test).
        keys @ Source::Keys(_) => s.difference(&keys.into_set()?)?,
        Source::Items(xs) => {
            let mut out = s.copy();
            out.discard_each(xs)?;
            out
        }
    };
    for a in others {
        match Source::of(interp, a)? {
            Source::Set(o) => acc.difference_update(&o),
            Source::Keys(xs) | Source::Items(xs) => acc.discard_each(xs)?,
        }
    }
    Ok(acc)
}

/// Whether `a` and `b` are the same set object.
fn same_set(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Set(x), Value::Set(y)) => std::rc::Rc::ptr_eq(x, y),
        (Value::FrozenSet(x), Value::FrozenSet(y)) => std::rc::Rc::ptr_eq(x, y),
        _ => false,
    }
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
                if !s.borrow_mut()?.remove(&as_key(&v)?)? {
                    return Err(crate::exceptions::key_error(&v));
                }
                Value::None
            }
            ("discard", Some(s)) => {
                let v = one(&args)?;
                s.borrow_mut()?.remove(&as_key(&v)?)?;
                Value::None
            }
            ("update", Some(s)) => {
                for a in &args.positional {
                    let src = Source::of(interp, a)?;
                    src.add_to(&mut *s.borrow_mut()?)?;
                }
                Value::None
            }
            ("pop", Some(s)) => match s.borrow_mut()?.pop() {
                Some(v) => v,
                None => {
                    return Err(crate::exceptions::key_error(&Value::str(
                        "pop from an empty set",
                    )))
                }
            },
            ("clear", Some(s)) => {
                *s.borrow_mut()? = PySet::new();
                Value::None
            }
            ("difference_update" | "symmetric_difference_update", Some(s)) => {
                // As CPython: each item of the others is removed (or, for the symmetric
                // difference, removed if present and added if not), in place.
                for a in &args.positional {
                    let src = Source::of(interp, a)?;
                    let mut s = s.borrow_mut()?;
                    match (name, src) {
                        ("difference_update", Source::Set(o)) => s.difference_update(&o),
                        ("difference_update", Source::Keys(xs) | Source::Items(xs)) => {
                            s.discard_each(xs)?
                        }
                        (_, src) => s.toggle_each(&src.into_set()?),
                    }
                }
                Value::None
            }
            ("intersection_update", Some(s)) => {
                // CPython builds the intersection and takes its table.
                let acc = intersection(interp, obj, &args)?;
                *s.borrow_mut()? = acc;
                Value::None
            }
            // A frozenset's copy is itself; a set's is `set_merge` into a new table.
            ("copy", None) => obj.clone(),
            ("copy", _) => wrap(obj, items(obj)?.copy()),
            ("union", _) => {
                let mut acc = items(obj)?.copy();
                for a in args.positional.iter().filter(|a| !same_set(obj, a)) {
                    Source::of(interp, a)?.add_to(&mut acc)?;
                }
                wrap(obj, acc)
            }
            ("intersection", _) => wrap(obj, intersection(interp, obj, &args)?),
            ("difference", _) => wrap(obj, difference(interp, items(obj)?, &args)?),
            ("symmetric_difference", _) => {
                args.check_count(name, 1, 1)?;
                let mut out = match Source::of(interp, &args.positional[0])? {
                    Source::Set(o) => o.copy(),
                    src => src.into_set()?,
                };
                out.toggle_each(&items(obj)?);
                wrap(obj, out)
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

/// A set used as a key of a set's `in`, `remove`, `discard` is looked up as the equal
/// frozenset (CPython's `set_contains` retries so); other values as they are.
pub(crate) fn as_key(v: &Value) -> Result<Value> {
    match v {
        Value::Set(s) => Ok(Value::FrozenSet(runnel_core::value::Shared::new(
            s.borrow()?.copy(),
        ))),
        _ => Ok(v.clone()),
    }
}
