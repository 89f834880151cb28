//! Truth testing as CPython's `PyObject_IsTrue`: an instance's `__bool__` must return a
//! `bool`, without one its `__len__` must return a non-negative int, and an exception
//! raised inside either propagates (`if`, `while`, `not`, `and`/`or`, `bool()`,
//! `filter`, `any`/`all`, comprehension conditions, `assert`). Values of built-in types
//! answer by `Value::truthy`, which cannot fail.

use super::builtin_base::own_method;
use super::class::Instance;
use super::frame::{ExprFn, Frame};
use crate::{Args, Interpreter};
use runnel_core::{Error, Result, Value};

impl Interpreter {
    /// Whether `v` is true, as `bool(v)`.
    #[inline]
    pub(crate) fn truth(&self, v: &Value) -> Result<bool> {
        match v {
            Value::Bool(b) => Ok(*b),
            Value::Object(o) => match o.as_any().downcast_ref::<Instance>() {
                Some(inst) => self.instance_truth(inst, v),
                None => Ok(v.truthy()),
            },
            _ => Ok(v.truthy()),
        }
    }

    fn instance_truth(&self, inst: &Instance, me: &Value) -> Result<bool> {
        let base = inst.base.borrow().clone();
        let derived = base.is_some();
        if let Some(b) = base {
            // A class deriving from a built-in type: a number's own `__bool__` or a
            // container's length decides unless the program defines them.
            let number = matches!(b, Value::Int(_) | Value::Float(_) | Value::Bool(_))
                || b.type_name() == "int";
            if !own_method(me, "__bool__") && (number || !own_method(me, "__len__")) {
                return Ok(b.truthy());
            }
        }
        let own_bool = !derived || own_method(me, "__bool__");
        if let Some(f) = inst.class.lookup("__bool__").filter(|_| own_bool) {
            return match self.call_nested(&f, Args::new(vec![me.clone()]))? {
                Value::Bool(b) => Ok(b),
                other => Err(Error::new(
                    "TypeError",
                    format!(
                        "__bool__ should return bool, returned {}",
                        other.type_name()
                    ),
                )),
            };
        }
        let Some(f) = inst.class.lookup("__len__") else {
            return Ok(true);
        };
        match self.call_nested(&f, Args::new(vec![me.clone()]))? {
            Value::Bool(b) => Ok(b),
            Value::Int(n) if n < 0 => Err(Error::new("ValueError", "__len__() should return >= 0")),
            Value::Int(n) => Ok(n != 0),
            other if other.type_name() == "int" => Err(if other.repr().starts_with('-') {
                Error::new("ValueError", "__len__() should return >= 0")
            } else {
                Error::new(
                    "OverflowError",
                    "cannot fit 'int' into an index-sized integer",
                )
            }),
            other => Err(Error::new(
                "TypeError",
                format!(
                    "'{}' object cannot be interpreted as an integer",
                    other.type_name()
                ),
            )),
        }
    }
}

/// Evaluates a compiled test and tells whether it is true. Out of line, so that the
/// closures of `if`, `x if c else y` and `while`, which recursive functions nest, keep
/// small frames.
#[inline(never)]
pub(crate) fn test(f: &mut Frame, t: &ExprFn) -> Result<bool> {
    let v = t(f)?;
    f.interp.truth(&v)
}
