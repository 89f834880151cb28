//! Descriptors the program defines: a class attribute whose class has `__get__`,
//! `__set__` or `__delete__` takes over `obj.name`, `obj.name = v` and `del obj.name`
//! (CPython's data descriptors before the instance's `__dict__`, non-data ones after it),
//! and `__set_name__` tells it its owner and name when the class is made.

use super::class::{instance_rc, Instance, PyClass};
use runnel_core::value::Object;
use runnel_core::{Result, Value};
use std::rc::Rc;

/// The descriptor instance `attr` is, when its class defines `method`.
fn with(attr: &Value, method: &str) -> Option<Rc<Instance>> {
    let inst = instance_rc(attr)?;
    inst.class.lookup(method).is_some().then_some(inst)
}

/// Whether `attr` is a data descriptor (it defines `__set__` or `__delete__`), which
/// wins over the instance's own attribute of the same name.
pub(crate) fn is_data(attr: &Value) -> bool {
    with(attr, "__set__").is_some() || with(attr, "__delete__").is_some()
}

/// `attr.__get__(obj, owner)` (`obj` is `None` for a lookup on the class), or `None`
/// when `attr` is no descriptor.
pub(crate) fn get(attr: &Value, obj: &Value, owner: &Rc<PyClass>) -> Option<Result<Value>> {
    let d = with(attr, "__get__")?;
    let owner = Value::Object(owner.clone() as Rc<dyn Object>);
    d.call_special("__get__", vec![obj.clone(), owner])
}

/// `attr.__set__(obj, v)`, or `None` when `attr` defines no `__set__`.
pub(crate) fn set(attr: &Value, obj: &Value, v: Value) -> Option<Result<()>> {
    let d = with(attr, "__set__")?;
    Some(d.call_special("__set__", vec![obj.clone(), v])?.map(|_| ()))
}

/// `attr.__delete__(obj)`, or `None` when `attr` defines no `__delete__`.
pub(crate) fn delete(attr: &Value, obj: &Value) -> Option<Result<()>> {
    let d = with(attr, "__delete__")?;
    Some(d.call_special("__delete__", vec![obj.clone()])?.map(|_| ()))
}

/// `type.__new__`'s last step: `value.__set_name__(cls, name)` for each attribute of the
/// new class that defines it, in the order the class body bound them.
pub(crate) fn set_names(class: &Rc<PyClass>) -> Result<()> {
    let attrs: Vec<(Rc<str>, Value)> = class
        .dict
        .borrow()
        .iter()
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    let owner = Value::Object(class.clone() as Rc<dyn Object>);
    for (name, v) in attrs {
        if let Some(d) = with(&v, "__set_name__") {
            if let Some(r) = d.call_special("__set_name__", vec![owner.clone(), Value::str(&name)])
            {
                r?;
            }
        }
    }
    Ok(())
}
