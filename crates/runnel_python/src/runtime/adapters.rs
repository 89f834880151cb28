//! Lazy iterator adapters: `iter()`, `map()`, `filter()`, `zip()`, `enumerate()`. Like
//! CPython's, they pull one item at a time, so side effects interleave the same way.

use super::iter::PyIter;
use crate::{Args, Interpreter};
use runnel_core::{Result, Value};

pub(crate) enum Adapter {
    Plain(PyIter),
    Map(Value, Vec<PyIter>),
    /// `filter(None, it)` keeps truthy items.
    Filter(Value, PyIter),
    Zip(Vec<PyIter>),
    /// The next count (an int of any size) and the iterator.
    Enumerate(Value, PyIter),
    /// A native module's lazy iterator (`itertools`): the next item from a closure.
    Native(NativeNext),
}

/// The step function of an [`Adapter::Native`] iterator.
pub(crate) type NativeNext = Box<dyn FnMut(&Interpreter) -> Result<Option<Value>>>;

impl Adapter {
    /// The next item, or `None` at the end.
    pub fn next(&mut self, interp: &Interpreter) -> Result<Option<Value>> {
        match self {
            Adapter::Plain(it) => it.next(interp),
            Adapter::Map(f, its) => match next_row(interp, its)? {
                Some(row) => interp.call_value(f, Args::new(row)).map(Some),
                None => Ok(None),
            },
            Adapter::Filter(f, it) => {
                while let Some(v) = it.next(interp)? {
                    interp.tick()?;
                    let keep = match &*f {
                        Value::None => interp.truth(&v)?,
                        f => {
                            let r = interp.call_value(f, Args::new(vec![v.clone()]))?;
                            interp.truth(&r)?
                        }
                    };
                    if keep {
                        return Ok(Some(v));
                    }
                }
                Ok(None)
            }
            Adapter::Zip(its) => Ok(next_row(interp, its)?.map(Value::tuple)),
            Adapter::Native(f) => f(interp),
            Adapter::Enumerate(i, it) => match it.next(interp)? {
                Some(v) => {
                    let next = super::ops::binop(super::ops::Op::Add, i, &Value::Int(1), 0)?;
                    let pair = Value::pair(std::mem::replace(i, next), v);
                    Ok(Some(pair))
                }
                None => Ok(None),
            },
        }
    }
}

/// One item from each iterator, or `None` when any is exhausted (and zero iterators
/// give nothing).
fn next_row(interp: &Interpreter, its: &mut [PyIter]) -> Result<Option<Vec<Value>>> {
    if its.is_empty() {
        return Ok(None);
    }
    let mut row = Vec::with_capacity(its.len());
    for it in its.iter_mut() {
        match it.next(interp)? {
            Some(v) => row.push(v),
            None => return Ok(None),
        }
    }
    Ok(Some(row))
}
