//! PySpark's shared variables: `sc.broadcast(v)` and `sc.accumulator(v)`.
//!
//! An accumulator travels to a native host's worker threads as PySpark pickles one: the
//! worker's copy starts at zero (`0` or `0.0`), tasks add to it, and each task's total goes
//! back with the task's output and is added to the driver's accumulator, in partition
//! order. Reading `value` in a task is PySpark's error. Broadcast values travel as copies.
//! The per-partition steps a job runs on the driver thread revive their functions per task
//! too, so their accumulators are such copies, merged the same way; other functions run on
//! the driver (an action's `reduce`, say) add to the driver's accumulator directly: the
//! value after an action is the same.

use crate::glue::{instance, this};
use crate::session::Env;
use runnel_core::value::{Freezer, Portable, PortableObject, Reviver};
use runnel_core::{Error, Result, Value};
use runnel_python::{Args, Interpreter, NativeClass, NativeInstance};
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::{Rc, Weak};
use std::sync::atomic::{AtomicU64, Ordering};

/// A broadcast variable's value.
pub(crate) struct Broadcast(Value);

/// An accumulator (PySpark's `AddingAccumulatorParam`: values add with `+`).
pub(crate) struct Accumulator {
    id: u64,
    value: RefCell<Value>,
    /// The value a worker's copy starts from.
    zero: Value,
    /// A worker thread's copy (its `value` may not be read).
    on_worker: bool,
}

static NEXT_ID: AtomicU64 = AtomicU64::new(1);

thread_local! {
    /// The driver's accumulators, by id (to merge the tasks' updates into).
    static DRIVER: RefCell<HashMap<u64, Weak<Accumulator>>> = RefCell::new(HashMap::new());
    /// This worker thread's copies, whose totals go back after each task.
    static WORKER: RefCell<Vec<Weak<Accumulator>>> = const { RefCell::new(Vec::new()) };
    /// The class of the workers' copies (a worker has no PySpark classes of its own).
    static WORKER_CLASS: Rc<NativeClass> = Rc::new(accumulator_class());
}

/// `sc.broadcast(value)`.
pub(crate) fn broadcast(env: &Rc<Env>, mut a: Args) -> Result<Value> {
    let v = a.require(0, "value", "broadcast")?;
    Ok(instance(&env.classes()?.broadcast, Broadcast(v)))
}

/// `sc.accumulator(value, accum_param=None)`.
pub(crate) fn accumulator(env: &Rc<Env>, mut a: Args) -> Result<Value> {
    let v = a.require(0, "value", "accumulator")?;
    let zero = match v {
        Value::Float(_) => Value::Float(0.0),
        _ => Value::Int(0),
    };
    let acc = Rc::new(Accumulator {
        id: NEXT_ID.fetch_add(1, Ordering::Relaxed),
        value: RefCell::new(v),
        zero,
        on_worker: false,
    });
    DRIVER.with(|d| d.borrow_mut().insert(acc.id, Rc::downgrade(&acc)));
    Ok(NativeInstance::new(env.classes()?.accumulator.clone(), acc))
}

/// Adds the tasks' accumulator totals (`(id, total)`, in partition order) to the driver's
/// accumulators.
pub(crate) fn merge_updates(updates: Vec<(u64, Portable)>) -> Result<()> {
    add_updates(&revive_updates(updates)?)
}

/// A task's accumulator totals, revived on the driver (kept by [`crate::jobs`] until the
/// jobs that compute the task's partition).
pub(crate) fn revive_updates(updates: Vec<(u64, Portable)>) -> Result<Vec<(u64, Value)>> {
    updates
        .into_iter()
        .map(|(id, total)| Ok((id, Reviver::new(None).revive(&total)?)))
        .collect()
}

/// Adds revived task totals to the driver's accumulators.
pub(crate) fn add_updates(updates: &[(u64, Value)]) -> Result<()> {
    for (id, term) in updates {
        let acc = DRIVER.with(|d| d.borrow().get(id).and_then(Weak::upgrade));
        if let Some(acc) = acc {
            let sum = acc
                .value
                .borrow()
                .binop(runnel_core::value::BinOp::Add, term)?;
            *acc.value.borrow_mut() = sum;
        }
    }
    Ok(())
}

