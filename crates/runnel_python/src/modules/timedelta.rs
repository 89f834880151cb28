//! `datetime.timedelta` (the type lives in `runnel_core::timedelta`) and
//! `datetime.strptime`.

use crate::native::NativeFunction;
use crate::Args;
use runnel_core::time::DateTime;
use runnel_core::timedelta::TimeDelta;
use runnel_core::{Error, Result, Value};

/// `timedelta(days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0)`.
pub(crate) fn construct(mut a: Args) -> Result<Value> {
    const UNITS: [(&str, f64); 7] = [
        ("days", 86_400e6),
        ("seconds", 1e6),
        ("microseconds", 1.0),
        ("milliseconds", 1e3),
        ("minutes", 60e6),
        ("hours", 3_600e6),
        ("weeks", 604_800e6),
    ];
    let mut exact: i128 = 0;
    let mut inexact = 0.0f64;
    let mut any_float = false;
    for (i, (name, us)) in UNITS.iter().enumerate() {
        match a.take(i, name) {
            None => {}
            Some(Value::Int(n)) => exact += n as i128 * *us as i128,
            Some(Value::Bool(b)) => exact += b as i128 * *us as i128,
            Some(Value::Float(x)) => {
                any_float = true;
                inexact += x * us;
            }
            Some(other) => {
                return Err(Error::type_error(format!(
                    "unsupported type for timedelta {name} component: {}",
                    other.type_name()
                )))
            }
        }
    }
    if let Some((k, _)) = a.keywords.first() {
        return Err(Error::type_error(format!(
            "'{k}' is an invalid keyword argument for __new__()"
        )));
    }
    crate::modules::args::done(&a, "timedelta", 7)?;
    let td = if any_float {
        TimeDelta::from_micros_f64(exact as f64 + inexact)
            .map_err(|_| Error::overflow("Python int too large to convert to C int"))?
    } else {
        TimeDelta::from_micros(exact)?
    };
    Ok(Value::object(td))
}

/// Attributes of a timedelta value.
pub(crate) fn attr(obj: &Value, td: &TimeDelta, name: &str) -> Result<Value> {
    let td = *td;
    Ok(match name {
        "days" => Value::Int(td.days),
        "seconds" => Value::Int(td.seconds),
        "microseconds" => Value::Int(td.micros),
        "total_seconds" => NativeFunction::new("total_seconds", move |_, a: Args| {
            a.check_count("total_seconds", 0, 0)?;
            Ok(Value::Float(td.total_seconds()))
        }),
        _ => return Err(crate::methods::no_attr(obj, name)),
    })
}

pub(crate) use super::struct_time::struct_time;

/// `datetime.strptime(text, format)` (see `strptime`).
pub(crate) fn strptime(text: &str, fmt: &str) -> Result<DateTime> {
    super::strptime::strptime(text, fmt)
}
