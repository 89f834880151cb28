//! `format(v, spec)` is runnel_core's `format_value` (and `%` formatting its
//! `Value::binop`); this adds what belongs to the interpreter: `datetime.__format__`
//! (strftime) and the guard against containers nested too deep to print.

mod complex;

use runnel_core::time::DateTime;
use runnel_core::{Result, Value};

/// Python's `format(v, spec)`.
pub(crate) fn format_value(v: &Value, spec: &str) -> Result<String> {
    if spec.is_empty() {
        // `format(x, "")` is `str(x)` unless the class has its own `__format__`.
        if let Some(r) = own_format(v, spec) {
            return r;
        }
        return crate::runtime::guard::to_str(v);
    }
    // `datetime.__format__` is `strftime` (`f"{time:%H:%M:%S}"` in a foreachRDD function).
    if let Some(dt) = v.downcast::<DateTime>() {
        return Ok(crate::modules::datetime::strftime(dt, spec));
    }
    if let Some(d) = v.downcast::<crate::modules::date::Date>() {
        return Ok(crate::modules::date::strftime(d, spec));
    }
    if let Some(z) = v.downcast::<runnel_core::value::Complex>() {
        return complex::format(z, spec);
    }
    if let Some(t) = crate::modules::time_of_day::format(v, spec) {
        return Ok(t);
    }
    #[cfg(feature = "extra")]
    if let Some(d) = v.downcast::<crate::modules::decimal::Decimal>() {
        return crate::modules::decimal::format(d, spec);
    }
    if let Some(r) = own_format(v, spec) {
        return r;
    }
    crate::runtime::guard::check_printable(v)?;
    runnel_core::value::format_value(v, spec)
}

/// A program class's `__format__(spec)`, if it has one.
fn own_format(v: &Value, spec: &str) -> Option<Result<String>> {
    let inst = v.downcast::<crate::runtime::class::Instance>()?;
    let r = inst.call_special("__format__", vec![Value::str(spec)])?;
    Some(match r {
        Ok(Value::Str(s)) => Ok(s.to_string()),
        Ok(other) => Err(runnel_core::Error::type_error(format!(
            "__format__ must return a str, not {}",
            other.type_name()
        ))),
        Err(e) => Err(e),
    })
}
