//! The attribute hooks a program class can define, as CPython runs them:
//! `__getattribute__` (every lookup; `__getattr__` still answers what it says is
//! missing), `__setattr__` and `__delattr__` (every assignment and `del`), with
//! `object.__setattr__(self, ...)` and `super().__setattr__(...)` as the plain operation
//! underneath; and `__slots__`, which limits the attributes an instance may have.

use super::class::{instance_rc, Instance, PyClass};
use super::function::Function;
use crate::{Args, Interpreter, NativeFunction};
use runnel_core::{Error, Result, Value};
use std::rc::Rc;

/// The class's own `name` hook: a function the program defined (not inherited from
/// `object`, which Runnel's classes do not list).
pub(crate) fn hook(class: &PyClass, name: &str) -> Option<Value> {
    class
        .lookup(name)
        .filter(|f| f.downcast::<Function>().is_some())
}

fn no_attr(class: &PyClass, name: &str) -> Error {
    Error::new(
        "AttributeError",
        format!("'{}' object has no attribute '{name}'", class.name),
    )
}

/// The names `__slots__` allows on instances of `class`, or `None` when instances have a
/// `__dict__` (some class in the chain has no `__slots__`, or lists `__dict__`).
fn slot_names(class: &PyClass) -> Option<Vec<String>> {
    let mut names = Vec::new();
    let own = class.dict.borrow().get("__slots__").cloned();
    let inherited = class
        .mro
        .iter()
        .map(|c| c.dict.borrow().get("__slots__").cloned());
    for slots in std::iter::once(own).chain(inherited) {
        match slots? {
            Value::Str(s) => names.push(s.to_string()),
            Value::Tuple(t) => names.extend(t.iter().map(|v| v.to_str())),
            Value::List(l) => names.extend(l.borrow().ok()?.iter().map(|v| v.to_str())),
            Value::Dict(d) => names.extend(d.borrow().ok()?.keys().map(|v| v.to_str())),
            _ => return None,
        }
    }
    if names.iter().any(|n| n == "__dict__") {
        return None;
    }
    Some(names)
}

/// Checks that `__slots__` lets an instance of `class` have the attribute `name`.
pub(crate) fn check_slot(class: &PyClass, name: &str) -> Result<()> {
    match slot_names(class) {
        Some(names) if !names.iter().any(|n| n == name) => Err(no_attr(class, name)),
        _ => Ok(()),
    }
}

/// `obj.name`, through the class's `__getattribute__` when it has one; what it (or the
/// plain lookup) reports missing goes to `__getattr__`.
pub(crate) fn get(
    interp: &Interpreter,
    obj: &Value,
    inst: &Instance,
    name: &str,
    plain: impl FnOnce() -> Result<Value>,
) -> Result<Value> {
    let r = match hook(&inst.class, "__getattribute__") {
        Some(f) => interp.call_value(&f, Args::new(vec![obj.clone(), Value::str(name)])),
        None => plain(),
    };
    match (r, inst.class.lookup("__getattr__")) {
        (Err(e), Some(getattr)) if e.exc_type == "AttributeError" => {
            interp.call_value(&getattr, Args::new(vec![obj.clone(), Value::str(name)]))
        }
        (r, _) => r,
    }
}

/// `obj.name = v` through the class's `__setattr__`; `None` when it has none.
pub(crate) fn set(inst: &Instance, obj: &Value, name: &str, v: &Value) -> Option<Result<()>> {
    let f = hook(&inst.class, "__setattr__")?;
    let interp = inst.class.interp.upgrade()?;
    let args = Args::new(vec![obj.clone(), Value::str(name), v.clone()]);
    Some(interp.call_value(&f, args).map(|_| ()))
}

/// `del obj.name` through the class's `__delattr__`; `None` when it has none.
pub(crate) fn del(inst: &Instance, obj: &Value, name: &str) -> Option<Result<()>> {
    let f = hook(&inst.class, "__delattr__")?;
    let interp = inst.class.interp.upgrade()?;
    let args = Args::new(vec![obj.clone(), Value::str(name)]);
    Some(interp.call_value(&f, args).map(|_| ()))
}

/// `object.__setattr__`, `object.__delattr__` and `object.__getattribute__`: the plain
/// operations, taking the instance first (`super()` binds it).
pub(crate) fn object_method(name: &str) -> Option<Value> {
    if name == "__new__" {
        return Some(super::construct::object_new());
    }
    let f: fn(&Interpreter, &Value, &Rc<Instance>, &[Value]) -> Result<Value> = match name {
        "__setattr__" => |_, obj, inst, rest| {
            let [key, v] = rest else {
                return Err(arity(2, rest.len()));
            };
            super::members::plain_set(obj, inst, &attr_name(key)?, v.clone())?;
            Ok(Value::None)
        },
        "__delattr__" => |_, _, inst, rest| {
            let [key] = rest else {
                return Err(arity(1, rest.len()));
            };
            super::members::plain_del(inst, &attr_name(key)?)?;
            Ok(Value::None)
        },
        // Identity, as the instance's own hash without a `__hash__` (`__hash__ =
        // object.__hash__` keeps a class with `__eq__` hashable).
        "__hash__" => |_, _, inst, rest| match rest {
            [] => Ok(Value::Int((Rc::as_ptr(inst) as usize >> 4) as i64)),
            _ => Err(arity(0, rest.len())),
        },
        "__getattribute__" => |interp, obj, inst, rest| {
            let [key] = rest else {
                return Err(arity(1, rest.len()));
            };
            super::members::plain_get(interp, obj, inst, &attr_name(key)?)
        },
        _ => return None,
    };
    let name = name.to_string();
    Some(NativeFunction::new(
        &name.clone(),
        move |interp, args: Args| {
            let Some((obj, rest)) = args.positional.split_first() else {
                return Err(Error::type_error(format!(
                    "descriptor '{name}' of 'object' object needs an argument"
                )));
            };
            let inst = instance_rc(obj).ok_or_else(|| {
                Error::type_error(format!(
                    "descriptor '{name}' requires an instance of a class the program defines"
                ))
            })?;
            f(interp, obj, &inst, rest)
        },
    ))
}

/// `object_method(name)` bound to `obj` (what `super().__setattr__` is); `__new__` is a
/// static method, not bound.
pub(crate) fn bound_object_method(obj: &Value, name: &str) -> Option<Value> {
    let f = object_method(name)?;
    if name == "__new__" {
        return Some(f);
    }
    let obj = obj.clone();
    Some(NativeFunction::new(name, move |interp, mut args: Args| {
        args.positional.insert(0, obj.clone());
        interp.call_value(&f, args)
    }))
}

fn attr_name(v: &Value) -> Result<String> {
    match v {
        Value::Str(s) => Ok(s.to_string()),
        other => Err(Error::type_error(format!(
            "attribute name must be string, not '{}'",
            other.type_name()
        ))),
    }
}

fn arity(want: usize, got: usize) -> Error {
    Error::type_error(format!(
        "expected {want} argument{}, got {got}",
        if want == 1 { "" } else { "s" }
    ))
}
