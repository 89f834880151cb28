//! `Counter`'s rich comparisons (3.10+): multiset equality and inclusion, a missing
//! element counting as 0. Only between two Counters; a Counter and a plain dict compare
//! as dicts (`==`) or not at all (`<`), as CPython's `NotImplemented` leads to.

use runnel_core::value::{CmpOp, DictKind, PyDict};
use runnel_core::{Result, Value};

fn is_counter(v: &Value) -> Option<bool> {
    match v {
        Value::Dict(d) => Some(matches!(d.borrow().ok()?.kind, DictKind::Counter)),
        _ => None,
    }
}

/// `all(a[e] OP b[e] for c in (a, b) for e in c)`.
fn all_counts(op: CmpOp, a: &PyDict, b: &PyDict) -> Result<bool> {
    let zero = Value::Int(0);
    for k in a.keys().chain(b.keys()) {
        let x = a.get(k)?.unwrap_or(&zero);
        let y = b.get(k)?.unwrap_or(&zero);
        if !x.py_compare(op, y)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `a OP b` when both are Counters; `None` otherwise.
pub(crate) fn compare(op: CmpOp, a: &Value, b: &Value) -> Option<Result<bool>> {
    if !(is_counter(a)? && is_counter(b)?) {
        return None;
    }
    let (Value::Dict(x), Value::Dict(y)) = (a, b) else {
        return None;
    };
    Some((|| {
        let (x, y) = (x.borrow()?, y.borrow()?);
        let eq = || all_counts(CmpOp::Eq, &x, &y);
        Ok(match op {
            CmpOp::Eq => eq()?,
            CmpOp::Ne => !eq()?,
            CmpOp::Le => all_counts(CmpOp::Le, &x, &y)?,
            CmpOp::Ge => all_counts(CmpOp::Ge, &x, &y)?,
            CmpOp::Lt => all_counts(CmpOp::Le, &x, &y)? && !eq()?,
            CmpOp::Gt => all_counts(CmpOp::Ge, &x, &y)? && !eq()?,
        })
    })())
}
