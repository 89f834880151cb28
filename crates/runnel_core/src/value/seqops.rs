//! Binary operators on containers: concatenation and repetition of `str`, `list` and
//! `tuple`, set algebra on `set`/`frozenset`, and `dict | dict`.

use super::{BinOp, PyDict, PySet, Value};
use crate::{Error, Result};

/// Sequences longer than this are refused, as CPython refuses what it cannot allocate
/// (2^32 items natively; half the address space on 32-bit wasm).
const MAX_LEN: usize = if usize::BITS > 32 {
    1 << 32
} else {
    usize::MAX / 2
};

/// `a + b` when `a` is a sequence: CPython's `sq_concat`, or `None` when `a` is not one.
pub(super) fn concat(a: &Value, b: &Value) -> Option<Result<Value>> {
    let r = match (a, b) {
        (Value::Str(x), Value::Str(y)) => Ok(Value::str(&format!("{x}{y}"))),
        (Value::Tuple(x), Value::Tuple(y)) => {
            Ok(Value::tuple(x.iter().chain(y.iter()).cloned().collect()))
        }
        (Value::List(x), Value::List(y)) => {
            let joined: Result<Vec<Value>> = (|| {
                Ok(x.borrow()?
                    .iter()
                    .chain(y.borrow()?.iter())
                    .cloned()
                    .collect())
            })();
            joined.map(Value::list)
        }
        (Value::Str(_) | Value::Tuple(_) | Value::List(_), other) => {
            Err(Error::type_error(format!(
                "can only concatenate {} (not \"{}\") to {}",
                a.type_name(),
                other.type_name(),
                a.type_name()
            )))
        }
        _ => return None,
    };
    Some(r)
}

/// `a * b` when either is a sequence (`'ab' * 3`, `3 * [0]`), or `None` when neither is.
pub(super) fn repeat(a: &Value, b: &Value) -> Option<Result<Value>> {
    let (seq, count) = if is_sequence(a) {
        (a, b)
    } else if is_sequence(b) {
        (b, a)
    } else {
        return None;
    };
    let n = match count {
        Value::Int(n) => *n,
        Value::Bool(b) => *b as i64,
        other => {
            return Some(Err(Error::type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                other.type_name()
            ))))
        }
    };
    Some(repeat_n(seq, usize::try_from(n).unwrap_or(0)))
}

fn is_sequence(v: &Value) -> bool {
    matches!(v, Value::Str(_) | Value::Tuple(_) | Value::List(_))
}

fn repeat_n(seq: &Value, n: usize) -> Result<Value> {
    let too_big = |len: usize| len.checked_mul(n).is_none_or(|total| total > MAX_LEN);
    match seq {
        Value::Str(s) if too_big(s.len()) => Err(Error::new("MemoryError", "")),
        Value::Str(s) => Ok(Value::str(&s.repeat(n))),
        Value::Tuple(t) if too_big(t.len()) => Err(Error::new("MemoryError", "")),
        Value::Tuple(t) => Ok(Value::tuple(repeat_items(t, n))),
        Value::List(l) => {
            let items = l.borrow()?;
            if too_big(items.len()) {
                return Err(Error::new("MemoryError", ""));
            }
            Ok(Value::list(repeat_items(&items, n)))
        }
        _ => Err(Error::type_error("not a sequence")),
    }
}

fn repeat_items(items: &[Value], n: usize) -> Vec<Value> {
    items
        .iter()
        .cycle()
        .take(items.len() * n)
        .cloned()
        .collect()
}

/// `a OP b` for sets (`& | ^ -`) and `dict | dict`, or `None` for other operands.
/// The result has the left operand's type, as in CPython (`frozenset | set` is a frozenset).
pub(super) fn set_binop(op: BinOp, a: &Value, b: &Value) -> Option<Result<Value>> {
    if let (Value::Dict(x), Value::Dict(y), BinOp::BitOr) = (a, b, op) {
        let (x, y) = (x.borrow().ok()?, y.borrow().ok()?);
        return Some(dict_union(&x, &y).map(Value::dict));
    }
    let result = with_set(a, |x| with_set(b, |y| set_algebra(op, x, y)))???;
    let frozen = matches!(a, Value::FrozenSet(_));
    Some(result.map(|s| {
        if frozen {
            Value::FrozenSet(s.into())
        } else {
            Value::set(s)
        }
    }))
}

fn set_algebra(op: BinOp, x: &PySet, y: &PySet) -> Option<Result<PySet>> {
    // `s | s` and `s & s` are a copy of `s` in CPython (`set_or`, `set_intersection`).
    if std::ptr::eq(x, y) && matches!(op, BinOp::BitOr | BinOp::BitAnd) {
        return Some(Ok(x.copy()));
    }
    Some(match op {
        BinOp::BitOr => x.union(y),
        BinOp::BitAnd => x.intersection(y),
        BinOp::Sub => x.difference(y),
        BinOp::BitXor => x.symmetric_difference(y),
        _ => return None,
    })
}

/// Runs `f` on the set inside a `set` or `frozenset` value.
pub(super) fn with_set<T>(v: &Value, f: impl FnOnce(&PySet) -> T) -> Option<T> {
    match v {
        Value::Set(s) => Some(f(&*s.borrow().ok()?)),
        Value::FrozenSet(s) => Some(f(s)),
        _ => None,
    }
}

fn dict_union(x: &PyDict, y: &PyDict) -> Result<PyDict> {
    let mut out = x.clone();
    for (k, v) in y.iter() {
        out.insert(k.clone(), v.clone())?;
    }
    Ok(out)
}
