//! Python arguments to the Rust values PySpark's methods take.

use runnel_core::{Error, Result, Value};

/// A duration in seconds (`int` or `float`) as milliseconds: PySpark's
/// `Duration(int(seconds * 1000))`.
pub(crate) fn duration_ms(v: &Value, what: &str) -> Result<i64> {
    match v {
        Value::Int(s) => s
            .checked_mul(1000)
            .ok_or_else(|| Error::overflow(format!("{what} is too large"))),
        Value::Float(s) if s.is_finite() => Ok((s * 1000.0) as i64),
        Value::Bool(b) => Ok(*b as i64 * 1000),
        other => Err(Error::type_error(format!(
            "{what} must be a number of seconds, not '{}'",
            other.type_name()
        ))),
    }
}

/// An optional duration (`None` or absent: not given).
pub(crate) fn opt_duration_ms(v: Option<Value>, what: &str) -> Result<Option<i64>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => duration_ms(&v, what).map(Some),
    }
}

/// A whole number.
pub(crate) fn int(v: &Value, what: &str) -> Result<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        other => Err(Error::type_error(format!(
            "{what} must be an int, not '{}'",
            other.type_name()
        ))),
    }
}

/// A count (`numPartitions`, `num`): a non-negative int.
pub(crate) fn count(v: &Value, what: &str) -> Result<usize> {
    let i = int(v, what)?;
    usize::try_from(i)
        .map_err(|_| Error::value_error(format!("{what} must not be negative, got {i}")))
}

/// An optional partition count (`None` or absent: the default). A shuffle's negative
/// `numPartitions` is one of no partitions, as Spark's JVM makes it (its partitioner takes
/// any int, and `Array.tabulate` of a negative size is empty).
pub(crate) fn opt_count(v: Option<Value>, what: &str) -> Result<Option<usize>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) if what == "numPartitions" => {
            Ok(Some(usize::try_from(int(&v, what)?).unwrap_or(0)))
        }
        Some(v) => count(&v, what).map(Some),
    }
}

/// A truth value with Python's rules.
pub(crate) fn truthy(v: Option<Value>, default: bool) -> bool {
    v.map_or(default, |v| v.truthy())
}

/// A string argument.
pub(crate) fn string(v: &Value, what: &str) -> Result<String> {
    match v {
        Value::Str(s) => Ok(s.to_string()),
        other => Err(Error::type_error(format!(
            "{what} must be a str, not '{}'",
            other.type_name()
        ))),
    }
}

/// `None` or absent as Rust's `None`.
pub(crate) fn given(v: Option<Value>) -> Option<Value> {
    v.filter(|v| !matches!(v, Value::None))
}
