//! Slice objects (`slice(1, 5, 2)`, and `a:b:c` where a class's `__getitem__`,
//! `__setitem__` or `__delitem__` receives it): `start`, `stop`, `step`, `indices()`.
//! Lists, tuples, strings and bytes subscripted by one slice as `x[a:b:c]` does.

use super::subscript::{slice_bound, Slice};
use crate::Args;
use runnel_core::value::Object;
use runnel_core::{Error, Result, Value};
use std::any::Any;

/// A slice object: its three bounds as given (any values, as in CPython).
pub(crate) struct SliceObj {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

impl SliceObj {
    pub fn value(start: Value, stop: Value, step: Value) -> Value {
        Value::object(SliceObj { start, stop, step })
    }

    /// The bounds as a sequence's subscript uses them (ints or `None`).
    pub fn to_slice(&self) -> Result<Slice> {
        Ok(Slice {
            lower: slice_bound(&self.start)?,
            upper: slice_bound(&self.stop)?,
            step: slice_bound(&self.step)?,
        })
    }

    fn parts(&self) -> [&Value; 3] {
        [&self.start, &self.stop, &self.step]
    }
}

impl Object for SliceObj {
    fn type_name(&self) -> &str {
        "slice"
    }
    fn repr(&self) -> String {
        let [a, b, c] = self.parts().map(|v| v.repr());
        format!("slice({a}, {b}, {c})")
    }
    /// Slices are unhashable in Python 3.11.
    fn hash(&self) -> Option<i64> {
        None
    }
    fn eq(&self, other: &dyn Object) -> Option<bool> {
        let o = other.as_any().downcast_ref::<SliceObj>()?;
        Some(
            self.parts()
                .iter()
                .zip(o.parts())
                .all(|(a, b)| super::compare::eq(a, b)),
        )
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// `slice(stop)`, `slice(start, stop[, step])`.
pub(crate) fn construct(args: Args) -> Result<Value> {
    args.finish("slice")?;
    let mut p = args.positional;
    match p.len() {
        0 => Err(Error::type_error(
            "slice expected at least 1 argument, got 0",
        )),
        1 => Ok(SliceObj::value(Value::None, p.remove(0), Value::None)),
        2 | 3 => {
            let step = if p.len() == 3 {
                p.remove(2)
            } else {
                Value::None
            };
            let stop = p.remove(1);
            Ok(SliceObj::value(p.remove(0), stop, step))
        }
        n => Err(Error::type_error(format!(
            "slice expected at most 3 arguments, got {n}"
        ))),
    }
}

/// `s.start`, `s.stop`, `s.step`, `s.indices(len)`.
pub(crate) fn attr(s: &SliceObj, name: &str) -> Option<Value> {
    let v = match name {
        "start" => s.start.clone(),
        "stop" => s.stop.clone(),
        "step" => s.step.clone(),
        "indices" => {
            let me = SliceObj {
                start: s.start.clone(),
                stop: s.stop.clone(),
                step: s.step.clone(),
            };
            crate::NativeFunction::new("indices", move |_, args: Args| {
                args.check_count("indices", 1, 1)?;
                let len = match &args.positional[0] {
                    Value::Int(n) if *n < 0 => {
                        return Err(Error::value_error("length should not be negative"))
                    }
                    Value::Int(n) => *n as usize,
                    other => {
                        return Err(Error::type_error(format!(
                            "'{}' object cannot be interpreted as an integer",
                            other.type_name()
                        )))
                    }
                };
                let (start, stop, step, _) = me.to_slice()?.indices(len)?;
                Ok(Value::tuple(vec![
                    Value::Int(start),
                    Value::Int(stop),
                    Value::Int(step),
                ]))
            })
        }
        _ => return None,
    };
    Some(v)
}

/// Whether `container[a:b]` hands the container a slice object (a program class's
/// instance, to its `__getitem__`...) rather than slicing it directly.
pub(crate) fn wants_object(container: &Value) -> bool {
    container.downcast::<super::class::Instance>().is_some()
}

/// The slice a key is, when it is a slice object.
pub(crate) fn as_slice(key: &Value) -> Option<Result<Slice>> {
    match key {
        Value::Object(o) => o.as_any().downcast_ref::<SliceObj>().map(|s| s.to_slice()),
        _ => None,
    }
}
