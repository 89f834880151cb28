//! `dict.keys()` and `dict.items()` as sets (CPython's `dictviews_*`): `& | - ^` with any
//! iterable on either side give a `set`; `< <= == != >= >` compare with sets and other
//! views; `isdisjoint`. `dict.values()` is not set-like, as in CPython.

use super::dict::DictView;
use runnel_core::value::{BinOp, CmpOp, PySet};
use runnel_core::{Error, Result, Value};

/// Whether a view of this kind is set-like.
pub(crate) fn set_like(kind: &str) -> bool {
    matches!(kind, "dict_keys" | "dict_items")
}

/// The items of an iterable the core can walk without the interpreter, or `None`.
fn items_of(v: &Value) -> Option<Result<Vec<Value>>> {
    Some(Ok(match v {
        Value::Set(s) => s.borrow().ok()?.iter().cloned().collect(),
        Value::FrozenSet(s) => s.iter().cloned().collect(),
        Value::List(l) => l.borrow().ok()?.clone(),
        Value::Tuple(t) => t.to_vec(),
        Value::Dict(d) => d.borrow().ok()?.keys().cloned().collect(),
        Value::Str(s) => s.chars().map(|c| Value::str(&c.to_string())).collect(),
        Value::Object(o) => return o.iterate(),
        _ => return None,
    }))
}

fn set_of(items: Vec<Value>) -> Result<PySet> {
    let mut s = PySet::new();
    for v in items {
        s.insert(v)?;
    }
    Ok(s)
}

/// `left OP right` where one side is a set-like view: `set(left) OP set(right)`.
pub(crate) fn binop(op: BinOp, left: &Value, right: &Value) -> Option<Result<Value>> {
    if !matches!(
        op,
        BinOp::BitAnd | BinOp::BitOr | BinOp::Sub | BinOp::BitXor
    ) {
        return None;
    }
    let (l, r) = (items_of(left)?, items_of(right)?);
    Some((|| {
        let (l, r) = (set_of(l?)?, set_of(r?)?);
        let s = match op {
            BinOp::BitAnd => l.intersection(&r)?,
            BinOp::BitOr => l.union(&r)?,
            BinOp::Sub => l.difference(&r)?,
            // CPython's `dictviews_xor`: `set(left)`, toggled by each item of `right`.
            _ => r.symmetric_difference(&l)?,
        };
        Ok(Value::set(s))
    })())
}

/// `view OP other`: only sets and set-like views compare (else `NotImplemented`).
pub(crate) fn compare(view: &DictView, op: CmpOp, other: &Value) -> Option<Result<bool>> {
    let other_items = match other {
        Value::Set(_) | Value::FrozenSet(_) => items_of(other)?,
        Value::Object(o) => match o.as_any().downcast_ref::<DictView>() {
            Some(v) if set_like(v.kind) => Ok(v.items()),
            _ => return None,
        },
        _ => return None,
    };
    Some((|| {
        let a = set_of(view.items())?;
        let b = set_of(other_items?)?;
        Ok(match op {
            CmpOp::Eq => a.len() == b.len() && a.is_subset(&b),
            CmpOp::Ne => !(a.len() == b.len() && a.is_subset(&b)),
            CmpOp::Lt => a.len() < b.len() && a.is_subset(&b),
            CmpOp::Le => a.is_subset(&b),
            CmpOp::Gt => b.len() < a.len() && b.is_subset(&a),
            CmpOp::Ge => b.is_subset(&a),
        })
    })())
}

/// `view.isdisjoint(other)`.
pub(crate) fn isdisjoint(view: &DictView, other: &Value) -> Result<Value> {
    let other = items_of(other).unwrap_or_else(|| {
        Err(Error::new(
            "TypeError",
            format!("'{}' object is not iterable", other.type_name()),
        ))
    })?;
    let mine = set_of(view.items())?;
    for v in other {
        if mine.contains(&v)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}
