//! Iteration: `for` loops, `iter()`/`next()`, generators and `range`.
//!
//! Generator functions run lazily (see `runtime::generator`), with `send`, `throw` and
//! `close`. The few shapes they cannot run lazily (see `compile::gen_shape`: a `yield` in
//! a later link of a chained comparison, evaluated only sometimes) are simplified: the body runs to
//! completion on the first `next()`, collecting every `yield` into a list handed out one
//! by one; there, interleaving with the consumer differs from CPython and infinite
//! generators hit the step budget.

use super::frame::Cell;
use super::function::{run_code, Code};
use super::generator::{GenOut, GenState, Resume};
use crate::Interpreter;
use runnel_core::value::{Object, PyCell, Shared};
use runnel_core::{Error, Result, Value};
use std::any::Any;
use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

/// An iteration in progress over some value.
pub(crate) enum PyIter {
    List(Shared<PyCell<Vec<Value>>>, usize),
    Tuple(Shared<[Value]>, usize),
    Str(Shared<str>, usize),
    Range {
        cur: i64,
        stop: i64,
        step: i64,
    },
    Items(std::vec::IntoIter<Value>),
    /// A dict's keys (a view's items) or a set's items as the loop began, and the size
    /// the container had then: CPython's `RuntimeError` when the loop changes it.
    Sized(std::vec::IntoIter<Value>, Watched, usize),
    Obj(Rc<IterObj>),
    /// A program class's iterator, stepped by `__next__` (`None`), or an instance
    /// indexed by `__getitem__` from the given position.
    Dunder(Value, Option<i64>),
}

impl PyIter {
    /// The next item, or `None` at the end.
    #[inline]
    pub fn next(&mut self, interp: &Interpreter) -> Result<Option<Value>> {
        match self {
            PyIter::List(l, i) => {
                let item = l.borrow()?.get(*i).cloned();
                *i += 1;
                Ok(item)
            }
            PyIter::Tuple(t, i) => {
                let item = t.get(*i).cloned();
                *i += 1;
                Ok(item)
            }
            PyIter::Str(s, i) => match s.get(*i..).and_then(|rest| rest.chars().next()) {
                Some(c) => {
                    *i += c.len_utf8();
                    let mut buf = [0u8; 4];
                    Ok(Some(Value::str(c.encode_utf8(&mut buf))))
                }
                None => Ok(None),
            },
            PyIter::Range { cur, stop, step } => {
                if (*step > 0 && *cur < *stop) || (*step < 0 && *cur > *stop) {
                    let v = *cur;
                    *cur = cur.saturating_add(*step);
                    if *cur == v {
                        *cur = *stop;
                    }
                    Ok(Some(Value::Int(v)))
                } else {
                    Ok(None)
                }
            }
            PyIter::Items(it) => Ok(it.next()),
            PyIter::Sized(it, of, size) => match of.len()? == *size {
                true => Ok(it.next()),
                false => Err(of.changed()),
            },
            PyIter::Obj(o) => o.next(interp),
            PyIter::Dunder(v, pos) => dunder_next(interp, v, pos),
        }
    }
}

/// The container a [`PyIter::Sized`] iteration watches.
pub(crate) enum Watched {
    Dict(Shared<PyCell<runnel_core::value::PyDict>>),
    Set(Shared<PyCell<runnel_core::value::PySet>>),
}

impl Watched {
    fn len(&self) -> Result<usize> {
        Ok(match self {
            Watched::Dict(d) => d.borrow()?.len(),
            Watched::Set(s) => s.borrow()?.len(),
        })
    }

    fn changed(&self) -> Error {
        Error::new(
            "RuntimeError",
            match self {
                Watched::Dict(_) => "dictionary changed size during iteration",
                Watched::Set(_) => "Set changed size during iteration",
            },
        )
    }

    /// Iterates over `items`, taken from the container now.
    pub(crate) fn iter(self, items: Vec<Value>) -> Result<PyIter> {
        let size = self.len()?;
        Ok(PyIter::Sized(items.into_iter(), self, size))
    }
}

