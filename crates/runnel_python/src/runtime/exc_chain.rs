//! Exception chaining of a program's exception instances: `raise E(...) from cause` sets
//! `__cause__` and `__suppress_context__`; raising inside an `except` clause sets
//! `__context__` to the exception being handled, as CPython does. Built-in exception
//! values are made afresh from the error each time a handler binds one, so they keep no
//! chain: reading theirs is refused by name.

use super::class::{instance_rc, Instance};
use crate::runtime::frame::Frame;
use runnel_core::{Error, Result, Value};

/// The chain of an exception instance.
pub(crate) struct ExcChain {
    cause: Value,
    context: Value,
    suppress: bool,
}

impl Default for ExcChain {
    fn default() -> ExcChain {
        ExcChain {
            cause: Value::None,
            context: Value::None,
            suppress: false,
        }
    }
}

/// The names read here.
pub(crate) const NAMES: &[&str] = &[
    "__cause__",
    "__context__",
    "__suppress_context__",
    "__traceback__",
];

/// Records the chain of `raised` as `raise raised [from cause]` sets it in frame `f`.
pub(crate) fn on_raise(f: &Frame<'_>, raised: &Value, cause: Option<Value>) {
    let Some(inst) = instance_rc(raised).filter(|i| i.class.exc_base.is_some()) else {
        return;
    };
    let mut chain = inst.exc_chain.borrow_mut();
    if let Some(c) = cause {
        chain.cause = c;
        chain.suppress = true;
    }
    let handled = f.interp.handled.borrow().last().map(|(_, v)| v.clone());
    if let Some(h) = handled.filter(|h| !crate::runtime::compare::is(h, raised)) {
        chain.context = h;
    }
}

/// `inst.name` for the chain's names (`__traceback__` is always None in Runnel).
pub(crate) fn attr(inst: &Instance, name: &str) -> Option<Value> {
    let chain = inst.exc_chain.borrow();
    Some(match name {
        "__cause__" => chain.cause.clone(),
        "__context__" => chain.context.clone(),
        "__suppress_context__" => Value::Bool(chain.suppress),
        "__traceback__" => Value::None,
        _ => return None,
    })
}

/// The refusal for a built-in exception value's chain.
pub(crate) fn refuse_builtin(type_name: &str, name: &str) -> Result<Value> {
    Err(Error::new(
        "AttributeError",
        format!(
            "'{type_name}' object has no attribute '{name}' in Runnel: only exceptions of the \
             program's own classes keep their chain (__cause__, __context__)"
        ),
    ))
}
