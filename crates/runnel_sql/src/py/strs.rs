//! Arguments the DataFrame API takes as a Python `str`: one check, with the two messages
//! its methods give (a column name or alias; a named option such as a format or a path).

use runnel_core::{Error, Result, Value};

/// The `str` an argument holds ("expected a str, got 'int'").
pub(super) fn string(v: &Value) -> Result<String> {
    match v {
        Value::Str(s) => Ok(s.to_string()),
        other => Err(Error::type_error(format!(
            "expected a str, got '{}'",
            other.type_name()
        ))),
    }
}

/// The `str` the argument `what` holds ("path must be a str, not 'int'").
pub(super) fn named_string(v: &Value, what: &str) -> Result<String> {
    match v {
        Value::Str(s) => Ok(s.to_string()),
        other => Err(Error::type_error(format!(
            "{what} must be a str, not '{}'",
            other.type_name()
        ))),
    }
}
