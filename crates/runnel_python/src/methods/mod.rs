//! Attributes and methods of values: built-in types' methods, native instances'
//! methods and properties, module attributes.

mod builtin_dunder;
pub(crate) mod dict;
mod dict_view;
pub(crate) mod float_hex;
pub(crate) mod int_bytes;
pub(crate) mod list;
mod list_sort;
mod number;
pub(crate) mod set;
pub(crate) mod str;
mod str_case;
mod str_format;
mod str_more;
mod str_split;
mod str_title;
mod str_unicode;

use crate::exceptions::{ExcClass, ExcValue, KeyErrorText};
use crate::native::{BoundMethod, Module, NativeClass, NativeInstance};
use crate::runtime::class::{Instance, PyClass};
use crate::runtime::function::Function;
use crate::runtime::members::{Property, Super};
use crate::{Args, Interpreter};
use runnel_core::time::DateTime;
use runnel_core::{Error, Result, Value};
use std::rc::Rc;

pub(crate) fn no_attr(v: &Value, name: &str) -> Error {
    Error::new(
        "AttributeError",
        format!("'{}' object has no attribute '{name}'", v.type_name()),
    )
}

/// `obj.name(args)`, without making a bound method for built-in types.
pub(crate) fn call_method(
    interp: &Interpreter,
    obj: &Value,
    name: &str,
    args: Args,
) -> Result<Value> {
    if name.starts_with("__") && builtin_dunder::has(obj, name) && !number::has_method(obj, name) {
        return builtin_dunder::call(interp, obj, name, args);
    }
    match obj {
        Value::Str(s) => {
            str::call(interp, s, name, args).unwrap_or_else(|| Err(no_attr(obj, name)))
        }
        Value::List(l) => {
            list::call(interp, obj, l, name, args).unwrap_or_else(|| Err(no_attr(obj, name)))
        }
        Value::Dict(_) if name == "default_factory" => {
            let f = get_attr(interp, obj, name)?;
            interp.call_value(&f, args)
        }
        Value::Dict(d) => {
            dict::call(interp, obj, d, name, args).unwrap_or_else(|| Err(no_attr(obj, name)))
        }
        Value::Set(_) | Value::FrozenSet(_) => {
            set::call(interp, obj, name, args).unwrap_or_else(|| Err(no_attr(obj, name)))
        }
        Value::Tuple(t) => tuple_call(t, name, args).unwrap_or_else(|| Err(no_attr(obj, name))),
        Value::Int(_) | Value::Float(_) | Value::Bool(_) => {
            number::call(obj, name, args).unwrap_or_else(|| Err(no_attr(obj, name)))
        }
        Value::Object(o) => {
            if runnel_core::value::is_big(obj) {
                return number::call(obj, name, args).unwrap_or_else(|| Err(no_attr(obj, name)));
            }
            if let (Some(v), "isdisjoint") = (o.as_any().downcast_ref::<dict::DictView>(), name) {
                if dict_view::set_like(v.kind) {
                    let mut args = args;
                    args.check_count("isdisjoint", 1, 1)?;
                    return dict_view::isdisjoint(v, &args.require(0, "other", "isdisjoint")?);
                }
            }
            if crate::runtime::bytes::bytes_of(obj).is_some() {
                if crate::runtime::bytes_str::ROUTED.contains(&name)
                    || matches!(
                        name,
                        "insert" | "pop" | "remove" | "reverse" | "clear" | "copy" | "translate"
                    )
                {
                    if let Some(r) =
                        crate::runtime::bytes_str::call(interp, obj, name, args.clone())
                    {
                        return r;
                    }
                }
                return crate::runtime::bytes::call_method(obj, name, args)
                    .unwrap_or_else(|| Err(no_attr(obj, name)));
            }
            if let Some(inst) = o.as_any().downcast_ref::<NativeInstance>() {
                if let Some(m) = inst.class.find_method(name) {
                    let m = m.clone();
                    return m(interp, obj, args);
                }
            }
            let f = get_attr(interp, obj, name)?;
            interp.call_value(&f, args)
        }
        Value::None => Err(no_attr(obj, name)),
    }
}

