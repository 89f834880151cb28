//! `Flag` and `IntFlag` as CPython 3.11 has them: `|`, `&`, `^` and `~` make the member
//! with that value, or a pseudo-member named after the single-bit members it holds
//! (`Perm.R|X`, cached on the class so `is` and `==` hold); `in`, iteration and `len`
//! see those single-bit members. A `Flag` refuses bits outside its members (STRICT), an
//! `IntFlag` keeps them (KEEP: `Mode.READ|8`).

use super::enums::{all_members, member_map, name_value, new_member, EnumKind};
use crate::runtime::class::{class_rc, instance_rc, NotImplementedType, PyClass};
use crate::{Args, Interpreter};
use runnel_core::value::PyDict;
use runnel_core::{Error, Result, Value};
use std::rc::Rc;

/// Where a flag class caches its pseudo-members (made again where a class is revived).
pub(crate) const PSEUDO: &str = "_value2member_map_";

/// A single-bit value: what iteration and composite names are made of.
pub(crate) fn is_canonical(v: &Value) -> bool {
    matches!(v, Value::Int(i) if *i > 0 && i & (i - 1) == 0)
}

/// The single-bit members of `class`, in definition order, with their values.
fn canonical(class: &PyClass) -> Result<Vec<(i64, Value)>> {
    let mut out = Vec::new();
    for m in all_members(class)? {
        if let Value::Int(i) = name_value(&m)?.1 {
            if is_canonical(&Value::Int(i)) {
                out.push((i, m));
            }
        }
    }
    Ok(out)
}

/// All the bits the members cover.
fn mask(class: &PyClass) -> Result<i64> {
    let mut m = 0;
    for member in all_members(class)? {
        if let Value::Int(i) = name_value(&member)?.1 {
            m |= i;
        }
    }
    Ok(m)
}

fn int_of(v: &Value) -> Result<i64> {
    match name_value(v)?.1 {
        Value::Int(i) => Ok(i),
        other => Err(Error::type_error(format!(
            "a flag's value must be an int, not {}",
            other.type_name()
        ))),
    }
}

/// `Perm(value)` past the named members: a pseudo-member, or STRICT's `ValueError`.
pub(crate) fn by_value(class: &Rc<PyClass>, kind: EnumKind, v: &Value) -> Option<Result<Value>> {
    let Value::Int(value) = crate::runtime::builtin_base::plain(v) else {
        return None;
    };
    Some(member_for(class, kind, value))
}

/// The member or cached pseudo-member of `class` with `value`.
fn member_for(class: &Rc<PyClass>, kind: EnumKind, value: i64) -> Result<Value> {
    for m in all_members(class)? {
        if name_value(&m)?.1.py_eq(&Value::Int(value)) {
            return Ok(m);
        }
    }
    let all = mask(class)?;
    let unknown = value & !all;
    if kind == EnumKind::Flag && (unknown != 0 || value < 0) {
        let width = (64 - value.max(0).leading_zeros()).max(64 - all.leading_zeros()) as usize;
        return Err(Error::value_error(format!(
            "<flag '{}'> invalid value {value}\n    given 0b0 {value:0width$b}\n  allowed 0b0 {all:0width$b}",
            class.name
        )));
    }
    let cached = class.dict.borrow().get(PSEUDO).cloned();
    let cache = match cached {
        Some(Value::Dict(d)) => d,
        _ => {
            let d = runnel_core::value::Shared::new(runnel_core::value::PyCell::new(PyDict::new()));
            let v = Value::Dict(d.clone());
            class.dict.borrow_mut().insert(Rc::from(PSEUDO), v);
            d
        }
    };
    if let Some(m) = cache.borrow()?.get(&Value::Int(value))?.cloned() {
        return Ok(m);
    }
    let mut names: Vec<String> = Vec::new();
    for (bit, m) in canonical(class)? {
        if value & bit == bit {
            names.extend(name_value(&m)?.0);
        }
    }
    if unknown != 0 {
        names.push(unknown.to_string());
    }
    let name: Option<Rc<str>> = (value != 0).then(|| Rc::from(names.join("|").as_str()));
    let m = new_member(class, name.as_ref(), Value::Int(value));
    cache.borrow_mut()?.insert(Value::Int(value), m.clone())?;
    Ok(m)
}