/// The next item of a program class's iterator (`StopIteration` ends it) or of an
/// indexable instance (`IndexError` ends it).
fn dunder_next(interp: &Interpreter, v: &Value, pos: &mut Option<i64>) -> Result<Option<Value>> {
    let (method, args, end) = match pos {
        None => ("__next__", vec![], "StopIteration"),
        Some(i) => ("__getitem__", vec![Value::Int(*i)], "IndexError"),
    };
    let Some(inst) = v.downcast::<super::class::Instance>() else {
        return Ok(None);
    };
    interp.tick()?;
    match inst.call_special(method, args) {
        Some(Ok(x)) => {
            if let Some(i) = pos {
                *i += 1;
            }
            Ok(Some(x))
        }
        Some(Err(e)) if e.exc_type == end => Ok(None),
        Some(Err(e)) => Err(e),
        None => Ok(None),
    }
}

/// `range(start, stop, step)`: lazy, as in Python.
pub(crate) struct RangeObj {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

impl RangeObj {
    pub fn len(&self) -> usize {
        let (lo, hi, step) = (self.start as i128, self.stop as i128, self.step as i128);
        let n = if step > 0 && lo < hi {
            (hi - lo + step - 1) / step
        } else if step < 0 && lo > hi {
            (lo - hi - step - 1) / -step
        } else {
            0
        };
        n as usize
    }
    pub fn get(&self, i: usize) -> i64 {
        // Wrapping is exact here: the true result lies between start and stop.
        self.start.wrapping_add(self.step.wrapping_mul(i as i64))
    }
}

impl RangeObj {
    /// The position of `x` in the range, if it is one of its numbers.
    fn position(&self, x: &Value) -> Option<usize> {
        let x = match x {
            Value::Int(i) => *i as i128,
            Value::Bool(b) => *b as i128,
            _ => return None,
        };
        let offset = x - self.start as i128;
        let step = self.step as i128;
        if offset % step != 0 {
            return None;
        }
        let i = offset / step;
        (i >= 0 && (i as usize) < RangeObj::len(self)).then_some(i as usize)
    }

