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
    crate::runtime::guard::check_printable(v)?;
    runnel_core::value::format_value(v, spec)
}
