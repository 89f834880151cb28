//! Binary and unary operators: `runnel_core`'s `Value::binop` with an int fast path and
//! the memory budget checked before large sequences or strings are built.

use crate::exceptions::memory_error;
use runnel_core::{Result, Value};

/// Every binary operator of the language (the core's).
pub(crate) use runnel_core::value::BinOp as Op;

/// `a OP b`.
#[inline]
pub(crate) fn binop(op: Op, a: &Value, b: &Value, max_len: usize) -> Result<Value> {
    if let (Value::Int(x), Value::Int(y)) = (a, b) {
        let r = match op {
            Op::Add => x.checked_add(*y),
            Op::Sub => x.checked_sub(*y),
            Op::Mul => x.checked_mul(*y),
            _ => None,
        };
        if let Some(r) = r {
            return Ok(Value::Int(r));
        }
    }
    if let (Value::Dict(_), Value::Dict(_)) = (a, b) {
        if let Some(r) = crate::modules::collections::counter_binop(op, a, b) {
            return r;
        }
    }
    if let Some(n) = sequence_result_len(op, a, b) {
        // The memory budget applies before the core builds a large sequence.
        check_len(n, max_len)?;
    }
    // String concatenation, the common case, without the generic path's detours.
    if let (Op::Add, Value::Str(x), Value::Str(y)) = (op, a, b) {
        let mut s = String::with_capacity(x.len() + y.len());
        s.push_str(x);
        s.push_str(y);
        return Ok(Value::str(&s));
    }
    if let (Op::Mod, Value::Str(_)) = (op, a) {
        crate::runtime::guard::check_printable(b)?;
        if let Some(b) = numbers_of_subclasses(b) {
            return a.binop(op, &b);
        }
    }
    a.binop(op, b)
}

/// The arguments of `text % args` with instances of int and float subclasses as their
/// numbers (`%d` of `class Count(int)`, as CPython formats it); `None` when there are none.
/// A class with its own `__str__`/`__repr__` keeps its instance (`%s` calls them).
fn numbers_of_subclasses(args: &Value) -> Option<Value> {
    let number = |v: &Value| {
        let inst = v.downcast::<super::class::Instance>()?;
        let class = &inst.class;
        let own_text = ["__str__", "__repr__"].iter().any(|m| {
            class.dict.borrow().contains_key(*m)
                || class.mro.iter().any(|c| c.dict.borrow().contains_key(*m))
        });
        match crate::runtime::builtin_base::base_of(v)? {
            n @ (Value::Int(_) | Value::Float(_)) if !own_text => Some(n),
            Value::Object(o)
                if !own_text && runnel_core::value::is_big(&Value::Object(o.clone())) =>
            {
                Some(Value::Object(o))
            }
            _ => None,
        }
    };
    if let Some(map @ Value::Dict(_)) = crate::runtime::builtin_base::base_of(args) {
        // `"%(n)d" % Table(n=Count(1))`: the mapping's dict, its numbers plain.
        return Some(numbers_of_subclasses(&map).unwrap_or(map));
    }
    match args {
        Value::Dict(d) => {
            let d = d.borrow().ok()?;
            if !d.iter().any(|(_, v)| number(v).is_some()) {
                return None;
            }
            let mut out = runnel_core::value::PyDict::new();
            for (k, v) in d.iter() {
                out.insert(k.clone(), number(v).unwrap_or_else(|| v.clone()))
                    .ok()?;
            }
            Some(Value::dict(out))
        }
        Value::Tuple(items) => {
            if !items.iter().any(|v| number(v).is_some()) {
                return None;
            }
            let items: Vec<Value> = items
                .iter()
                .map(|v| number(v).unwrap_or_else(|| v.clone()))
                .collect();
            Some(Value::tuple(items))
        }
        other => number(other),
    }
}

/// The length of `a + b` or `a * n` for sequences, before building it.
fn sequence_result_len(op: Op, a: &Value, b: &Value) -> Option<usize> {
    let len = |v: &Value| match v {
        Value::Str(s) => Some(s.len()),
        Value::Tuple(t) => Some(t.len()),
        Value::List(l) => l.borrow().ok().map(|l| l.len()),
        _ => None,
    };
    let int = |v: &Value| match v {
        Value::Int(i) => Some(*i),
        Value::Bool(b) => Some(*b as i64),
        _ => None,
    };
    match op {
        Op::Add => Some(len(a)?.saturating_add(len(b)?)),
        Op::Mul => match (len(a), len(b)) {
            (Some(n), None) => Some(n.saturating_mul(int(b)?.max(0) as usize)),
            (None, Some(n)) => Some(n.saturating_mul(int(a)?.max(0) as usize)),
            _ => None,
        },
        _ => None,
    }
}

pub(crate) fn check_len(n: usize, max: usize) -> Result<()> {
    if n > max {
        Err(memory_error())
    } else {
        Ok(())
    }
}
