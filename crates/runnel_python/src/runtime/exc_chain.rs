//! Exception chaining: `raise E(...) from cause` sets `__cause__` and
//! `__suppress_context__`; raising inside an `except` clause sets `__context__` to the
//! exception being handled, as CPython does, for the program's exception classes and the
//! built-in ones alike (a raised built-in exception value is remembered, so its handler
//! binds the same object; an error the interpreter raises inside a handler gets its
//! context when it leaves the handler).

use super::class::instance_rc;
use crate::exceptions::{ExcValue, KeyErrorText};
use crate::runtime::frame::Frame;
use runnel_core::Value;
use std::cell::RefCell;

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

/// Runs `f` on the chain of an exception value: a program exception's or a built-in one's.
pub(crate) fn with_chain<R>(v: &Value, f: impl FnOnce(&RefCell<ExcChain>) -> R) -> Option<R> {
    if let Some(inst) = instance_rc(v).filter(|i| i.class.exc_base.is_some()) {
        return Some(f(&inst.exc_chain));
    }
    if let Some(e) = v.downcast::<ExcValue>() {
        return Some(f(&e.chain));
    }
    v.downcast::<KeyErrorText>().map(|k| f(&k.0.chain))
}

/// Sets the context of an exception value that has none yet.
pub(crate) fn set_context(v: &Value, context: &Value) {
    with_chain(v, |c| {
        let mut c = c.borrow_mut();
        if matches!(c.context, Value::None) && !crate::runtime::compare::is(context, v) {
            c.context = context.clone();
        }
    });
}

/// Records the chain of `raised` as `raise raised [from cause]` sets it in frame `f`.
pub(crate) fn on_raise(f: &Frame<'_>, raised: &Value, cause: Option<Value>) {
    with_chain(raised, |c| record(f, raised, cause, &mut c.borrow_mut()));
}

fn record(f: &Frame<'_>, raised: &Value, cause: Option<Value>, chain: &mut ExcChain) {
    if let Some(c) = cause {
        chain.cause = c;
        chain.suppress = true;
    }
    let handled = f.interp.handled.borrow().last().map(|(_, v)| v.clone());
    if let Some(h) = handled.filter(|h| !crate::runtime::compare::is(h, raised)) {
        chain.context = h;
    }
}

/// `e.name` for the chain's names (`__traceback__` is always None in Runnel).
pub(crate) fn attr(e: &Value, name: &str) -> Option<Value> {
    with_chain(e, |c| chain_attr(&c.borrow(), name)).flatten()
}

fn chain_attr(chain: &ExcChain, name: &str) -> Option<Value> {
    Some(match name {
        "__cause__" => chain.cause.clone(),
        "__context__" => chain.context.clone(),
        "__suppress_context__" => Value::Bool(chain.suppress),
        "__traceback__" => Value::None,
        _ => return None,
    })
}
