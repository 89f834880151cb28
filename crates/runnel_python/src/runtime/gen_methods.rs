//! A generator's methods: `send`, `throw`, `close` (and `__next__`).

use super::generator::{GenOut, Resume};
use super::iter::IterObj;
use crate::native::{BoundMethod, NativeMethod};
use crate::{Args, Interpreter};
use runnel_core::{Error, Result, Value};
use std::rc::Rc;

/// `gen.NAME` for a generator object, if it is one of its methods.
pub(crate) fn attr(obj: &Value, it: &IterObj, name: &str) -> Option<Value> {
    if !it.is_generator() {
        return None;
    }
    let m: NativeMethod = match name {
        "send" => Rc::new(send),
        "throw" => Rc::new(throw),
        "close" => Rc::new(close),
        "__next__" => Rc::new(|interp: &Interpreter, g: &Value, args: Args| {
            args.check_count("__next__", 0, 0)?;
            ended(interp, gen(g)?.resume(interp, Resume::Send(Value::None))?)
        }),
        _ => return None,
    };
    Some(Value::object(BoundMethod::Native(
        obj.clone(),
        m,
        name.to_string(),
    )))
}

fn gen(g: &Value) -> Result<&IterObj> {
    g.downcast::<IterObj>()
        .ok_or_else(|| Error::type_error("descriptor requires a 'generator' object"))
}

/// A yielded value, or `StopIteration` carrying the return value.
fn ended(interp: &Interpreter, out: GenOut) -> Result<Value> {
    match out {
        GenOut::Yield(v) => Ok(v),
        GenOut::Return(v) => Err(stop_iteration(interp, v)),
    }
}

/// `StopIteration(value)` for a generator that returned `value` (`except StopIteration as
/// e` finds `e.value` and `e.args` through the interpreter's raised instances).
pub(crate) fn stop_iteration(interp: &Interpreter, v: Value) -> Error {
    if matches!(v, Value::None) {
        return Error::new("StopIteration", "");
    }
    let exc = crate::exceptions::ExcValue::new("StopIteration", vec![v]);
    let e = exc.to_error();
    interp.remember_raised(&e, Value::object(exc));
    e
}

fn send(interp: &Interpreter, g: &Value, args: Args) -> Result<Value> {
    args.check_count("send", 1, 1)?;
    let v = args.positional.into_iter().next().unwrap_or(Value::None);
    ended(interp, gen(g)?.resume(interp, Resume::Send(v))?)
}

/// `throw(exc)`, or the older `throw(type, value)`.
fn throw(interp: &Interpreter, g: &Value, args: Args) -> Result<Value> {
    args.check_count("throw", 1, 3)?;
    let mut exc = args.positional[0].clone();
    match args.positional.get(1) {
        Some(Value::None) | None => {}
        Some(v) if crate::exceptions::value_type(v).is_some() => exc = v.clone(),
        Some(v) => exc = interp.call_value(&exc, Args::new(vec![v.clone()]))?,
    }
    let e = crate::exceptions::error_from_raised(&exc);
    ended(interp, gen(g)?.resume(interp, Resume::Throw(e))?)
}

fn close(interp: &Interpreter, g: &Value, args: Args) -> Result<Value> {
    args.check_count("close", 0, 0)?;
    gen(g)?.close(interp)?;
    Ok(Value::None)
}
