//! PySpark's shared variables: `sc.broadcast(v)` and `sc.accumulator(v)`.
//!
//! A function that refers to one cannot travel to a native host's worker threads (the
//! objects live in the driver's interpreter), so it runs on the driver, where the tasks'
//! `add`s go straight into the driver's accumulator: the value after an action is what
//! Spark's merge of the tasks' updates gives for the numbers accumulators add.

use crate::glue::{instance, this};
use crate::session::Env;
use runnel_core::value::BinOp;
use runnel_core::{Result, Value};
use runnel_python::{Args, Interpreter, NativeClass};
use std::cell::RefCell;
use std::rc::Rc;

/// A broadcast variable's value.
pub(crate) struct Broadcast(Value);

/// An accumulator (PySpark's `AddingAccumulatorParam`: values add with `+`).
pub(crate) struct Accumulator(RefCell<Value>);

/// `sc.broadcast(value)`.
pub(crate) fn broadcast(env: &Rc<Env>, mut a: Args) -> Result<Value> {
    let v = a.require(0, "value", "broadcast")?;
    Ok(instance(&env.classes()?.broadcast, Broadcast(v)))
}

/// `sc.accumulator(value, accum_param=None)`.
pub(crate) fn accumulator(env: &Rc<Env>, mut a: Args) -> Result<Value> {
    let v = a.require(0, "value", "accumulator")?;
    Ok(instance(
        &env.classes()?.accumulator,
        Accumulator(RefCell::new(v)),
    ))
}

pub(crate) fn broadcast_class() -> NativeClass {
    let b = |t: &Value| this::<Broadcast>(t, "Broadcast");
    NativeClass::new("Broadcast")
        .property("value", move |_, t| Ok(b(t)?.0.clone()))
        .method("unpersist", |_, _, _| Ok(Value::None))
        .method("destroy", |_, _, _| Ok(Value::None))
}

fn acc(t: &Value) -> Result<Rc<Accumulator>> {
    this::<Accumulator>(t, "Accumulator")
}

/// `acc.add(term)` and `acc += term`.
fn add(_: &Interpreter, t: &Value, mut a: Args) -> Result<Value> {
    let term = a.require(0, "term", "add")?;
    let a = acc(t)?;
    let sum = a.0.borrow().binop(BinOp::Add, &term)?;
    *a.0.borrow_mut() = sum;
    Ok(Value::None)
}

pub(crate) fn accumulator_class() -> NativeClass {
    let mut class = NativeClass::new("Accumulator")
        .property("value", |_, t| Ok(acc(t)?.0.borrow().clone()))
        .method("add", add)
        .method("__iadd__", |py, t, a| {
            add(py, t, a)?;
            Ok(t.clone())
        });
    // `str(acc)` is its value's (PySpark's `__str__`).
    class.repr = Some(Rc::new(|inst| {
        inst.data
            .clone()
            .downcast::<Accumulator>()
            .map(|a| a.0.borrow().to_str())
            .unwrap_or_default()
    }));
    class
}
