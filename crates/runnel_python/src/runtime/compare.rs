//! Comparisons, identity and membership.

use super::iter::RangeObj;
use crate::Interpreter;
use runnel_core::value::CmpOp;
use runnel_core::{Error, Result, Value};

/// A comparison operator.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Cmp {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    Is,
    IsNot,
    In,
    NotIn,
}

impl Cmp {
    /// The core's operator for the ordering and equality comparisons.
    fn core(self) -> Option<CmpOp> {
        Some(match self {
            Cmp::Eq => CmpOp::Eq,
            Cmp::Ne => CmpOp::Ne,
            Cmp::Lt => CmpOp::Lt,
            Cmp::Le => CmpOp::Le,
            Cmp::Gt => CmpOp::Gt,
            Cmp::Ge => CmpOp::Ge,
            _ => return None,
        })
    }
}

/// Python's `a == b`.
#[inline]
pub(crate) fn eq(a: &Value, b: &Value) -> bool {
    a.py_eq(b)
}

/// `x is y or x == y`, as CPython compares a container's items (`in`, `index`,
/// `count`, `remove`), raising what an `__eq__` raises.
pub(crate) fn item_eq(x: &Value, y: &Value) -> Result<bool> {
    if runnel_core::value::same_object(x, y) {
        return Ok(true);
    }
    x.py_eq_checked(y)
}

