//! Python callables as the engine's user functions.
//!
//! Functions given to RDD operations run "on executors": their `print` goes to stderr, as
//! a Spark Python worker's does, and they get their own copies of mutable arguments, as
//! pickling gives each Spark task (so a UDF that appends to a list it was given cannot
//! change a batch a window will read again). Functions of `transform` and `foreachRDD` run
//! on the driver and print to stdout.

use crate::executor::Executor;
use runnel_core::udf::{FilterFn, FlatMapFn, MapFn, PartitionFn, ReduceFn};
use runnel_core::value::{BinOp, PyCell, PyDict, Shared};
use runnel_core::{Error, Result, Value};
use runnel_python::{Args, Interpreter, Shape};
use std::rc::{Rc, Weak};

/// A Python callable and the interpreter to call it in.
#[derive(Clone)]
pub(crate) struct Udf {
    interp: Weak<Interpreter>,
    f: Value,
    /// The host's workers, which run partitions in parallel (native hosts).
    exec: Option<Rc<dyn Executor>>,
}

impl Udf {
    pub(crate) fn new(interp: &Rc<Interpreter>, f: Value, exec: Option<Rc<dyn Executor>>) -> Udf {
        Udf {
            interp: Rc::downgrade(interp),
            f,
            exec,
        }
    }

    pub(crate) fn executor(&self) -> Option<&Rc<dyn Executor>> {
        self.exec.as_ref()
    }

    pub(crate) fn function(&self) -> &Value {
        &self.f
    }

    pub(crate) fn interp(&self) -> Result<Rc<Interpreter>> {
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
        result.map_err(Error::from_task)
    }

    /// Calls it on the driver.
    pub(crate) fn call_driver(&self, args: Vec<Value>) -> Result<Value> {
        self.interp()?.call(&self.f, Args::new(args))
    }

    /// The shape of a trivial lambda, which the adapters compute natively.
    fn shape(&self) -> Option<Shape> {
        self.interp().ok()?.shape(&self.f)
    }

    /// `c` when this is `lambda x: (x, c)`: a pipeline feeds `(x, c)` to `reduceByKey`'s
    /// combiner without building the tuple.
    pub(crate) fn pair_constant(&self) -> Option<Value> {
        match self.shape()? {
            Shape::PairWithConst(c) => Some(c),
            _ => None,
        }
    }

    /// `sep` when this is `lambda x: x.split(sep)`: a pipeline splits a `str` natively.
    pub(crate) fn split_on(&self) -> Option<String> {
        match self.shape()? {
            Shape::SplitOn(sep) => Some(sep),
            _ => None,
        }
    }

    /// The function's identity (Python's `id(f)`), which PySpark compares partitioners by.
    pub(crate) fn identity(&self) -> u64 {
        match &self.f {
            Value::Object(o) => Rc::as_ptr(o) as *const () as usize as u64,
            _ => 0,
        }
    }

    fn iterate(&self, v: &Value) -> Result<Vec<Value>> {
        self.interp()?.iterate(v)
    }
}

pub(crate) fn map(u: Udf) -> MapFn {
    if let Some(Shape::PairWithConst(c)) = u.shape() {
        // `lambda w: (w, 1)`: the same tuple, without entering the interpreter.
        return Shared::new(move |x| Ok(Value::pair(isolate(&x)?, c.clone())));
    }
    Shared::new(move |x| u.call_task(vec![x]))
}

pub(crate) fn flat_map(u: Udf) -> FlatMapFn {
    if let Some(sep) = u.split_on() {
        // `lambda line: line.split(" ")` on a string is Rust's split by the same separator.
        return Shared::new(move |x| match &x {
            Value::Str(s) => {
                let mut parts = Vec::new();
                split_str(s, &sep, |w| {
                    parts.push(Value::str(w));
                    Ok(())
                })?;
                Ok(parts)
            }
            _ => u.iterate(&u.call_task(vec![x])?),
        });
    }
    Shared::new(move |x| {
        let out = u.call_task(vec![x])?;
        u.iterate(&out)
    })
}

/// `s.split(sep)`, each part in order to `each`: Rust's split by the same separator (by
/// its one char when it is one, which searches faster and splits the same).
pub(crate) fn split_str<'a>(
    s: &'a str,
    sep: &str,
    mut each: impl FnMut(&'a str) -> Result<()>,
) -> Result<()> {
    let mut chars = sep.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => s.split(c).try_for_each(&mut each),
        _ => s.split(sep).try_for_each(&mut each),
    }
}

pub(crate) fn filter(u: Udf) -> FilterFn {
    Shared::new(move |x| Ok(u.call_task(vec![x.clone()])?.truthy()))
}

