//! `type(name, bases, dict)`: a class made by a call, as a `class` statement with that
//! name, bases and namespace would make it (`type.__new__`'s checks and wording).

use super::class::{ClassFields, PyClass};
use crate::{Args, Interpreter};
use indexmap::IndexMap;
use runnel_core::{Error, Result, Value};
use std::rc::Rc;

/// The three arguments, checked as `type.__new__` checks them.
pub(crate) fn create(interp: &Interpreter, args: Args) -> Result<Value> {
    let [name, bases, ns] = args.positional.as_slice() else {
        return Err(Error::type_error("type() takes 1 or 3 arguments"));
    };
    let arg_error = |n: usize, want: &str, v: &Value| {
        Error::type_error(format!(
            "type.__new__() argument {n} must be {want}, not {}",
            v.type_name()
        ))
    };
    let Value::Str(name) = crate::runtime::builtin_base::plain(name) else {
        return Err(arg_error(1, "str", name));
    };
    let Value::Tuple(bases) = bases else {
        return Err(arg_error(2, "tuple", bases));
    };
    let Value::Dict(ns_dict) = ns else {
        return Err(arg_error(3, "dict", ns));
    };
    for b in bases.iter() {
        if b.type_name() != "type" {
            return Err(Error::type_error(
                "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
            ));
        }
    }
    let mut dict: IndexMap<Rc<str>, Value> = IndexMap::new();
    dict.insert(Rc::from("__doc__"), Value::None);
    dict.insert(Rc::from("__qualname__"), Value::Str(name.clone()));
    for (k, v) in ns_dict.borrow()?.iter() {
        if let Value::Str(k) = k {
            dict.insert(k.clone(), v.clone());
        }
    }
    let fields = ClassFields {
        name: name.clone(),
        def_id: crate::modules::enum_api::functional_id(&name),
        bases: bases.to_vec(),
        dict,
    };
    let class = PyClass::create(interp, fields)?;
    super::class::init_subclass(interp, &class, args.keywords)?;
    Ok(class)
}
