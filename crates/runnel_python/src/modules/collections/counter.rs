//! `collections.Counter`: counting, `most_common`, `elements`, `update`/`subtract`,
//! `total`, and the multiset operators `+ - | &`, as CPython's `collections/__init__.py`.

use super::Dict;
use crate::runtime::iter::IterObj;
use crate::runtime::ops::Op;
use crate::{Args, Interpreter};
use runnel_core::value::{DictKind, PyCell, PyDict, Shared};
use runnel_core::{Error, Result, Value};

fn get(d: &PyDict, k: &Value) -> Result<Value> {
    Ok(d.get(k)?.cloned().unwrap_or(Value::Int(0)))
}

/// Adds (`sign` +1) or subtracts (-1) counts from an iterable or a mapping.
fn count_in(interp: &Interpreter, d: &Dict, src: &Value, op: Op) -> Result<()> {
    let pairs: Vec<(Value, Value)> = match src {
        Value::Dict(o) => o
            .borrow()?
            .iter()
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect(),
        _ => interp
            .collect(src)?
            .into_iter()
            .map(|k| (k, Value::Int(1)))
            .collect(),
    };
    let mut d = d.borrow_mut()?;
    for (k, n) in pairs {
        let cur = get(&d, &k)?;
        let new = crate::runtime::ops::binop(op, &cur, &n, interp.config.max_collection_len)?;
        d.insert(k, new)?;
    }
    if d.len() > interp.config.max_collection_len {
        return Err(crate::exceptions::memory_error());
    }
    Ok(())
}

fn update(interp: &Interpreter, d: &Dict, args: &mut Args, op: Op, func: &str) -> Result<Value> {
    if args.positional.len() > 1 {
        return Err(Error::type_error(format!(
            "expected at most 1 argument, got {}",
            args.positional.len()
        )));
    }
    if let Some(src) = args.positional.pop() {
        count_in(interp, d, &src, op)?;
    }
    let kw = std::mem::take(&mut args.keywords);
    if !kw.is_empty() {
        let mut m = PyDict::new();
        for (k, v) in kw {
            m.insert(Value::str(&k), v)?;
        }
        count_in(interp, d, &Value::dict(m), op)?;
    }
    let _ = func;
    Ok(Value::None)
}

/// `Counter(iterable_or_mapping, **kwargs)`.
pub(super) fn construct(interp: &Interpreter, mut args: Args) -> Result<Value> {
    let d: Dict = Shared::new(PyCell::new(PyDict::of_kind(DictKind::Counter)));
    update(interp, &d, &mut args, Op::Add, "Counter")?;
    Ok(Value::Dict(d))
}

fn most_common(d: &Dict, args: &mut Args) -> Result<Value> {
    let n = match args.take(0, "n") {
        None | Some(Value::None) => None,
        Some(v) => Some(crate::modules::args::index(&v)?.max(0) as usize),
    };
    let d = d.borrow()?;
    let items = runnel_core::value::counter_order(&d);
    let take = n.unwrap_or(items.len());
    Ok(Value::list(
        items
            .into_iter()
            .take(take)
            .map(|(k, v)| Value::pair(k.clone(), v.clone()))
            .collect(),
    ))
}

fn elements(interp: &Interpreter, d: &Dict) -> Result<Value> {
    let mut out = Vec::new();
    for (k, v) in d.borrow()?.iter() {
        let n = match v {
            Value::Int(n) => *n,
            Value::Bool(b) => *b as i64,
            other => {
                return Err(Error::type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    other.type_name()
                )))
            }
        };
        for _ in 0..n.max(0) {
            out.push(k.clone());
        }
        crate::runtime::ops::check_len(out.len(), interp.config.max_collection_len)?;
    }
    Ok(IterObj::from_items("itertools.chain", out))
}

pub(super) fn method(
    interp: &Interpreter,
    d: &Dict,
    name: &str,
    args: &mut Args,
) -> Option<Result<Value>> {
    Some(match name {
        "most_common" => most_common(d, args),
        "elements" => elements(interp, d),
        "update" => update(interp, d, args, Op::Add, "update"),
        "subtract" => update(interp, d, args, Op::Sub, "subtract"),
        "total" => (|| {
            let mut t = Value::Int(0);
            for v in d.borrow()?.values() {
                t = crate::runtime::ops::binop(Op::Add, &t, v, usize::MAX)?;
            }
            Ok(t)
        })(),
        "copy" => d.borrow().map(|d| Value::dict(d.clone())),
        _ => return None,
    })
}

fn positive(v: &Value) -> Result<bool> {
    v.py_compare(runnel_core::value::CmpOp::Gt, &Value::Int(0))
}

/// `a OP b` for two Counters; keeps only positive counts, as CPython does.
pub(super) fn binop(op: Op, a: &Value, b: &Value) -> Option<Result<Value>> {
    let (Value::Dict(x), Value::Dict(y)) = (a, b) else {
        return None;
    };
    let is_counter = |d: &Dict| matches!(d.borrow().map(|d| d.kind.clone()), Ok(DictKind::Counter));
    if !is_counter(x) || !is_counter(y) || !matches!(op, Op::Add | Op::Sub | Op::BitOr | Op::BitAnd)
    {
        return None;
    }
    Some((|| {
        let (x, y) = (x.borrow()?, y.borrow()?);
        let mut out = PyDict::of_kind(DictKind::Counter);
        for (k, n) in x.iter() {
            let m = get(&y, k)?;
            let new = match op {
                Op::Add => n.binop(Op::Add, &m)?,
                Op::Sub => n.binop(Op::Sub, &m)?,
                Op::BitOr => {
                    if n.py_lt(&m)? {
                        m
                    } else {
                        n.clone()
                    }
                }
                _ => {
                    if n.py_lt(&m)? {
                        n.clone()
                    } else {
                        m
                    }
                }
            };
            if positive(&new)? {
                out.insert(k.clone(), new)?;
            }
        }
        if matches!(op, Op::Add | Op::Sub | Op::BitOr) {
            for (k, n) in y.iter() {
                if x.get(k)?.is_some() {
                    continue;
                }
                let new = if matches!(op, Op::Sub) {
                    Value::Int(0).binop(Op::Sub, n)?
                } else {
                    n.clone()
                };
                if positive(&new)? {
                    out.insert(k.clone(), new)?;
                }
            }
        }
        Ok(Value::dict(out))
    })())
}

/// `+c` (the positive counts) and `-c` (the negative counts, negated), as CPython's
/// `Counter.__pos__`/`__neg__`; `None` when `v` is no Counter.
pub(super) fn unary(negate: bool, v: &Value) -> Option<Result<Value>> {
    let Value::Dict(d) = v else { return None };
    if !matches!(d.borrow().ok()?.kind, DictKind::Counter) {
        return None;
    }
    Some((|| {
        let mut out = PyDict::of_kind(DictKind::Counter);
        for (k, n) in d.borrow()?.iter() {
            let n = if negate { n.neg()? } else { n.clone() };
            if positive(&n)? {
                out.insert(k.clone(), n)?;
            }
        }
        Ok(Value::dict(out))
    })())
}
