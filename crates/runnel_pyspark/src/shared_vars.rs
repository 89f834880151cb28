//! PySpark's shared variables: `sc.broadcast(v)` and `sc.accumulator(v)`.
//!
//! An accumulator travels to a native host's worker threads as PySpark pickles one: the
//! worker's copy starts at zero (`0` or `0.0`), tasks add to it, and each task's total goes
//! back with the task's output and is added to the driver's accumulator, in partition
//! order. Reading `value` in a task is PySpark's error. Broadcast values travel as copies.
//! The per-partition steps a job runs on the driver thread revive their functions per task
//! too, so their accumulators are such copies, merged the same way; other functions run on
//! the driver (an action's `reduce`, say) add to the driver's accumulator directly: the
//! value after an action is the same. With a program's own `AccumulatorParam`, terms and
//! totals are added by its `addInPlace`, and a worker's copy starts at its `zero(value)`
//! (computed when the accumulator is made: PySpark computes it each time it pickles one).

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

/// An accumulator.
pub(crate) struct Accumulator {
    /// Unique in the process: the key its tasks' totals come back under.
    id: u64,
    /// PySpark's `aid`, shown by `repr()`: the session's accumulators count from 0.
    aid: i64,
    value: RefCell<Value>,
    /// The value a worker's copy starts from.
    zero: Value,
    /// The program's `AccumulatorParam` (`None`: PySpark's `AddingAccumulatorParam`,
    /// values add with `+`).
    param: Option<Value>,
    /// The driver's interpreter, to call `param` when tasks' totals are merged.
    driver: Option<Weak<Interpreter>>,
    /// A worker thread's copy (its `value` may not be read).
    on_worker: bool,
}

impl Accumulator {
    /// `value = param.addInPlace(value, term)`, or `value += term`.
    fn add(&self, py: Option<&Interpreter>, term: &Value) -> Result<()> {
        let current = self.value.borrow().clone();
        let sum = match &self.param {
            None => current.binop(runnel_core::value::BinOp::Add, term)?,
            Some(param) => {
                let driver = self.driver.as_ref().and_then(Weak::upgrade);
                let py = py
                    .or(driver.as_deref())
                    .ok_or_else(|| Error::new("RuntimeError", "the program has ended"))?;
                py.call_method(param, "addInPlace", Args::new(vec![current, term.clone()]))?
            }
        };
        *self.value.borrow_mut() = sum;
        Ok(())
    }
}

static NEXT_ID: AtomicU64 = AtomicU64::new(1);

thread_local! {
    /// The driver's accumulators, by id (to merge the tasks' updates into).
    static DRIVER: RefCell<HashMap<u64, Weak<Accumulator>>> = RefCell::new(HashMap::new());
    /// This worker thread's copies, whose totals go back after each task. Held here until
    /// then: a copy in a closure's cell lives only as long as the task's functions, which
    /// may be gone before the task's totals are taken.
    static WORKER: RefCell<Vec<Rc<Accumulator>>> = const { RefCell::new(Vec::new()) };
    /// The class of the workers' copies (a worker has no PySpark classes of its own).
    static WORKER_CLASS: Rc<NativeClass> = Rc::new(accumulator_class());
}

/// `sc.broadcast(value)`.
pub(crate) fn broadcast(env: &Rc<Env>, mut a: Args) -> Result<Value> {
    let v = a.require(0, "value", "broadcast")?;
    // PySpark pickles the value now: an RDD or the SparkContext in it is SPARK-5063.
    crate::ship::check(&*env.interp()?, &v).map_err(crate::ship::in_broadcast)?;
    Ok(instance(&env.classes()?.broadcast, Broadcast(v)))
}

/// `sc.accumulator(value, accum_param=None)`: without a param, PySpark's adding one for
/// ints and floats (a bool is an int), and its TypeError for other values.
pub(crate) fn accumulator(env: &Rc<Env>, mut a: Args) -> Result<Value> {
    let v = a.require(0, "value", "accumulator")?;
    let param = a
        .take(1, "accum_param")
        .filter(|p| !matches!(p, Value::None));
    let interp = env.interp()?;
    let zero = match (&param, &v) {
        (Some(p), _) => interp.call_method(p, "zero", Args::new(vec![v.clone()]))?,
        (None, Value::Float(_)) => Value::Float(0.0),
        (None, Value::Int(_) | Value::Bool(_)) => Value::Int(0),
        (None, other) if other.type_name() == "int" => Value::Int(0),
        (None, other) => {
            return Err(Error::type_error(format!(
                "No default accumulator param for type <class '{}'>",
                other.type_name()
            )))
        }
    };
    let acc = Rc::new(Accumulator {
        id: NEXT_ID.fetch_add(1, Ordering::Relaxed),
        aid: env.next_accumulator_id(),
        value: RefCell::new(v),
        zero,
        param,
        driver: Some(Rc::downgrade(&interp)),
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
            acc.add(None, term)?;
        }
    }
    Ok(())
}