/// The index of the first item that is `x` or equals it.
pub(crate) fn position(items: &[Value], x: &Value) -> Result<Option<usize>> {
    for (i, item) in items.iter().enumerate() {
        if item_eq(item, x)? {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

/// How many items are `x` or equal it.
pub(crate) fn count(items: &[Value], x: &Value) -> Result<i64> {
    let mut n = 0;
    for item in items {
        n += item_eq(item, x)? as i64;
    }
    Ok(n)
}

/// `a is b`: identity for shared objects, equality for small immutable values.
pub(crate) fn is(a: &Value, b: &Value) -> bool {
    use std::rc::Rc;
    match (a, b) {
        (Value::None, Value::None) => true,
        (Value::Bool(x), Value::Bool(y)) => x == y,
        (Value::Int(x), Value::Int(y)) => x == y,
        (Value::Float(x), Value::Float(y)) => x.to_bits() == y.to_bits(),
        (Value::Str(x), Value::Str(y)) => Rc::ptr_eq(x, y) || (x.len() <= 1 && x == y),
        (Value::Tuple(x), Value::Tuple(y)) => Rc::ptr_eq(x, y) || (x.is_empty() && y.is_empty()),
        (Value::List(x), Value::List(y)) => Rc::ptr_eq(x, y),
        (Value::Dict(x), Value::Dict(y)) => Rc::ptr_eq(x, y),
        (Value::Set(x), Value::Set(y)) => Rc::ptr_eq(x, y),
        (Value::FrozenSet(x), Value::FrozenSet(y)) => Rc::ptr_eq(x, y),
        (Value::Object(x), Value::Object(y)) => {
            // A program's instances are the same object only by identity (their `__eq__`
            // says nothing about `is`).
            let own =
                |o: &Rc<dyn runnel_core::value::Object>| o.as_any().is::<super::class::Instance>();
            std::ptr::addr_eq(Rc::as_ptr(x), Rc::as_ptr(y)) || (!own(x) && !own(y) && a.py_eq(b))
        }
        _ => false,
    }
}

/// `a < b` and friends (ordering only).
pub(crate) fn order(op: Cmp, a: &Value, b: &Value) -> Result<bool> {
    if let Some(r) = counters(op, a, b) {
        return r;
    }
    match op.core() {
        Some(c) => a.py_compare(c, b),
        None => Ok(false),
    }
}

/// `a < b`, as `sorted`/`min`/`max` use it.
pub(crate) fn less(a: &Value, b: &Value) -> Result<bool> {
    if let (Value::Int(x), Value::Int(y)) = (a, b) {
        return Ok(x < y);
    }
    a.py_lt(b)
}

/// `a OP b` of two Counters (they compare as multisets, not as dicts).
fn counters(op: Cmp, a: &Value, b: &Value) -> Option<Result<bool>> {
    match (a, b) {
        (Value::Dict(_), Value::Dict(_)) => {
            crate::modules::collections::counter_compare(op.core()?, a, b)
        }
        _ => None,
    }
}

/// Applies one comparison operator.
#[inline]
pub(crate) fn compare(interp: &Interpreter, op: Cmp, a: &Value, b: &Value) -> Result<bool> {
    if let (Value::Int(x), Value::Int(y)) = (a, b) {
        match op {
            Cmp::Eq | Cmp::Is => return Ok(x == y),
            Cmp::Ne | Cmp::IsNot => return Ok(x != y),
            Cmp::Lt => return Ok(x < y),
            Cmp::Le => return Ok(x <= y),
            Cmp::Gt => return Ok(x > y),
            Cmp::Ge => return Ok(x >= y),
            _ => {}
        }
    }
    if let (Cmp::Eq | Cmp::Ne, Value::Dict(_), Value::Dict(_)) = (op, a, b) {
        if let Some(r) = counters(op, a, b) {
            return r;
        }
    }
    match op {
        Cmp::Eq => a.py_eq_checked(b),
        Cmp::Ne => order(op, a, b),
        Cmp::Is => Ok(is(a, b)),
        Cmp::IsNot => Ok(!is(a, b)),
        Cmp::In => contains(interp, b, a),
        Cmp::NotIn => contains(interp, b, a).map(|r| !r),
        _ => order(op, a, b),
    }
}

/// `item in container`.
pub(crate) fn contains(interp: &Interpreter, container: &Value, item: &Value) -> Result<bool> {
    match container {
        Value::Str(s) => match item {
            Value::Str(sub) => Ok(s.contains(&**sub)),
            _ if crate::runtime::builtin_base::base_of(item).is_some() => contains(
                interp,
                container,
                &crate::runtime::builtin_base::plain(item),
            ),
            _ => Err(Error::type_error(format!(
                "'in <string>' requires string as left operand, not {}",
                item.type_name()
            ))),
        },
        Value::List(l) => Ok(position(&l.borrow()?, item)?.is_some()),
        Value::Tuple(t) => Ok(position(t, item)?.is_some()),
        Value::Dict(d) => Ok(d.borrow()?.get(item)?.is_some()),
        Value::Set(s) => Ok(s.borrow()?.contains(&crate::methods::set::as_key(item)?)?),
        Value::FrozenSet(s) => Ok(s.contains(&crate::methods::set::as_key(item)?)?),
        Value::Object(o) => {
            if let Some(g) = o
                .as_any()
                .downcast_ref::<crate::builtins::globals::GlobalsView>()
            {
                return g.contains(item);
            }
            if let Some(d) = o
                .as_any()
                .downcast_ref::<super::instance_dict::InstanceDict>()
            {
                return Ok(d.contains(item));
            }
            if let Some(r) = o.as_any().downcast_ref::<RangeObj>() {
                if let Value::Int(i) = item {
                    let (i, start, step) = (*i as i128, r.start as i128, r.step as i128);
                    let in_bounds = if step > 0 {
                        i >= start && i < r.stop as i128
                    } else {
                        i <= start && i > r.stop as i128
                    };
                    return Ok(in_bounds && (i - start) % step == 0);
                }
            }
            if let Some(b) = super::bytes::bytes_of(container) {
                return bytes_contains(&b, item);
            }
            let iterable = match o.as_any().downcast_ref::<super::class::Instance>() {
                Some(inst) => {
                    if let Some(r) = inst.call_special("__contains__", vec![item.clone()]) {
                        return r.map(|v| v.truthy());
                    }
                    inst.class.lookup("__iter__").is_some()
                        || inst.class.lookup("__getitem__").is_some()
                }
                None => o.as_any().is::<super::iter::IterObj>() || o.iterate().is_some(),
            };
            if !iterable {
                return Err(Error::type_error(format!(
                    "argument of type '{}' is not iterable",
                    container.type_name()
                )));
            }
            // Stepped, as CPython stops at the first match (a generator is left there).
            let mut it = interp.make_iter(container)?;
            while let Some(x) = it.next(interp)? {
                if item_eq(&x, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => Err(Error::type_error(format!(
            "argument of type '{}' is not iterable",
            container.type_name()
        ))),
    }
}

/// `item in b` for bytes: a byte string is a substring, an int a byte value
/// (`_Py_bytes_contains`), anything else CPython's `TypeError`.
fn bytes_contains(b: &[u8], item: &Value) -> Result<bool> {
    if let Some(sub) = super::bytes::bytes_of(item) {
        return Ok(sub.is_empty() || b.windows(sub.len()).any(|w| w == sub.as_slice()));
    }
    let byte = match crate::runtime::builtin_base::plain(item) {
        Value::Int(i) => Some(i),
        Value::Bool(x) => Some(x as i64),
        v if runnel_core::value::is_big(&v) => Some(-1),
        _ => None,
    };
    match byte {
        Some(i) if (0..256).contains(&i) => Ok(b.contains(&(i as u8))),
        Some(_) => Err(Error::value_error("byte must be in range(0, 256)")),
        None => Err(Error::type_error(format!(
            "a bytes-like object is required, not '{}'",
            item.type_name()
        ))),
    }
}