/// The flag value of an operand: a member of the same class, or (for `IntFlag`) an int.
fn operand(class: &Rc<PyClass>, kind: EnumKind, v: &Value) -> Result<Option<i64>> {
    if let Some(i) = instance_rc(v) {
        if i.class.is_subclass_of(class) {
            return int_of(v).map(Some);
        }
    }
    match (kind, crate::runtime::builtin_base::plain(v)) {
        (EnumKind::IntFlag, Value::Int(i)) => Ok(Some(i)),
        _ => Ok(None),
    }
}

fn me(a: &Args) -> Result<Rc<crate::runtime::class::Instance>> {
    instance_rc(&a.positional[0]).ok_or_else(|| Error::type_error("a flag method needs a member"))
}

fn binary(kind: EnumKind, f: fn(i64, i64) -> i64) -> crate::NativeFn {
    Rc::new(move |_: &Interpreter, a: Args| {
        let inst = me(&a)?;
        let Some(other) = a.positional.get(1) else {
            return Err(Error::type_error("expected 1 argument, got 0"));
        };
        let Some(o) = operand(&inst.class, kind, other)? else {
            return Ok(Value::object(NotImplementedType));
        };
        member_for(&inst.class, kind, f(int_of(&a.positional[0])?, o))
    })
}

/// The operators and container methods a flag class gets.
pub(crate) fn methods(kind: EnumKind) -> Vec<(&'static str, crate::NativeFn)> {
    let or: fn(i64, i64) -> i64 = |a, b| a | b;
    let and: fn(i64, i64) -> i64 = |a, b| a & b;
    let xor: fn(i64, i64) -> i64 = |a, b| a ^ b;
    let invert: crate::NativeFn = Rc::new(move |_, a: Args| {
        let inst = me(&a)?;
        let all = mask(&inst.class)?;
        member_for(&inst.class, kind, !int_of(&a.positional[0])? & all)
    });
    let contains: crate::NativeFn = Rc::new(move |_, a: Args| {
        let inst = me(&a)?;
        let other = a.positional.get(1).cloned().unwrap_or(Value::None);
        let same = instance_rc(&other).is_some_and(|o| o.class.is_subclass_of(&inst.class));
        if !same {
            return Err(Error::type_error(format!(
                "unsupported operand type(s) for 'in': '{}' and '{}'",
                other.type_name(),
                inst.class.name
            )));
        }
        let (o, s) = (int_of(&other)?, int_of(&a.positional[0])?);
        Ok(Value::Bool(o & s == o))
    });
    let iter: crate::NativeFn = Rc::new(|_, a: Args| {
        let items = bits_of(&a)?;
        Ok(crate::runtime::iter::IterObj::from_items(
            "list_iterator",
            items,
        ))
    });
    let len: crate::NativeFn = Rc::new(|_, a: Args| Ok(Value::Int(bits_of(&a)?.len() as i64)));
    let bool_fn: crate::NativeFn =
        Rc::new(|_, a: Args| Ok(Value::Bool(int_of(&a.positional[0])? != 0)));
    vec![
        ("__or__", binary(kind, or)),
        ("__ror__", binary(kind, or)),
        ("__and__", binary(kind, and)),
        ("__rand__", binary(kind, and)),
        ("__xor__", binary(kind, xor)),
        ("__rxor__", binary(kind, xor)),
        ("__invert__", invert),
        ("__contains__", contains),
        ("__iter__", iter),
        ("__len__", len),
        ("__bool__", bool_fn),
    ]
}

/// The single-bit members a flag value holds.
fn bits_of(a: &Args) -> Result<Vec<Value>> {
    let inst = me(a)?;
    let v = int_of(&a.positional[0])?;
    Ok(canonical(&inst.class)?
        .into_iter()
        .filter(|(b, _)| v & b == *b)
        .map(|(_, m)| m)
        .collect())
}

/// The pseudo-member of a class value with `value` (a member revived on a worker).
pub(crate) fn revive(class: &Value, value: i64) -> Result<Value> {
    let c = class_rc(class)
        .filter(|c| member_map(c).is_some())
        .ok_or_else(|| Error::new("UnpicklingError", "a flag's class is not an enum"))?;
    let kind = super::enums::kind_of(&c);
    member_for(&c, kind, value)
}
