//! SPARK-5063: what a task function cannot take to the workers.
//!
//! PySpark pickles a job's functions (cloudpickle: their defaults, closure cells, the
//! globals their code names, and what those reach) when the job is submitted, or when a
//! JVM step needs the pipelined RDD (a shuffle, `cache`, `union`...). The SparkContext and
//! RDDs refuse to be pickled (`__getnewargs__` raises PySpark's `PySparkRuntimeError`,
//! which `CloudPickleSerializer.dumps` turns into a `PicklingError`), and so does the
//! StreamingContext, through its SparkContext. Runnel's freezer walks a function as
//! cloudpickle does; these classes make it fail with PySpark's texts, which
//! [`check`] picks out from the other things Runnel cannot copy (those only keep a job
//! on the driver).

use runnel_core::value::same_object;
use runnel_core::{Error, Result, Value};
use runnel_python::{Interpreter, NativeClass};
use std::cell::RefCell;

const PREFIX: &str = "Could not serialize object: PySparkRuntimeError: ";

/// `[CONTEXT_ONLY_VALID_ON_DRIVER]`, as `str()` of PySpark's exception shows it.
const CONTEXT: &str = "[CONTEXT_ONLY_VALID_ON_DRIVER] It appears that you are attempting to reference SparkContext from a broadcast variable, action, or transformation. SparkContext can only be used on the driver, not in code that it run on workers. For more information, see SPARK-5063.";

/// `[RDD_TRANSFORM_ONLY_VALID_ON_DRIVER]`: PySpark joins its message's lines with newlines.
const RDD: &str = "[RDD_TRANSFORM_ONLY_VALID_ON_DRIVER] It appears that you are attempting to broadcast an RDD or reference an RDD from an \naction or transformation. RDD transformations and actions can only be invoked by the \ndriver, not inside of other transformations; for example, \nrdd1.map(lambda x: rdd2.values.count() * x) is invalid because the values \ntransformation and count action cannot be performed inside of the rdd1.map \ntransformation. For more information, see SPARK-5063.";

fn refused(what: &str) -> Error {
    Error::new("PicklingError", format!("{PREFIX}{what}"))
}

/// The SparkContext's (and the StreamingContext's) class, refusing to be frozen.
pub(crate) fn context_class(class: NativeClass) -> NativeClass {
    class.with_freeze(|_, _| Err(refused(CONTEXT)))
}

/// The RDD class, refusing to be frozen.
pub(crate) fn rdd_class(class: NativeClass) -> NativeClass {
    class.with_freeze(|_, _| Err(refused(RDD)))
}

/// [`check`]'s error for `sc.broadcast`'s value, which `Broadcast.dump` words its own way.
pub(crate) fn in_broadcast(mut e: Error) -> Error {
    if let Some(rest) = e.message.strip_prefix("Could not serialize object: ") {
        e.message = format!("Could not serialize broadcast: {rest}");
    }
    e
}

/// Whether `e` is PySpark's SPARK-5063 `PicklingError`.
pub(crate) fn is_driver_only(e: &Error) -> bool {
    e.exc_type == "PicklingError" && e.message.starts_with(PREFIX)
}

/// PySpark's `PicklingError` when `v` (a function given to an RDD method, a zero value)
/// reaches the SparkContext, the StreamingContext or an RDD as cloudpickle pickles it.
pub(crate) fn check(interp: &Interpreter, v: &Value) -> Result<()> {
    walk(interp, v, &mut Vec::new())
}

/// A list or dict this long that was found clean is not walked again while its length
/// stays the same (a lookup table a function captures, walked on every call otherwise).
const BIG: usize = 64;

thread_local! {
    /// Big lists and dicts found clean, with their lengths then (held, so that their
    /// addresses stay theirs).
    static CLEAN: RefCell<Vec<(Value, usize)>> = const { RefCell::new(Vec::new()) };
}

fn walk(interp: &Interpreter, v: &Value, seen: &mut Vec<Value>) -> Result<()> {
    // A function: what travels with it, each part on its own.
    if let Some(parts) = interp.captured(v) {
        if seen.iter().any(|s| same_object(s, v)) {
            return Ok(());
        }
        seen.push(v.clone());
        return parts.iter().try_for_each(|p| walk(interp, p, seen));
    }
    let len = match v {
        Value::List(l) => l.borrow().map(|l| l.len()).ok(),
        Value::Dict(d) => d.borrow().map(|d| d.len()).ok(),
        _ => None,
    }
    .filter(|n| *n >= BIG);
    if let Some(n) = len {
        let known = CLEAN.with(|c| c.borrow().iter().any(|(x, m)| *m == n && same_object(x, v)));
        if known {
            return Ok(());
        }
    }
    match interp.freeze(v) {
        Err(e) if is_driver_only(&e) => return Err(e),
        Ok(_) => {
            if let Some(n) = len {
                CLEAN.with(|c| {
                    let mut c = c.borrow_mut();
                    c.retain(|(x, _)| !same_object(x, v));
                    if c.len() >= 32 {
                        c.remove(0);
                    }
                    c.push((v.clone(), n));
                });
            }
        }
        Err(_) => {}
    }
    Ok(())
}