/// Whether a built-in type has a method of this name (for `obj.method` without a call).
pub(crate) fn has_method(v: &Value, name: &str) -> bool {
    let own = match v {
        Value::Str(_) => str::NAMES.contains(&name) || str_more::NAMES.contains(&name),
        Value::List(_) => list::NAMES.contains(&name),
        Value::Dict(_) => dict::NAMES.contains(&name),
        Value::Set(_) => set::NAMES.contains(&name),
        Value::FrozenSet(_) => set::FROZEN_NAMES.contains(&name),
        Value::Tuple(_) => matches!(name, "count" | "index"),
        _ => number::has_method(v, name),
    };
    own || builtin_dunder::has(v, name)
}

pub(crate) use str_split::maketrans as str_maketrans;
pub(crate) use str_title::capitalize as str_capitalize;

/// Whether a built-in value has a method `name`.
pub(crate) fn get_attr_exists(v: &Value, name: &str) -> bool {
    has_method(v, name)
}

/// `obj.name`.
pub(crate) fn get_attr(interp: &Interpreter, obj: &Value, name: &str) -> Result<Value> {
    if name == "__class__" {
        return Ok(crate::builtins::types::type_of(obj));
    }
    if matches!(obj, Value::Int(_) | Value::Bool(_) | Value::Float(_)) {
        if let Some(v) = number::attr(obj, name) {
            return Ok(v);
        }
    }
    if let (Value::Dict(d), "default_factory") = (obj, name) {
        if let runnel_core::value::DictKind::DefaultDict(f) = &d.borrow()?.kind {
            return Ok(f.clone());
        }
    }
    if let Value::Object(o) = obj {
        let any = o.as_any();
        if let Some(r) = crate::modules::collections::abc::attr(obj, name) {
            return r;
        }
        if let Some(r) = crate::modules::collections::types::attr(obj, name) {
            return r;
        }
        if let Some(inst) = any.downcast_ref::<NativeInstance>() {
            if let Some(p) = inst.class.find_property(name) {
                let p = p.clone();
                return p(interp, obj);
            }
            if let Some(m) = inst.class.find_method(name) {
                return Ok(Value::object(BoundMethod::Native(
                    obj.clone(),
                    m.clone(),
                    name.to_string(),
                )));
            }
            if let Some(g) = &inst.class.getattr {
                let g = g.clone();
                return g(interp, obj, name);
            }
            return Err(no_attr(obj, name));
        }
        if let Some(inst) = any.downcast_ref::<Instance>() {
            return crate::runtime::members::instance_attr(interp, obj, inst, name);
        }
        if any.is::<PyClass>() {
            if let Some(c) = crate::runtime::class::class_rc(obj) {
                return crate::runtime::members::class_attr(&c, name);
            }
        }
        if let Some(f) = any.downcast_ref::<crate::native::NativeFunction>() {
            if matches!(name, "__name__" | "__qualname__") {
                // A module's function is named as CPython names it (`reduce`, not `functools.reduce`).
                return Ok(Value::str(f.name.rsplit('.').next().unwrap_or(&f.name)));
            }
        }
        if let Some(c) = any.downcast_ref::<runnel_core::value::Complex>() {
            let c = *c;
            return match name {
                "real" => Ok(Value::Float(c.re)),
                "imag" => Ok(Value::Float(c.im)),
                "conjugate" => Ok(crate::NativeFunction::new(
                    "conjugate",
                    move |_, a: Args| {
                        a.check_count("conjugate", 0, 0)?;
                        Ok(runnel_core::value::Complex::value(c.re, -c.im))
                    },
                )),
                _ => Err(no_attr(obj, name)),
            };
        }
        if let Some(t) = any.downcast_ref::<crate::builtins::other_type::OtherType>() {
            return t.attr(name).ok_or_else(|| no_attr(obj, name));
        }
        if let Some(r) = any.downcast_ref::<crate::runtime::iter::RangeObj>() {
            return r.attr(name).ok_or_else(|| no_attr(obj, name));
        }
        if let Some(g) = any.downcast_ref::<crate::builtins::globals::GlobalsView>() {
            return g.method(name).ok_or_else(|| no_attr(obj, name));
        }
        if let Some(it) = any.downcast_ref::<crate::runtime::iter::IterObj>() {
            if let Some(m) = crate::runtime::gen_methods::attr(obj, it, name) {
                return Ok(m);
            }
        }
        if let Some(s) = any.downcast_ref::<Super>() {
            return crate::runtime::members::super_attr(s, name);
        }
        if let Some(p) = any.downcast_ref::<Property>() {
            if let Some(v) = crate::runtime::members::property_method(p, name) {
                return Ok(v);
            }
        }
        if let Some(m) = any.downcast_ref::<Module>() {
            return m.get(name).ok_or_else(|| {
                let msg = crate::modules::not_in_runnel(&m.name, name)
                    .unwrap_or_else(|| format!("module '{}' has no attribute '{name}'", m.name));
                Error::new("AttributeError", msg)
            });
        }
        if let Some(dt) = any.downcast_ref::<DateTime>() {
            return crate::modules::datetime::attr(obj, dt, name);
        }
        if let Some(d) = any.downcast_ref::<crate::runtime::instance_dict::InstanceDict>() {
            return d.attr(interp, name);
        }
        #[cfg(feature = "extra")]
        if let Some(d) = any.downcast_ref::<crate::modules::decimal::Decimal>() {
            return crate::modules::decimal::attr(obj, d, name);
        }
        #[cfg(feature = "extra")]
        if let Some(f) = any.downcast_ref::<crate::modules::fractions::Fraction>() {
            return crate::modules::fractions::attr(obj, f, name);
        }
        if let Some(d) = any.downcast_ref::<crate::modules::date::Date>() {
            return crate::modules::date::attr(obj, d, name);
        }
        if let Some(s) = any.downcast_ref::<crate::runtime::slice_obj::SliceObj>() {
            return crate::runtime::slice_obj::attr(s, name).ok_or_else(|| no_attr(obj, name));
        }
        if let Some(td) = any.downcast_ref::<runnel_core::timedelta::TimeDelta>() {
            return crate::modules::timedelta::attr(obj, td, name);
        }
        if let Some(f) = any.downcast_ref::<Function>() {
            return crate::runtime::function_attrs::get(obj, f, name);
        }
        // A bound method: its `__func__` and `__self__`; other names read the function's.
        if let Some(m) = any.downcast_ref::<crate::runtime::members::Method>() {
            match name {
                "__func__" => return Ok(m.func.clone()),
                "__self__" => return Ok(m.receiver.clone()),
                _ => {}
            }
            if let Some(f) = m.func.downcast::<Function>() {
                return crate::runtime::function_attrs::get(obj, f, name);
            }
        }
        if let Some(c) = any.downcast_ref::<NativeClass>() {
            if name == "__name__" {
                // `time.struct_time.__name__` is `struct_time`.
                return Ok(Value::str(c.name.rsplit('.').next().unwrap_or(&c.name)));
            }
            if let Some((_, v)) = c.statics.iter().find(|(n, _)| *n == name) {
                return Ok(v.clone());
            }
            return Err(Error::new(
                "AttributeError",
                format!("type object '{}' has no attribute '{name}'", c.name),
            ));
        }
        if let Some(c) = any.downcast_ref::<ExcClass>() {
            if name == "__mro__" {
                return Ok(crate::runtime::mro::exc_mro(c.name));
            }
            if name == "__name__" {
                // `re.error` is named `error`, as its class's __name__.
                return Ok(Value::str(c.name.rsplit('.').next().unwrap_or(c.name)));
            }
        }
        if let Some(c) = any.downcast_ref::<crate::runtime::function_attrs::CodeInfo>() {
            if let Some(v) = c.attr(name) {
                return Ok(v);
            }
        }
        if let Some(e) = any.downcast_ref::<ExcValue>() {
            if name == "args" {
                return Ok(Value::tuple(e.visible_args().to_vec()));
            }
            if let Some(v) = e.os_error().and_then(|a| crate::os_error::attr(a, name)) {
                return Ok(v);
            }
            if name == "value" && e.exc_type == "StopIteration" {
                return Ok(e.args.first().cloned().unwrap_or(Value::None));
            }
            if let Some(v) = crate::modules::json_error_attr(e, name) {
                return Ok(v);
            }
        }
        if let Some(e) = any.downcast_ref::<KeyErrorText>() {
            if name == "args" {
                return Ok(Value::tuple(e.0.args.clone()));
            }
        }
        if any.is::<ExcValue>() || any.is::<KeyErrorText>() {
            if let Some(v) = crate::runtime::exc_chain::attr(obj, name) {
                return Ok(v);
            }
            if name == "with_traceback" {
                let me = obj.clone();
                return Ok(crate::NativeFunction::new(
                    "with_traceback",
                    move |_, a: Args| {
                        a.check_count("with_traceback", 1, 1)?;
                        Ok(me.clone())
                    },
                ));
            }
        }
        if let Some(t) = any.downcast_ref::<crate::builtins::types::TypeObj>() {
            if name == "__name__" {
                return Ok(Value::str(t.name()));
            }
            return crate::builtins::types::class_attr(t, name);
        }
        // A big int: the number attributes and methods of any int.
        if runnel_core::value::is_big(obj) {
            if let Some(v) = number::attr(obj, name) {
                return Ok(v);
            }
            if has_method(obj, name) {
                return Ok(Value::object(BoundMethod::Builtin(
                    obj.clone(),
                    Rc::from(name),
                )));
            }
        }
        return Err(no_attr(obj, name));
    }
    if has_method(obj, name) || builtin_dunder::has(obj, name) {
        return Ok(Value::object(BoundMethod::Builtin(
            obj.clone(),
            Rc::from(name),
        )));
    }
    Err(no_attr(obj, name))
}