    /// `r.start`/`r.stop`/`r.step` and the bound methods `r.index(x)`/`r.count(x)`.
    pub(crate) fn attr(&self, name: &str) -> Option<Value> {
        let (start, stop, step) = (self.start, self.stop, self.step);
        let me = move || RangeObj { start, stop, step };
        Some(match name {
            "start" => Value::Int(start),
            "stop" => Value::Int(stop),
            "step" => Value::Int(step),
            "index" => crate::native::NativeFunction::new("index", move |_, a: crate::Args| {
                a.check_count("index", 1, 1)?;
                match me().position(&a.positional[0]) {
                    Some(i) => Ok(Value::Int(i as i64)),
                    None => Err(runnel_core::Error::value_error(format!(
                        "{} is not in range",
                        a.positional[0].repr()
                    ))),
                }
            }),
            "count" => crate::native::NativeFunction::new("count", move |_, a: crate::Args| {
                a.check_count("count", 1, 1)?;
                Ok(Value::Int(me().position(&a.positional[0]).is_some() as i64))
            }),
            _ => return None,
        })
    }
}

impl Object for RangeObj {
    fn type_name(&self) -> &str {
        "range"
    }
    fn repr(&self) -> String {
        if self.step == 1 {
            format!("range({}, {})", self.start, self.stop)
        } else {
            format!("range({}, {}, {})", self.start, self.stop, self.step)
        }
    }
    fn truthy(&self) -> bool {
        self.len() > 0
    }
    /// Ranges are equal when they produce the same numbers.
    fn eq(&self, other: &dyn Object) -> Option<bool> {
        let o = other.as_any().downcast_ref::<RangeObj>()?;
        let (n, m) = (RangeObj::len(self), RangeObj::len(o));
        Some(n == m && (n == 0 || (self.start == o.start && (n == 1 || self.step == o.step))))
    }
    fn len(&self) -> Option<usize> {
        Some(RangeObj::len(self))
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

pub(super) enum IterState {
    Items(VecDeque<Value>),
    /// A generator not started yet.
    Pending(Rc<Code>, Vec<Option<Value>>, Rc<[Cell]>),
    /// A lazy generator, suspended.
    Lazy(Box<GenState>),
    /// `map`, `zip`, `iter(...)`...
    Adapter(Box<super::adapters::Adapter>),
    Running,
}

/// A Python iterator object: what `iter()`, `map()`, `zip()` and generators return.
pub(crate) struct IterObj {
    pub(super) kind: &'static str,
    pub(super) state: RefCell<IterState>,
}

impl IterObj {
    pub fn from_items(kind: &'static str, items: Vec<Value>) -> Value {
        Value::object(IterObj {
            kind,
            state: RefCell::new(IterState::Items(items.into())),
        })
    }

    pub fn adapter(kind: &'static str, a: super::adapters::Adapter) -> Value {
        Value::object(IterObj {
            kind,
            state: RefCell::new(IterState::Adapter(Box::new(a))),
        })
    }

    pub fn lazy(state: GenState) -> Value {
        Value::object(IterObj {
            kind: "generator",
            state: RefCell::new(IterState::Lazy(Box::new(state))),
        })
    }

    pub fn generator(code: Rc<Code>, locals: Vec<Option<Value>>, free: Rc<[Cell]>) -> Value {
        Value::object(IterObj {
            kind: "generator",
            state: RefCell::new(IterState::Pending(code, locals, free)),
        })
    }

    /// The next item; runs a pending generator's body first. No borrow is held while
    /// Python code runs, so the body may use the generator object itself (it sees it empty).
    pub fn next(&self, interp: &Interpreter) -> Result<Option<Value>> {
        let pending = {
            let mut state = self.state.try_borrow_mut().map_err(|_| running())?;
            match &mut *state {
                IterState::Items(items) => return Ok(items.pop_front()),
                IterState::Running => return Err(running()),
                IterState::Pending(..) | IterState::Lazy(_) | IterState::Adapter(_) => {
                    std::mem::replace(&mut *state, IterState::Running)
                }
            }
        };
        if let IterState::Adapter(mut a) = pending {
            // As for generators: the adapter may call Python code, so it is taken out.
            let r = a.next(interp);
            *self.state.borrow_mut() = match r {
                Ok(Some(_)) => IterState::Adapter(a),
                _ => IterState::Items(VecDeque::new()),
            };
            return r;
        }
        if let IterState::Lazy(gen) = pending {
            return match self.run_lazy(interp, gen, Resume::Send(Value::None))? {
                GenOut::Yield(v) => Ok(Some(v)),
                GenOut::Return(_) => Ok(None),
            };
        }
        let IterState::Pending(code, locals, free) = pending else {
            return Ok(None);
        };
        let result = run_code(interp, &code, locals, free, Some(Vec::new()));
        let items: VecDeque<Value> = match result {
            Ok((_, yields)) => yields.unwrap_or_default().into(),
            Err(e) => {
                *self.state.borrow_mut() = IterState::Items(VecDeque::new());
                return Err(e);
            }
        };
        let mut state = self.state.borrow_mut();
        *state = IterState::Items(items);
        match &mut *state {
            IterState::Items(items) => Ok(items.pop_front()),
            _ => Ok(None),
        }
    }
}

pub(super) fn running() -> Error {
    Error::value_error("generator already executing")
}

impl Object for IterObj {
    fn type_name(&self) -> &str {
        self.kind
    }
    fn repr(&self) -> String {
        format!(
            "<{} object at {:#x}>",
            self.kind, self as *const IterObj as usize
        )
    }
    fn hash(&self) -> Option<i64> {
        Some((self as *const IterObj as usize >> 4) as i64)
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

impl Interpreter {
    /// Starts iterating over `v` (`iter(v)`), or raises `TypeError: 'int' object is not iterable`.
    pub(crate) fn make_iter(&self, v: &Value) -> Result<PyIter> {
        Ok(match v {
            Value::List(l) => PyIter::List(l.clone(), 0),
            Value::Tuple(t) => PyIter::Tuple(t.clone(), 0),
            Value::Str(s) => PyIter::Str(s.clone(), 0),
            Value::Dict(d) => {
                let keys = d.borrow()?.keys().cloned().collect();
                Watched::Dict(d.clone()).iter(keys)?
            }
            Value::Set(s) => {
                let items = s.borrow()?.iter().cloned().collect();
                Watched::Set(s.clone()).iter(items)?
            }
            Value::FrozenSet(s) => PyIter::Items(s.iter().cloned().collect::<Vec<_>>().into_iter()),
            Value::Object(o) => {
                if let Some(r) = o.as_any().downcast_ref::<RangeObj>() {
                    PyIter::Range {
                        cur: r.start,
                        stop: r.stop,
                        step: r.step,
                    }
                } else if o.as_any().is::<IterObj>() {
                    let rc: Rc<dyn Any> = rc_any(o.clone());
                    match rc.downcast::<IterObj>() {
                        Ok(it) => PyIter::Obj(it),
                        Err(_) => return Err(not_iterable(v)),
                    }
                } else if let Some(inst) = o.as_any().downcast_ref::<super::class::Instance>() {
                    return self.instance_iter(v, inst);
                } else if let Some(view) =
                    o.as_any().downcast_ref::<crate::methods::dict::DictView>()
                {
                    Watched::Dict(view.dict.clone()).iter(view.items())?
                } else if let Some(it) = native_iterator(v) {
                    it
                } else {
                    match o.iterate() {
                        Some(items) => PyIter::Items(items?.into_iter()),
                        None => return Err(not_iterable(v)),
                    }
                }
            }
            _ => return Err(not_iterable(v)),
        })
    }

    /// `iter(obj)` for a program class's instance: its `__iter__`'s result, or the
    /// instance itself stepped by `__next__` when `__iter__` returns `self`; a class with
    /// only `__getitem__` is indexed from 0 until `IndexError`, as CPython does.
    fn instance_iter(&self, v: &Value, inst: &super::class::Instance) -> Result<PyIter> {
        if inst.class.lookup("__iter__").is_none() {
            if inst.class.lookup("__getitem__").is_some() {
                return Ok(PyIter::Dunder(v.clone(), Some(0)));
            }
            return Err(not_iterable(v));
        }
        let it = match inst.call_special("__iter__", vec![]) {
            Some(r) => r?,
            None => return Err(not_iterable(v)),
        };
        match it.downcast::<super::class::Instance>() {
            Some(i) if i.class.lookup("__next__").is_some() => Ok(PyIter::Dunder(it.clone(), None)),
            Some(_) => Err(Error::type_error(format!(
                "iter() returned non-iterator of type '{}'",
                it.type_name()
            ))),
            None => self.make_iter(&it),
        }
    }

    /// Every item of an iterable, within the memory budget.
    pub(crate) fn collect(&self, v: &Value) -> Result<Vec<Value>> {
        match v {
            Value::List(l) => return Ok(l.borrow()?.clone()),
            Value::Tuple(t) => return Ok(t.to_vec()),
            _ => {}
        }
        let mut it = self.make_iter(v)?;
        let mut out = Vec::new();
        while let Some(x) = it.next(self)? {
            out.push(x);
            if out.len() > self.config.max_collection_len {
                return Err(crate::exceptions::memory_error());
            }
        }
        Ok(out)
    }
}

/// A native class's iterator (`csv.reader`, `io.StringIO`): stepped lazily by its
/// `__next__` method, which ends with `StopIteration`.
fn native_iterator(v: &Value) -> Option<PyIter> {
    let inst = v.downcast::<crate::native::NativeInstance>()?;
    let next = inst.class.find_method("__next__")?.clone();
    let this = v.clone();
    let step = move |interp: &Interpreter| match next(interp, &this, crate::Args::new(vec![])) {
        Ok(x) => Ok(Some(x)),
        Err(e) if e.exc_type == "StopIteration" => Ok(None),
        Err(e) => Err(e),
    };
    Some(PyIter::Obj(Rc::new(IterObj {
        kind: "iterator",
        state: RefCell::new(IterState::Adapter(Box::new(
            super::adapters::Adapter::Native(Box::new(step)),
        ))),
    })))
}

/// Upcasts an object to `Rc<dyn Any>` so it can be downcast to its concrete `Rc<T>`.
pub(crate) fn rc_any(o: Rc<dyn Object>) -> Rc<dyn Any> {
    o
}

pub(crate) fn not_iterable(v: &Value) -> Error {
    Error::type_error(format!("'{}' object is not iterable", v.type_name()))
}
