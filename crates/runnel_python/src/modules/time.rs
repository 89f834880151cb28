//! The `time` module: the host's clock and time zone (`Host::utc_offset_ms`).

use crate::native::NativeFunction;
use runnel_core::{Error, Result, Value};

/// The UTC second `secs` names (floored, as CPython's `localtime`), the host's clock's
/// when absent or None.
fn utc_second(interp: &crate::Interpreter, a: &crate::Args, func: &str) -> Result<i64> {
    a.check_count(func, 0, 1)?;
    Ok(match a.positional.first() {
        None | Some(Value::None) => interp.host.now_millis().div_euclid(1000),
        Some(v) => seconds(v)?.floor() as i64,
    })
}

/// `time.localtime(secs)`: the host's zone (`TZ` natively), with `tm_isdst` and
/// `tm_gmtoff`; `tm_zone` is known only for UTC (the host gives no zone names).
fn localtime(interp: &crate::Interpreter, u: i64) -> Value {
    let off = super::localtime::offset_secs(interp, u);
    let dt = runnel_core::time::DateTime::from_millis(u * 1000, off * 1000);
    let isdst = super::localtime::is_dst(interp, u);
    let zone =
        (off == 0 && isdst == 0 && super::localtime::offset_secs(interp, u + 182 * 86400) == 0)
            .then_some("UTC");
    super::struct_time::zoned(&dt, isdst, Some(off), zone)
}

/// A `struct_time` argument (or 9-tuple), or CPython's error.
fn struct_arg(v: &Value) -> Result<(runnel_core::time::DateTime, super::struct_time::Tm)> {
    super::struct_time::parts(v)
        .ok_or_else(|| Error::type_error("Tuple or struct_time argument required"))
}

/// `asctime`'s text: `Tue Nov 14 23:13:20 2023`.
fn asctime(t: &Value) -> Result<String> {
    let (dt, tm) = struct_arg(t)?;
    Ok(super::datetime::strftime_tm(&dt, "%c", &tm))
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
                Ok(localtime(interp, utc_second(interp, &a, "localtime")?))
            }),
        ),
        (
            "gmtime",
            NativeFunction::new("gmtime", |interp, a| {
                let u = utc_second(interp, &a, "gmtime")?;
                let dt = runnel_core::time::DateTime::from_millis(u * 1000, 0);
                Ok(super::struct_time::zoned(&dt, 0, Some(0), Some("GMT")))
            }),
        ),
        (
            "strftime",
            NativeFunction::new("strftime", |interp, a| {
                a.check_count("strftime", 1, 2)?;
                let Value::Str(fmt) = &a.positional[0] else {
                    return Err(Error::type_error("strftime() argument 1 must be str"));
                };
                let t = match a.positional.get(1) {
                    Some(t) => t.clone(),
                    None => localtime(interp, interp.host.now_millis().div_euclid(1000)),
                };
                let (dt, tm) = struct_arg(&t)?;
                Ok(Value::str(&super::datetime::strftime_tm(&dt, fmt, &tm)))
            }),
        ),
        (
            "mktime",
            NativeFunction::new("mktime", |interp, a| {
                a.check_count("mktime", 1, 1)?;
                let (dt, tm) = struct_arg(&a.positional[0])?;
                Ok(Value::Float(
                    super::localtime::mktime(interp, &dt, tm.isdst) as f64,
                ))
            }),
        ),
        (
            "asctime",
            NativeFunction::new("asctime", |interp, a| {
                a.check_count("asctime", 0, 1)?;
                let t = match a.positional.first() {
                    Some(t) => t.clone(),
                    None => localtime(interp, interp.host.now_millis().div_euclid(1000)),
                };
                Ok(Value::str(&asctime(&t)?))
            }),
        ),
        (
            "ctime",
            NativeFunction::new("ctime", |interp, a| {
                let t = localtime(interp, utc_second(interp, &a, "ctime")?);
                Ok(Value::str(&asctime(&t)?))
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
