//! The `time` module: the host's clock.

use crate::native::NativeFunction;
use runnel_core::{Error, Result, Value};

/// The date-time of `secs` since the epoch (the host's clock when absent); Runnel's
/// host has no time zone, so local time is UTC.
fn at(
    interp: &crate::Interpreter,
    a: &crate::Args,
    func: &str,
) -> Result<runnel_core::time::DateTime> {
    a.check_count(func, 0, 1)?;
    let ms = match a.positional.first() {
        None | Some(Value::None) => interp.host.now_millis(),
        Some(v) => (seconds(v)? * 1000.0).floor() as i64,
    };
    Ok(runnel_core::time::DateTime::from_millis(ms, 0))
}

fn clock(name: &'static str, scale: f64) -> (&'static str, Value) {
    (
        name,
        NativeFunction::new(name, move |interp, args| {
            args.check_count(name, 0, 0)?;
            let ms = interp.host.now_millis();
            Ok(if scale == 1e6 {
                Value::Int(ms.saturating_mul(1_000_000))
            } else {
                Value::Float(ms as f64 / 1000.0)
            })
        }),
    )
}

pub(super) fn attrs() -> Vec<(&'static str, Value)> {
    vec![
        clock("perf_counter", 1.0),
        clock("monotonic", 1.0),
        clock("process_time", 1.0),
        clock("time_ns", 1e6),
        (
            "localtime",
            NativeFunction::new("localtime", |interp, a| {
                Ok(super::timedelta::struct_time(
                    &at(interp, &a, "localtime")?,
                    0,
                ))
            }),
        ),
        (
            "gmtime",
            NativeFunction::new("gmtime", |interp, a| {
                Ok(super::timedelta::struct_time(&at(interp, &a, "gmtime")?, 0))
            }),
        ),
        (
            "strftime",
            NativeFunction::new("strftime", |interp, a| {
                a.check_count("strftime", 1, 2)?;
                let Value::Str(fmt) = &a.positional[0] else {
                    return Err(Error::type_error("strftime() argument 1 must be str"));
                };
                let dt = match a.positional.get(1) {
                    Some(t) => super::timedelta::from_struct_time(t).ok_or_else(|| {
                        Error::type_error("Tuple or struct_time argument required")
                    })?,
                    None => runnel_core::time::DateTime::from_millis(interp.host.now_millis(), 0),
                };
                Ok(Value::str(&super::datetime::strftime(&dt, fmt)))
            }),
        ),
        (
            "mktime",
            NativeFunction::new("mktime", |_, a| {
                a.check_count("mktime", 1, 1)?;
                let dt = super::timedelta::from_struct_time(&a.positional[0])
                    .ok_or_else(|| Error::type_error("Tuple or struct_time argument required"))?;
                Ok(Value::Float(dt.to_millis(0) as f64 / 1000.0))
            }),
        ),
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