/// This worker's accumulator totals since the last call, each copy back at zero.
pub(crate) fn take_worker_updates() -> Vec<(u64, Portable)> {
    WORKER.with(|w| {
        let mut w = w.borrow_mut();
        w.retain(|a| a.strong_count() > 0);
        let mut out = Vec::new();
        for acc in w.iter().filter_map(Weak::upgrade) {
            let total = std::mem::replace(&mut *acc.value.borrow_mut(), acc.zero.clone());
            if total.py_eq(&acc.zero) {
                continue;
            }
            if let Ok(p) = Freezer::new(None).freeze(&total) {
                out.push((acc.id, p));
            }
        }
        out
    })
}

/// An accumulator on its way to a worker: its id and its zero.
#[derive(Debug)]
struct PortableAccumulator {
    id: u64,
    zero: Portable,
}

impl PortableObject for PortableAccumulator {
    fn revive(&self, _r: &mut Reviver, _id: u32) -> Result<Value> {
        let zero = Reviver::new(None).revive(&self.zero)?;
        let acc = Rc::new(Accumulator {
            id: self.id,
            value: RefCell::new(zero.clone()),
            zero,
            on_worker: true,
        });
        WORKER.with(|w| w.borrow_mut().push(Rc::downgrade(&acc)));
        Ok(NativeInstance::new(WORKER_CLASS.with(Rc::clone), acc))
    }
}

/// A broadcast value on its way to a worker.
#[derive(Debug)]
struct PortableBroadcast(Portable);

impl PortableObject for PortableBroadcast {
    fn revive(&self, r: &mut Reviver, _id: u32) -> Result<Value> {
        // Revived by the task's own reviver: the value may hold the program's instances
        // and functions, which need its interpreter (and share its memo of the freeze).
        let v = r.revive(&self.0)?;
        let class = WORKER_BROADCAST.with(Rc::clone);
        Ok(NativeInstance::new(class, Rc::new(Broadcast(v))))
    }
}

thread_local! {
    static WORKER_BROADCAST: Rc<NativeClass> = Rc::new(broadcast_class());
}

pub(crate) fn broadcast_class() -> NativeClass {
    let b = |t: &Value| this::<Broadcast>(t, "Broadcast");
    let mut class = NativeClass::new("Broadcast")
        .property("value", move |_, t| Ok(b(t)?.0.clone()))
        .method("unpersist", |_, _, _| Ok(Value::None))
        .method("destroy", |_, _, _| Ok(Value::None));
    // A value that cannot travel is an error here, which keeps the job on the driver.
    class.freeze = Some(Rc::new(|inst, f| {
        let b = this_inst::<Broadcast>(inst)?;
        let p = f.freeze(&b.0)?;
        Ok(Box::new(PortableBroadcast(p)) as Box<dyn PortableObject>)
    }));
    class
}

fn acc(t: &Value) -> Result<Rc<Accumulator>> {
    this::<Accumulator>(t, "Accumulator")
}

/// `acc.add(term)` and `acc += term`.
fn add(_: &Interpreter, t: &Value, mut a: Args) -> Result<Value> {
    let term = a.require(0, "term", "add")?;
    let a = acc(t)?;
    let sum = a
        .value
        .borrow()
        .binop(runnel_core::value::BinOp::Add, &term)?;
    *a.value.borrow_mut() = sum;
    Ok(Value::None)
}

pub(crate) fn accumulator_class() -> NativeClass {
    let mut class = NativeClass::new("Accumulator")
        .property("value", |_, t| {
            let a = acc(t)?;
            if a.on_worker {
                return Err(Error::new(
                    "RuntimeError",
                    "Accumulator.value cannot be accessed inside tasks",
                ));
            }
            let v = a.value.borrow().clone();
            Ok(v)
        })
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
            .map(|a| a.value.borrow().to_str())
            .unwrap_or_default()
    }));
    class.freeze = Some(Rc::new(|inst, f| {
        let a = this_inst::<Accumulator>(inst)?;
        let zero = f.freeze(&a.zero)?;
        Ok(Box::new(PortableAccumulator { id: a.id, zero }) as Box<dyn PortableObject>)
    }));
    class
}

/// The data of a native instance of a shared-variable class.
fn this_inst<T: 'static>(inst: &runnel_python::NativeInstance) -> Result<Rc<T>> {
    inst.data
        .clone()
        .downcast::<T>()
        .map_err(|_| runnel_core::Error::type_error(format!("not a {}", inst.class.name)))
}
