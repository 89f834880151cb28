//! Python callables as the engine's user functions.
//!
//! Functions given to RDD operations run "on executors": their `print` goes to stderr, as
//! a Spark Python worker's does, and they get their own copies of mutable arguments, as
//! pickling gives each Spark task (so a UDF that appends to a list it was given cannot
//! change a batch a window will read again). Functions of `transform` and `foreachRDD` run
//! on the driver and print to stdout.

use runnel_core::udf::{FilterFn, FlatMapFn, MapFn, PartitionFn, ReduceFn};
use runnel_core::value::{PyCell, PyDict, PySet, Shared};
use runnel_core::{Error, Result, Value};
use runnel_python::{Args, Interpreter};
use std::rc::{Rc, Weak};

/// A Python callable and the interpreter to call it in.
#[derive(Clone)]
pub(crate) struct Udf {
    interp: Weak<Interpreter>,
    f: Value,
}

impl Udf {
    pub(crate) fn new(interp: &Rc<Interpreter>, f: Value) -> Udf {
        Udf {
            interp: Rc::downgrade(interp),
            f,
        }
    }

    fn interp(&self) -> Result<Rc<Interpreter>> {
        self.interp
            .upgrade()
            .ok_or_else(|| Error::new("RuntimeError", "the program has ended"))
    }

    /// Calls it as a task would.
    pub(crate) fn call_task(&self, args: Vec<Value>) -> Result<Value> {
        let interp = self.interp()?;
        let args = args.iter().map(isolate).collect::<Result<_>>()?;
        let was = interp.set_print_to_stderr(true);
        let result = interp.call(&self.f, Args::new(args));
        interp.set_print_to_stderr(was);
        result
    }

    /// Calls it on the driver.
    pub(crate) fn call_driver(&self, args: Vec<Value>) -> Result<Value> {
        self.interp()?.call(&self.f, Args::new(args))
    }

    /// The function's identity (Python's `id(f)`), which PySpark compares partitioners by.
    pub(crate) fn identity(&self) -> u64 {
        match &self.f {
            Value::Object(o) => Rc::as_ptr(o) as *const () as usize as u64,
            _ => 0,
        }
    }

    /// How many positional parameters it takes (`func.__code__.co_argcount`).
    pub(crate) fn param_count(&self) -> Option<usize> {
        self.interp().ok()?.param_count(&self.f)
    }

    fn iterate(&self, v: &Value) -> Result<Vec<Value>> {
        self.interp()?.iterate(v)
    }
}

pub(crate) fn map(u: Udf) -> MapFn {
    Shared::new(move |x| u.call_task(vec![x]))
}

pub(crate) fn flat_map(u: Udf) -> FlatMapFn {
    Shared::new(move |x| {
        let out = u.call_task(vec![x])?;
        u.iterate(&out)
    })
}

pub(crate) fn filter(u: Udf) -> FilterFn {
    Shared::new(move |x| Ok(u.call_task(vec![x.clone()])?.truthy()))
}

pub(crate) fn reduce(u: Udf) -> ReduceFn {
    Shared::new(move |a, b| u.call_task(vec![a, b]))
}

/// `mapPartitions(f)` (`f(iterator)`) or `mapPartitionsWithIndex(f)` (`f(index, iterator)`).
pub(crate) fn partitions(u: Udf, with_index: bool) -> PartitionFn {
    Shared::new(move |i, records| {
        let it = Value::list(records);
        let out = if with_index {
            u.call_task(vec![Value::Int(i as i64), it])?
        } else {
            u.call_task(vec![it])?
        };
        u.iterate(&out)
    })
}

/// A copy of `v` sharing nothing mutable with it (what pickling a task's input gives).
pub(crate) fn isolate(v: &Value) -> Result<Value> {
    Ok(match v {
        Value::Tuple(items) if items.iter().any(is_mutable) => {
            Value::tuple(items.iter().map(isolate).collect::<Result<_>>()?)
        }
        Value::List(l) => Value::list(l.borrow()?.iter().map(isolate).collect::<Result<_>>()?),
        Value::Dict(d) => {
            let mut copy = PyDict::new();
            for (k, v) in d.borrow()?.iter() {
                copy.insert(k.clone(), isolate(v)?)?;
            }
            Value::Dict(Shared::new(PyCell::new(copy)))
        }
        Value::Set(s) => {
            let mut copy = PySet::new();
            for x in s.borrow()?.iter() {
                copy.insert(x.clone())?;
            }
            Value::set(copy)
        }
        other => other.clone(),
    })
}

fn is_mutable(v: &Value) -> bool {
    match v {
        Value::List(_) | Value::Dict(_) | Value::Set(_) => true,
        Value::Tuple(items) => items.iter().any(is_mutable),
        _ => false,
    }
}
