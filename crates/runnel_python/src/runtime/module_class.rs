//! Classes of Runnel's own modules that a program may subclass or use as descriptors
//! (`json.JSONEncoder`, `functools.cached_property`): program classes whose methods are
//! native, so `super()`, overriding, `__get__` and `__set_name__` work as for the
//! program's own classes.

use super::class::{instance_rc, ClassFields, PyClass};
use super::dataclass::NativeMethodFn;
use crate::{Args, Interpreter};
use indexmap::IndexMap;
use runnel_core::{Error, Result, Value};
use std::rc::Rc;

/// A native method of such a class: `self` is its first positional argument.
pub(crate) type Method = fn(&Interpreter, Args) -> Result<Value>;

/// The class `module.name` with these attributes (methods made with [`method`]).
pub(crate) fn make(
    interp: &Interpreter,
    name: &str,
    module: &str,
    items: Vec<(&str, Value)>,
) -> Value {
    let mut dict: IndexMap<Rc<str>, Value> = IndexMap::new();
    dict.insert(Rc::from("__module__"), Value::str(module));
    for (k, v) in items {
        dict.insert(Rc::from(k), v);
    }
    let fields = ClassFields {
        name: Rc::from(name),
        def_id: crate::modules::enum_api::functional_id(&format!("{module}.{name}")),
        bases: vec![],
        dict,
    };
    // A class without bases or special methods cannot fail to be made.
    PyClass::create(interp, fields).unwrap_or(Value::None)
}

pub(crate) fn method(name: &str, f: Method) -> Value {
    Value::object(NativeMethodFn(Rc::new(f), Rc::from(name)))
}

/// `self`, checked to be an instance of a program class.
pub(crate) fn this(a: &Args, what: &str) -> Result<Value> {
    a.positional
        .first()
        .filter(|s| instance_rc(s).is_some())
        .cloned()
        .ok_or_else(|| Error::type_error(format!("{what} needs an instance")))
}

/// `obj.name = v` in the instance's own dict.
pub(crate) fn set(obj: &Value, name: &str, v: Value) {
    if let Some(inst) = instance_rc(obj) {
        inst.dict.borrow_mut().insert(Rc::from(name), v);
    }
}
