//! Argument conversions the standard modules share, with CPython's error wording.

use crate::runtime::iter::RangeObj;
use crate::Args;
use runnel_core::{Error, Result, Value};

/// A real number (`int`, `bool` or `float`) as `f64`.
/// (`_what` names the caller; CPython's `PyFloat_AsDouble` message names none.) An int
/// beyond 64 bits converts, or raises CPython's `OverflowError`.
pub(crate) fn float(v: &Value, _what: &str) -> Result<f64> {
    match v {
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(*b as i64 as f64),
        Value::Float(x) => Ok(*x),
        other if runnel_core::value::is_big(other) => {
            runnel_core::value::big_to_f64(&runnel_core::value::as_big(other).unwrap_or_default())
        }
        other if crate::runtime::builtin_base::base_of(other).is_some() => {
            float(&crate::runtime::builtin_base::plain(other), _what)
        }
        other => Err(Error::type_error(format!(
            "must be real number, not {}",
            other.type_name()
        ))),
    }
}

/// An integer (`int` or `bool`), as `operator.index` accepts it.
pub(crate) fn index(v: &Value) -> Result<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        _ if crate::runtime::builtin_base::base_of(v).is_some() => {
            index(&crate::runtime::builtin_base::plain(v))
        }
        other => Err(Error::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            other.type_name()
        ))),
    }
}

/// Parameter `name` at position `idx` as a float, or `default` when absent.
pub(crate) fn float_or(args: &mut Args, idx: usize, name: &str, default: f64) -> Result<f64> {
    match args.take(idx, name) {
        Some(v) => float(&v, name),
        None => Ok(default),
    }
}

/// Required parameter `name` at position `idx` as a float.
pub(crate) fn float_req(args: &mut Args, idx: usize, name: &str, func: &str) -> Result<f64> {
    let v = args.require(idx, name, func)?;
    float(&v, name)
}

/// The length of a sequence (`list`, `tuple`, `str`, `range`), or `None` for other values.
pub(crate) fn seq_len(v: &Value) -> Result<Option<usize>> {
    Ok(Some(match v {
        Value::List(l) => l.borrow()?.len(),
        Value::Tuple(t) => t.len(),
        Value::Str(s) => s.chars().count(),
        Value::Object(o) => match o.as_any().downcast_ref::<RangeObj>() {
            Some(r) => r.len(),
            None => return Ok(None),
        },
        _ => return Ok(None),
    }))
}

/// `seq[i]` for a valid index `i` of a sequence [`seq_len`] accepts.
pub(crate) fn seq_get(v: &Value, i: usize) -> Result<Value> {
    crate::runtime::subscript::get_item(v, &Value::Int(i as i64))
}

/// Rejects extra positional or unknown keyword arguments.
pub(crate) fn done(a: &Args, func: &str, max: usize) -> Result<()> {
    a.finish(func)?;
    if a.positional.len() > max {
        return Err(Error::type_error(format!(
            "{func}() takes at most {max} positional arguments ({} given)",
            a.positional.len()
        )));
    }
    Ok(())
}
