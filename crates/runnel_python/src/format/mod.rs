//! `format(v, spec)` is runnel_core's `format_value` (and `%` formatting its
//! `Value::binop`); this adds what belongs to the interpreter: `datetime.__format__`
//! (strftime) and the guard against containers nested too deep to print.

use runnel_core::time::DateTime;
use runnel_core::{Result, Value};

/// Python's `format(v, spec)`.
pub(crate) fn format_value(v: &Value, spec: &str) -> Result<String> {
    if spec.is_empty() {
        return crate::runtime::guard::to_str(v);
    }
    // `datetime.__format__` is `strftime` (`f"{time:%H:%M:%S}"` in a foreachRDD function).
    if let Some(dt) = v.downcast::<DateTime>() {
        return Ok(crate::modules::datetime::strftime(dt, spec));
    }
    if let Some(d) = v.downcast::<crate::modules::date::Date>() {
        return Ok(crate::modules::date::strftime(d, spec));
    }
    if let Some(inst) = v.downcast::<crate::runtime::class::Instance>() {
        if let Some(r) = inst.call_special("__format__", vec![Value::str(spec)]) {
            return match r? {
                Value::Str(s) => Ok(s.to_string()),
                other => Err(runnel_core::Error::type_error(format!(
                    "__format__ must return a str, not {}",
                    other.type_name()
                ))),
            };
        }
    }
    crate::runtime::guard::check_printable(v)?;
    runnel_core::value::format_value(v, spec)
}