/// This worker's accumulator totals since the last call, each copy back at zero.
pub(crate) fn take_worker_updates() -> Vec<(u64, Portable)> {
    WORKER.with(|w| {
        let mut w = w.borrow_mut();
        let mut out = Vec::new();
        for acc in w.iter() {
            let total = std::mem::replace(&mut *acc.value.borrow_mut(), fresh(&acc.zero));
            if total.py_eq(&acc.zero) {
                continue;
            }
            if let Ok(p) = Freezer::new(None).freeze(&total) {
                out.push((acc.id, p));
            }
        }
        // Copies nothing else holds any more cannot be added to again.
        w.retain(|a| Rc::strong_count(a) > 1);
        out
    })
}

/// A copy of a worker copy's zero to start from: a param's `addInPlace` may change the
/// value it adds to (a list), which must not change the zero.
fn fresh(zero: &Value) -> Value {
    Freezer::new(None)
        .freeze(zero)
        .and_then(|p| Reviver::new(None).revive(&p))
        .unwrap_or_else(|_| zero.clone())
}

/// An accumulator on its way to a worker: its id, its zero and its param.
#[derive(Debug)]
struct PortableAccumulator {
    id: u64,
    aid: i64,
    zero: Portable,
    param: Option<Portable>,
}

impl PortableObject for PortableAccumulator {
    fn revive(&self, r: &mut Reviver, _id: u32) -> Result<Value> {
        let zero = Reviver::new(None).revive(&self.zero)?;
        let start = Reviver::new(None).revive(&self.zero)?;
        // The param is the program's object: the task's reviver knows its classes.
        let param = self.param.as_ref().map(|p| r.revive(p)).transpose()?;
        let acc = Rc::new(Accumulator {
            id: self.id,
            aid: self.aid,
            value: RefCell::new(start),
            zero,
            param,
            driver: None,
            on_worker: true,
        });
        WORKER.with(|w| w.borrow_mut().push(acc.clone()));
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
fn add(py: &Interpreter, t: &Value, mut a: Args) -> Result<Value> {
    let term = a.require(0, "term", "add")?;
    acc(t)?.add(Some(py), &term)?;
    Ok(Value::None)
}

pub(crate) fn accumulator_class() -> NativeClass {
    let mut class = NativeClass::new("Accumulator")
        .property("value", |_, t| {
            let a = acc(t)?;
            if a.on_worker {
                return Err(value_not_accessible());
            }
            let v = a.value.borrow().clone();
            Ok(v)
        })
        .method("add", add)
        .method("__iadd__", |py, t, a| {
            add(py, t, a)?;
            Ok(t.clone())
        });
    // `acc.value = v` on the driver (PySpark's setter; a task's copy refuses it).
    class.setattr = Some(Rc::new(|obj, name, v| {
        (name == "value").then(|| {
            let a = acc(obj)?;
            if a.on_worker {
                return Err(value_not_accessible());
            }
            *a.value.borrow_mut() = v;
            Ok(())
        })
    }));
    // `str(acc)` is its value's (PySpark's `__str__`), `repr` names its id.
    class.slots.str = Some(Rc::new(|inst| {
        inst.data
            .clone()
            .downcast::<Accumulator>()
            .map(|a| a.value.borrow().to_str())
            .unwrap_or_default()
    }));
    class.repr = Some(Rc::new(|inst| {
        inst.data
            .clone()
            .downcast::<Accumulator>()
            .map(|a| {
                format!(
                    "Accumulator<id={}, value={}>",
                    a.aid,
                    a.value.borrow().to_str()
                )
            })
            .unwrap_or_default()
    }));
    class.freeze = Some(Rc::new(|inst, f| {
        let a = this_inst::<Accumulator>(inst)?;
        let zero = f.freeze(&a.zero)?;
        let param = a.param.as_ref().map(|p| f.freeze(p)).transpose()?;
        Ok(Box::new(PortableAccumulator {
            id: a.id,
            aid: a.aid,
            zero,
            param,
        }) as Box<dyn PortableObject>)
    }));
    class
}

/// Reading or setting `value` in a task.
fn value_not_accessible() -> Error {
    Error::new(
        "RuntimeError",
        "Accumulator.value cannot be accessed inside tasks",
    )
}

/// The data of a native instance of a shared-variable class.
fn this_inst<T: 'static>(inst: &runnel_python::NativeInstance) -> Result<Rc<T>> {
    inst.data
        .clone()
        .downcast::<T>()
        .map_err(|_| runnel_core::Error::type_error(format!("not a {}", inst.class.name)))
}
