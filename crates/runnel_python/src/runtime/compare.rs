//! Comparisons, identity and membership.

use super::iter::RangeObj;
use crate::Interpreter;
use runnel_core::{Error, Result, Value};
use std::cmp::Ordering;

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
    fn symbol(self) -> &'static str {
        match self {
            Cmp::Lt => "<",
            Cmp::Le => "<=",
            Cmp::Gt => ">",
            Cmp::Ge => ">=",
            _ => "==",
        }
    }
}

/// Python's `a == b`.
pub(crate) fn eq(a: &Value, b: &Value) -> bool {
    // TODO(core): runnel_core's `py_eq` does not compare dicts and sets yet.
    match (a, b) {
        (Value::Dict(x), Value::Dict(y)) => match (x.borrow(), y.borrow()) {
            (Ok(x), Ok(y)) => {
                x.len() == y.len()
                    && x.iter()
                        .all(|(k, v)| matches!(y.get(k), Ok(Some(w)) if eq(v, w)))
            }
            _ => false,
        },
        (Value::Set(_) | Value::FrozenSet(_), Value::Set(_) | Value::FrozenSet(_)) => {
            crate::methods::set::set_eq(a, b).unwrap_or(false)
        }
        (Value::List(x), Value::List(y)) => match (x.borrow(), y.borrow()) {
            (Ok(x), Ok(y)) => x.len() == y.len() && x.iter().zip(y.iter()).all(|(p, q)| eq(p, q)),
            _ => false,
        },
        (Value::Tuple(x), Value::Tuple(y)) => {
            x.len() == y.len() && x.iter().zip(y.iter()).all(|(p, q)| eq(p, q))
        }
        (Value::Object(x), Value::Object(y)) => {
            if let (Some(p), Some(q)) = (
                x.as_any().downcast_ref::<RangeObj>(),
                y.as_any().downcast_ref::<RangeObj>(),
            ) {
                return p.len() == q.len()
                    && (p.len() == 0
                        || (p.start == q.start && (p.len() == 1 || p.step == q.step)));
            }
            a.py_eq(b)
        }
        _ => a.py_eq(b),
    }
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
            std::ptr::addr_eq(Rc::as_ptr(x), Rc::as_ptr(y)) || a.py_eq(b)
        }
        _ => false,
    }
}

/// `a < b` and friends (ordering only).
pub(crate) fn order(op: Cmp, a: &Value, b: &Value) -> Result<bool> {
    if let (Value::Float(x), Value::Float(y)) = (a, b) {
        return Ok(float_cmp(op, *x, *y));
    }
    if matches!(a, Value::Float(_)) || matches!(b, Value::Float(_)) {
        if let (Some(x), Some(y)) = (as_f64(a), as_f64(b)) {
            return Ok(float_cmp(op, x, y));
        }
    }
    let ord = match (a, b) {
        (Value::Set(_) | Value::FrozenSet(_), Value::Set(_) | Value::FrozenSet(_)) => {
            return crate::methods::set::set_order(op, a, b);
        }
        (Value::List(x), Value::List(y)) => seq_cmp(&x.borrow()?, &y.borrow()?, op)?,
        (Value::Tuple(x), Value::Tuple(y)) => seq_cmp(x, y, op)?,
        _ => a.py_cmp(b).map_err(|_| {
            Error::type_error(format!(
                "'{}' not supported between instances of '{}' and '{}'",
                op.symbol(),
                a.type_name(),
                b.type_name()
            ))
        })?,
    };
    Ok(match op {
        Cmp::Lt => ord == Ordering::Less,
        Cmp::Le => ord != Ordering::Greater,
        Cmp::Gt => ord == Ordering::Greater,
        _ => ord != Ordering::Less,
    })
}

fn as_f64(v: &Value) -> Option<f64> {
    match v {
        Value::Int(i) => Some(*i as f64),
        Value::Bool(b) => Some(*b as i64 as f64),
        Value::Float(x) => Some(*x),
        _ => None,
    }
}

fn float_cmp(op: Cmp, x: f64, y: f64) -> bool {
    match op {
        Cmp::Lt => x < y,
        Cmp::Le => x <= y,
        Cmp::Gt => x > y,
        _ => x >= y,
    }
}

/// Lexicographic comparison where the first unequal pair decides with `op`'s error text.
fn seq_cmp(a: &[Value], b: &[Value], op: Cmp) -> Result<Ordering> {
    for (x, y) in a.iter().zip(b.iter()) {
        if !eq(x, y) {
            return if order(Cmp::Lt, x, y).map_err(|e| retag(e, op))? {
                Ok(Ordering::Less)
            } else {
                Ok(Ordering::Greater)
            };
        }
    }
    Ok(a.len().cmp(&b.len()))
}

fn retag(e: Error, op: Cmp) -> Error {
    Error {
        message: e.message.replacen("'<'", &format!("'{}'", op.symbol()), 1),
        ..e
    }
}

/// Total order used by `sorted`/`min`/`max`: `a < b`.
pub(crate) fn less(a: &Value, b: &Value) -> Result<bool> {
    if let (Value::Int(x), Value::Int(y)) = (a, b) {
        return Ok(x < y);
    }
    order(Cmp::Lt, a, b)
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
    match op {
        Cmp::Eq => Ok(eq(a, b)),
        Cmp::Ne => Ok(!eq(a, b)),
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
            _ => Err(Error::type_error(format!(
                "'in <string>' requires string as left operand, not {}",
                item.type_name()
            ))),
        },
        Value::List(l) => Ok(l.borrow()?.iter().any(|x| eq(x, item))),
        Value::Tuple(t) => Ok(t.iter().any(|x| eq(x, item))),
        Value::Dict(d) => Ok(d.borrow()?.get(item)?.is_some()),
        Value::Set(s) => Ok(s.borrow()?.contains(item)?),
        Value::FrozenSet(s) => Ok(s.contains(item)?),
        Value::Object(o) => {
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
            if o.iterate().is_none() && o.as_any().downcast_ref::<super::iter::IterObj>().is_none()
            {
                return Err(Error::type_error(format!(
                    "argument of type '{}' is not iterable",
                    container.type_name()
                )));
            }
            Ok(interp.collect(container)?.iter().any(|x| eq(x, item)))
        }
        _ => Err(Error::type_error(format!(
            "argument of type '{}' is not iterable",
            container.type_name()
        ))),
    }
}
