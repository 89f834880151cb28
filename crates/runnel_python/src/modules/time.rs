//! The `time` module: the host's clock.

use crate::native::NativeFunction;
use runnel_core::{Error, Result, Value};

pub(super) fn attrs() -> Vec<(&'static str, Value)> {
    vec![
        (
            "time",
            NativeFunction::new("time", |interp, args| {
                args.check_count("time", 0, 0)?;
                Ok(Value::Float(interp.host.now_millis() as f64 / 1000.0))
            }),
        ),
        (
            "sleep",
            NativeFunction::new("sleep", |interp, args| {
                args.check_count("sleep", 1, 1)?;
                let secs = seconds(&args.positional[0])?;
                if secs < 0.0 {
                    return Err(Error::value_error("sleep length must be non-negative"));
                }
                interp.host.sleep(secs)?;
                Ok(Value::None)
            }),
        ),
    ]
}

/// A number of seconds, as `time.sleep` and `datetime.fromtimestamp` take it.
pub(super) fn seconds(v: &Value) -> Result<f64> {
    match v {
        Value::Int(i) => Ok(*i as f64),
        Value::Float(x) => Ok(*x),
        other => Err(Error::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            other.type_name()
        ))),
    }
}
