//! The lite build's stand-in for `builtin_base` (feature `extra` off, the npm package's
//! lite engine): a class deriving from a built-in type needs the full engine, which the
//! package then runs the program on. Nothing here ever holds a built-in value.

use super::class::{Instance, PyClass};
use crate::builtins::types::Kind;
use crate::{Args, Interpreter};
use runnel_core::{Error, Result, Value};
use std::rc::Rc;

pub(crate) fn derivable(kind: Kind) -> bool {
    matches!(
        kind,
        Kind::Int | Kind::Float | Kind::Str | Kind::Tuple | Kind::List | Kind::Dict | Kind::Set
    )
}

/// Deriving from a built-in type: the full engine's.
pub(crate) fn available() -> Result<()> {
    Err(crate::modules::feature_needs_full_engine(
        "classes deriving from built-in types",
    ))
}

pub(crate) fn base_of(_: &Value) -> Option<Value> {
    None
}

pub(crate) fn plain(v: &Value) -> Value {
    v.clone()
}

pub(crate) fn new_instance(_: &Interpreter, _: &Rc<PyClass>, _: Kind, _: Args) -> Result<Value> {
    available().map(|_| Value::None)
}

pub(crate) fn init_base(_: &Interpreter, _: &Instance, _: Args) -> Result<()> {
    Ok(())
}

pub(crate) fn type_new(_: Kind) -> Value {
    crate::NativeFunction::new("__new__", |_, _| {
        Err::<Value, Error>(crate::modules::feature_needs_full_engine(
            "classes deriving from built-in types",
        ))
    })
}

pub(crate) fn dunder(_: &str) -> Option<Value> {
    None
}

pub(crate) fn super_method(_: &Value, _: &str) -> Option<Value> {
    None
}

pub(crate) fn own_method(_: &Value, _: &str) -> bool {
    false
}
