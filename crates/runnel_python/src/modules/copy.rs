//! The `copy` module: `copy(x)` makes a shallow copy of a list, dict (of any kind), set
//! or program instance and returns immutable values themselves; `deepcopy(x)` copies
//! through the interpreter's freeze/revive (the way values travel to worker tasks), which
//! keeps shared and cyclic references shared, as `deepcopy`'s memo does.

use crate::native::NativeFunction;
use crate::runtime::class::{instance_rc, Instance};
use crate::{Args, Interpreter};
use runnel_core::value::{PyCell, Shared};
use runnel_core::{Result, Value};

fn shallow(v: &Value) -> Result<Value> {
    Ok(match v {
        Value::List(l) => Value::list(l.borrow()?.clone()),
        Value::Dict(d) => Value::Dict(Shared::new(PyCell::new(d.borrow()?.clone()))),
        Value::Set(s) => Value::Set(Shared::new(PyCell::new(s.borrow()?.clone()))),
        // What its `__reduce__` makes (an `IsoCalendarDate`'s tuple), as `copy` uses it.
        Value::Object(o) if o.unpickled().is_some() => o.unpickled().unwrap_or(Value::None),
        other => match instance_rc(other) {
            Some(inst) => {
                let copy = Instance::new(inst.class.clone());
                *copy.dict.borrow_mut() = inst.dict.borrow().clone();
                *copy.exc_args.borrow_mut() = inst.exc_args.borrow().clone();
                *copy.base.borrow_mut() = inst.base.borrow().clone();
                copy.value().unwrap_or_else(|| other.clone())
            }
            None => other.clone(),
        },
    })
}

pub(crate) fn deep(interp: &Interpreter, v: &Value) -> Result<Value> {
    let frozen = interp.freeze(v)?;
    // Reviving a function sets the globals it carries: the program's stay as they are.
    let saved = interp.globals_snapshot();
    let copy = interp.revive(&frozen);
    interp.restore_globals(saved);
    copy
}

pub(super) fn attrs() -> Vec<(&'static str, Value)> {
    vec![
        (
            "copy",
            NativeFunction::new("copy", |_, a: Args| {
                a.check_count("copy", 1, 1)?;
                shallow(&a.positional[0])
            }),
        ),
        (
            "deepcopy",
            NativeFunction::new("deepcopy", |interp, a: Args| {
                a.check_count("deepcopy", 1, 2)?;
                deep(interp, &a.positional[0])
            }),
        ),
    ]
}
