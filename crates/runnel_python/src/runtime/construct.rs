//! Calling a program class: `__new__` makes the instance (`object.__new__` when the
//! class defines none), then `__init__` initialises it when it is an instance of the
//! class, as `type.__call__` does.

use super::class::{class_rc, Instance, PyClass};
use crate::{Args, Interpreter, NativeFunction};
use runnel_core::value::Object;
use runnel_core::{Error, Result, Value};
use std::rc::Rc;

/// `Point(1, 2)`: `__new__` then `__init__`.
pub(crate) fn instantiate(interp: &Interpreter, class: &Rc<PyClass>, args: Args) -> Result<Value> {
    crate::modules::abc::check_instantiable(interp, class)?;
    if let Some(member) = crate::modules::enums::by_value(interp, class, &args) {
        return member;
    }
    let Some(new) = super::attr_hooks::hook(class, "__new__") else {
        let made = match class.builtin {
            Some(kind) => super::builtin_base::new_instance(interp, class, kind, args.clone())?,
            None => plain_new(class, &args),
        };
        return init(interp, class, made, args, false);
    };
    let class_value = Value::Object(class.clone() as Rc<dyn Object>);
    let mut positional = Vec::with_capacity(args.positional.len() + 1);
    positional.push(class_value);
    positional.extend(args.positional.iter().cloned());
    let made = interp.call_value(
        &new,
        Args {
            positional,
            keywords: args.keywords.clone(),
        },
    )?;
    // `__init__` runs only on an instance of this class (a `__new__` may return anything).
    match made.downcast::<Instance>() {
        Some(inst) if inst.class.is_subclass_of(class) => init(interp, class, made, args, true),
        _ => Ok(made),
    }
}

/// A fresh instance of `class` (what `object.__new__(cls)` makes).
fn plain_new(class: &Rc<PyClass>, args: &Args) -> Value {
    let inst = Instance::new(class.clone());
    if class.exc_base.is_some() {
        *inst.exc_args.borrow_mut() = args.positional.clone();
    }
    Value::Object(inst as Rc<dyn Object>)
}

/// Runs the class's `__init__` on `value`; without one, arguments are an error unless the
/// class defines `__new__` (which took them) or is an exception.
fn init(
    interp: &Interpreter,
    class: &Rc<PyClass>,
    value: Value,
    args: Args,
    has_new: bool,
) -> Result<Value> {
    match class.lookup("__init__") {
        Some(init) => {
            let mut all = Vec::with_capacity(args.positional.len() + 1);
            all.push(value.clone());
            all.extend(args.positional);
            let r = interp.call_value(
                &init,
                Args {
                    positional: all,
                    keywords: args.keywords,
                },
            )?;
            if !matches!(r, Value::None) {
                return Err(Error::type_error(format!(
                    "__init__() should return None, not '{}'",
                    r.type_name()
                )));
            }
        }
        // A list, dict or set base takes the arguments as its type's constructor does.
        None if class.builtin.is_some() => {
            if let Some(inst) = value.downcast::<Instance>() {
                super::builtin_base::init_base(interp, inst, args)?;
            }
        }
        None if class.exc_base.is_some() || has_new => {}
        None if !args.is_empty() => {
            return Err(Error::type_error(format!(
                "{}() takes no arguments",
                class.name
            )))
        }
        None => {}
    }
    Ok(value)
}

/// `object.__new__(cls)`: a fresh instance, not initialised. Extra arguments are an error
/// when the class overrides `__new__`, or defines no `__init__` (CPython's rule).
pub(crate) fn object_new() -> Value {
    NativeFunction::new("__new__", |_, args: Args| {
        let Some(first) = args.positional.first() else {
            return Err(Error::type_error("object.__new__(): not enough arguments"));
        };
        let class = class_rc(first).ok_or_else(|| {
            Error::type_error(format!(
                "object.__new__(X): X is not a type object ({})",
                first.type_name()
            ))
        })?;
        // BaseException.__new__ keeps the arguments as `args`.
        let rest = Args::new(args.positional[1..].to_vec());
        let extra = !rest.is_empty() || !args.keywords.is_empty();
        if extra && class.exc_base.is_none() {
            if super::attr_hooks::hook(&class, "__new__").is_some() {
                return Err(Error::type_error(
                    "object.__new__() takes exactly one argument (the type to instantiate)",
                ));
            }
            if class.lookup("__init__").is_none() {
                return Err(Error::type_error(format!(
                    "{}() takes no arguments",
                    class.name
                )));
            }
        }
        Ok(plain_new(&class, &rest))
    })
}