pub(crate) fn reduce(u: Udf) -> ReduceFn {
    if let Some(Shape::AddArgs) = u.shape() {
        // `lambda a, b: a + b` on numbers is the core's `+`; anything else (and any error,
        // so that its traceback is Python's) goes through the interpreter.
        return Shared::new(move |a, b| {
            // Counts are small ints: add them without the general numeric dispatch.
            if let (Value::Int(x), Value::Int(y)) = (&a, &b) {
                if let Some(sum) = x.checked_add(*y) {
                    return Ok(Value::Int(sum));
                }
            }
            if is_number(&a) && is_number(&b) {
                if let Ok(sum) = a.binop(BinOp::Add, &b) {
                    return Ok(sum);
                }
            }
            u.call_task(vec![a, b])
        });
    }
    Shared::new(move |a, b| u.call_task(vec![a, b]))
}

/// A two-argument function as the driver calls it (an action merging its tasks'
/// results): the live object, printing to stdout.
pub(crate) fn on_driver(u: Udf) -> ReduceFn {
    Shared::new(move |a, b| u.call_driver(vec![a, b]))
}

fn is_number(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Float(_) | Value::Bool(_))
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

/// `foreach(f)` and `foreachPartition(f)` as PySpark runs them (`mapPartitions` with a
/// function that calls `f`, then `count()`): nothing comes out. What `foreachPartition`'s
/// function returns is iterated when it is iterable (a generator's body runs so), as
/// PySpark's `iter(r)` does.
pub(crate) fn foreach(u: Udf, per_partition: bool) -> PartitionFn {
    Shared::new(move |_, records| {
        if !per_partition {
            for x in records {
                u.call_task(vec![x])?;
            }
            return Ok(Vec::new());
        }
        let out = u.call_task(vec![Value::list(records)])?;
        if !matches!(out, Value::None) {
            match u.iterate(&out) {
                Err(e) if e.exc_type == "TypeError" && e.message.ends_with("is not iterable") => {}
                r => {
                    r?;
                }
            }
        }
        Ok(Vec::new())
    })
}

/// A copy of `v` sharing nothing mutable with it (what pickling a task's input gives).
/// Like pickle's memo, a container met twice is copied once, so shared and
/// self-containing lists keep their shape instead of recursing forever.
pub(crate) fn isolate(v: &Value) -> Result<Value> {
    if !is_mutable(v) {
        return Ok(v.clone());
    }
    isolate_with(v, &mut Vec::new())
}

/// Copies made so far, by the address of the original container.
type Memo = Vec<(usize, Value)>;

fn isolate_with(v: &Value, memo: &mut Memo) -> Result<Value> {
    let id = match v {
        Value::List(l) => Rc::as_ptr(l) as *const () as usize,
        Value::Dict(d) => Rc::as_ptr(d) as *const () as usize,
        Value::Set(s) => Rc::as_ptr(s) as *const () as usize,
        Value::Tuple(items) if items.iter().any(is_mutable) => {
            return Ok(Value::tuple(
                items
                    .iter()
                    .map(|x| isolate_with(x, memo))
                    .collect::<Result<_>>()?,
            ));
        }
        other => return Ok(other.clone()),
    };
    if let Some((_, copy)) = memo.iter().find(|(seen, _)| *seen == id) {
        return Ok(copy.clone());
    }
    Ok(match v {
        Value::List(l) => {
            // Registered before its items are copied, so an item that is the list itself
            // finds the copy.
            let copy = Rc::new(PyCell::new(Vec::new()));
            memo.push((id, Value::List(copy.clone())));
            let items = l
                .borrow()?
                .iter()
                .map(|x| isolate_with(x, memo))
                .collect::<Result<Vec<_>>>()?;
            *copy.borrow_mut()? = items;
            Value::List(copy)
        }
        Value::Dict(d) => {
            // The copy keeps the dict's kind: a `Counter` stays one (`+` still adds).
            let copy = Rc::new(PyCell::new(PyDict::of_kind(d.borrow()?.kind.clone())));
            memo.push((id, Value::Dict(copy.clone())));
            let entries: Vec<(Value, Value)> = d
                .borrow()?
                .iter()
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect();
            for (k, v) in entries {
                let v = isolate_with(&v, memo)?;
                copy.borrow_mut()?.insert(k, v)?;
            }
            Value::Dict(copy)
        }
        Value::Set(s) => {
            // The same table (a task's copy is not a pickle round trip: where Spark
            // pickles, the engine rebuilds sets itself, `runnel_core::value::unpickled`).
            let copy = Value::set(s.borrow()?.clone());
            memo.push((id, copy.clone()));
            copy
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