/// `obj.name = v`: only modules accept new attributes.
pub(crate) fn set_attr(obj: &Value, name: &str, v: Value) -> Result<()> {
    if let Some(m) = obj.downcast::<Module>() {
        return m.set(name, v);
    }
    if let Some(r) = crate::runtime::members::set_member(obj, name, v.clone()) {
        return r;
    }
    if let Some(inst) = obj.downcast::<crate::native::NativeInstance>() {
        if let Some(r) = inst
            .class
            .setattr
            .as_ref()
            .and_then(|f| f(obj, name, v.clone()))
        {
            return r;
        }
    }
    #[cfg(feature = "extra")]
    if let Some(r) = crate::modules::decimal::set_attr(obj, name, &v) {
        return r;
    }
    if let Some(f) = obj.downcast::<Function>() {
        return crate::runtime::function_attrs::set(f, name, v);
    }
    if has_method(obj, name) {
        return Err(Error::new(
            "AttributeError",
            format!(
                "'{}' object attribute '{name}' is read-only",
                obj.type_name()
            ),
        ));
    }
    Err(Error::new(
        "AttributeError",
        format!("'{}' object has no attribute '{name}'", obj.type_name()),
    ))
}

fn tuple_call(t: &[Value], name: &str, mut args: Args) -> Option<Result<Value>> {
    let r = match name {
        "count" => args
            .check_count("count", 1, 1)
            .and_then(|_| crate::runtime::compare::count(t, &args.positional[0]))
            .map(Value::Int),
        "index" => (|| {
            args.check_count("index", 1, 1)?;
            let x = args.positional.remove(0);
            crate::runtime::compare::position(t, &x)?
                .map(|i| Value::Int(i as i64))
                .ok_or_else(|| Error::value_error("tuple.index(x): x not in tuple"))
        })(),
        _ => return None,
    };
    Some(r)
}
