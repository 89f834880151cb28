//! The `time` module: the host's clock.

use crate::native::NativeFunction;
use runnel_core::{Error, Value};

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
                let secs = match &args.positional[0] {
                    Value::Int(i) => *i as f64,
                    Value::Float(x) => *x,
                    other => {
                        return Err(Error::type_error(format!(
                            "'{}' object cannot be interpreted as an integer",
                            other.type_name()
                        )))
                    }
                };
                if secs < 0.0 {
                    return Err(Error::value_error("sleep length must be non-negative"));
                }
                interp.host.sleep(secs);
                Ok(Value::None)
            }),
        ),
    ]
}
