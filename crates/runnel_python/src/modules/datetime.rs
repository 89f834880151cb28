//! The `datetime` module: the `datetime` class over `runnel_core::time::DateTime` values
//! (naive, in the host's local time zone as CPython's are; `date` is in `date`).

use crate::builtins::types::{Kind, TypeObj};
use crate::native::NativeFunction;
use crate::Args;
use runnel_core::time::{days_from_civil, DateTime};
use runnel_core::{Error, Result, Value};

pub(super) fn attrs() -> Vec<(&'static str, Value)> {
    vec![
        ("datetime", TypeObj::value(Kind::DateTime)),
        ("date", TypeObj::value(Kind::Date)),
        ("time", super::time_of_day::class()),
        (
            "timedelta",
            NativeFunction::new("timedelta", |_, a| super::timedelta::construct(a)),
        ),
        ("MINYEAR", Value::Int(1)),
        ("MAXYEAR", Value::Int(9999)),
    ]
}

/// The naive local date-time of the host's clock now.
fn now_local(interp: &crate::Interpreter) -> Result<DateTime> {
    let ms = interp.host().now_millis();
    super::localtime::from_timestamp(interp, ms.div_euclid(1000), ms.rem_euclid(1000) * 1000)
}

/// `datetime.now()`, `datetime.fromtimestamp(t)`, `datetime(y, m, d, ...)`.
pub(crate) fn class_attr(name: &str) -> Result<Value> {
    match name {
        "now" | "today" => Ok(NativeFunction::new(name, |interp, args: Args| {
            args.check_count("now", 0, 0)?;
            Ok(Value::object(now_local(interp)?))
        })),
        "fromtimestamp" => Ok(NativeFunction::new(
            "fromtimestamp",
            |interp, args: Args| {
                args.check_count("fromtimestamp", 1, 1)?;
                let (secs, us) = super::localtime::split_timestamp(&args.positional[0])?;
                Ok(Value::object(super::localtime::from_timestamp(
                    interp, secs, us,
                )?))
            },
        )),
        "utcfromtimestamp" => Ok(NativeFunction::new("utcfromtimestamp", |_, args: Args| {
            args.check_count("utcfromtimestamp", 1, 1)?;
            let (secs, us) = super::localtime::split_timestamp(&args.positional[0])?;
            Ok(Value::object(DateTime::from_micros(secs * 1_000_000 + us)))
        })),
        "combine" => Ok(super::time_of_day::combine()),
        "strptime" => Ok(NativeFunction::new("strptime", |_, args: Args| {
            args.check_count("strptime", 2, 2)?;
            match (&args.positional[0], &args.positional[1]) {
                (Value::Str(t), Value::Str(f)) => {
                    Ok(Value::object(super::timedelta::strptime(t, f)?))
                }
                _ => Err(Error::type_error("strptime() argument 1 must be str")),
            }
        })),
        "fromisoformat" => Ok(NativeFunction::new("fromisoformat", |_, args: Args| {
            args.check_count("fromisoformat", 1, 1)?;
            match &args.positional[0] {
                Value::Str(t) => Ok(Value::object(super::isoformat::parse(t)?)),
                other => Err(Error::type_error(format!(
                    "fromisoformat: argument must be str, not {}",
                    other.type_name()
                ))),
            }
        })),
        "utcnow" => Ok(NativeFunction::new(name, |interp, args: Args| {
            args.check_count("utcnow", 0, 0)?;
            Ok(Value::object(DateTime::from_millis(
                interp.host().now_millis(),
                0,
            )))
        })),
        _ => Err(Error::new(
            "AttributeError",
            format!("type object 'datetime.datetime' has no attribute '{name}'"),
        )),
    }
}

/// A datetime's fields, in the order `datetime(...)` and `replace(...)` take them.
const FIELDS: [&str; 7] = [
    "year",
    "month",
    "day",
    "hour",
    "minute",
    "second",
    "microsecond",
];

/// `datetime(year, month, day, hour=0, minute=0, second=0, microsecond=0, *, fold=0)`.
pub(crate) fn construct(mut args: Args) -> Result<Value> {
    let fold = match args.take_keyword("fold") {
        None => 0,
        Some(v) => match crate::modules::args::index(&v)? {
            f @ (0 | 1) => f as u8,
            _ => return Err(Error::value_error("fold must be either 0 or 1")),
        },
    };
    let mut parts = [0i64; 7];
    for (i, n) in FIELDS.iter().enumerate() {
        match args.take(i, n) {
            Some(Value::Int(v)) => parts[i] = v,
            Some(other) => {
                return Err(Error::type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    other.type_name()
                )))
            }
            None if i < 3 => {
                return Err(Error::type_error(format!(
                    "function missing required argument '{n}' (pos {})",
                    i + 1
                )))
            }
            None => {}
        }
    }
    args.finish("datetime")?;
    if !(1..=12).contains(&parts[1]) {
        return Err(Error::value_error("month must be in 1..12"));
    }
    let month_days = days_from_civil(
        parts[0] + (parts[1] == 12) as i64,
        parts[1] as u32 % 12 + 1,
        1,
    ) - days_from_civil(parts[0], parts[1] as u32, 1);
    if !(1..=month_days).contains(&parts[2]) {
        return Err(Error::value_error("day is out of range for month"));
    }
    for (i, (name, max)) in [
        ("hour", 23),
        ("minute", 59),
        ("second", 59),
        ("microsecond", 999_999),
    ]
    .iter()
    .enumerate()
    {
        if !(0..=*max).contains(&parts[3 + i]) {
            return Err(Error::value_error(format!("{name} must be in 0..{max}")));
        }
    }
    Ok(Value::object(DateTime {
        year: parts[0],
        month: parts[1] as u32,
        day: parts[2] as u32,
        hour: parts[3] as u32,
        minute: parts[4] as u32,
        second: parts[5] as u32,
        microsecond: parts[6] as u32,
        fold,
    }))
}

/// Attributes of a datetime value.
pub(crate) fn attr(obj: &Value, dt: &DateTime, name: &str) -> Result<Value> {
    let dt = *dt;
    Ok(match name {
        "year" => Value::Int(dt.year),
        "month" => Value::Int(dt.month as i64),
        "day" => Value::Int(dt.day as i64),
        "hour" => Value::Int(dt.hour as i64),
        "minute" => Value::Int(dt.minute as i64),
        "second" => Value::Int(dt.second as i64),
        "microsecond" => Value::Int(dt.microsecond as i64),
        "fold" => Value::Int(dt.fold as i64),
        "strftime" => NativeFunction::new("strftime", move |_, args: Args| {
            args.check_count("strftime", 1, 1)?;
            match &args.positional[0] {
                Value::Str(f) => Ok(Value::str(&strftime(&dt, f))),
                other => Err(Error::type_error(format!(
                    "strftime() argument 1 must be str, not {}",
                    other.type_name()
                ))),
            }
        }),
        "isoformat" => NativeFunction::new("isoformat", move |_, mut args: Args| {
            let sep = match args.take(0, "sep") {
                Some(Value::Str(s)) if s.chars().count() == 1 => s.to_string(),
                None => "T".to_string(),
                Some(_) => {
                    return Err(Error::type_error(
                        "isoformat() argument 1 must be a unicode character",
                    ))
                }
            };
            let spec = match args.take(1, "timespec") {
                Some(Value::Str(s)) => s.to_string(),
                _ => "auto".to_string(),
            };
            args.finish("isoformat")?;
            let us = dt.microsecond;
            let time = match spec.as_str() {
                "auto" if us == 0 => strftime(&dt, "%H:%M:%S"),
                "auto" | "microseconds" => format!("{}.{us:06}", strftime(&dt, "%H:%M:%S")),
                "hours" => strftime(&dt, "%H"),
                "minutes" => strftime(&dt, "%H:%M"),
                "seconds" => strftime(&dt, "%H:%M:%S"),
                "milliseconds" => format!("{}.{:03}", strftime(&dt, "%H:%M:%S"), us / 1000),
                _ => return Err(Error::value_error("Unknown timespec value")),
            };
            // The year has four digits (`0073`), which strftime's `%Y` does not pad.
            Ok(Value::str(&format!(
                "{:04}-{:02}-{:02}{sep}{time}",
                dt.year, dt.month, dt.day
            )))
        }),
        "timestamp" => NativeFunction::new("timestamp", move |interp, _| {
            let secs = super::localtime::to_utc_seconds(interp, &dt);
            Ok(Value::Float(secs as f64 + dt.microsecond as f64 / 1e6))
        }),
        "time" => super::time_of_day::time_of(dt),
        "isocalendar" => super::time_of_day::isocalendar(dt),
        "toordinal" => NativeFunction::new("toordinal", move |_, _| {
            Ok(Value::Int(dt.days() - days_from_civil(1, 1, 1) + 1))
        }),
        "ctime" => NativeFunction::new("ctime", move |_, _| {
            let head = strftime(&dt, "%a %b %e %H:%M:%S");
            Ok(Value::str(&format!("{head} {:04}", dt.year)))
        }),
        "date" => NativeFunction::new("date", move |_, args: Args| {
            args.check_count("date", 0, 0)?;
            Ok(super::date::Date::of(&dt).value())
        }),
        "weekday" => {
            NativeFunction::new("weekday", move |_, _| Ok(Value::Int(dt.weekday() as i64)))
        }
        "isoweekday" => NativeFunction::new("isoweekday", move |_, _| {
            Ok(Value::Int(dt.weekday() as i64 + 1))
        }),
        "timetuple" => NativeFunction::new("timetuple", move |_, _| {
            Ok(super::timedelta::struct_time(&dt, -1))
        }),
        "replace" => NativeFunction::new("replace", move |_, mut args: Args| {
            let mut parts = [
                dt.year,
                dt.month as i64,
                dt.day as i64,
                dt.hour as i64,
                dt.minute as i64,
                dt.second as i64,
                dt.microsecond as i64,
            ];
            for (i, n) in FIELDS.iter().enumerate() {
                if let Some(v) = args.take(i, n) {
                    parts[i] = crate::modules::args::index(&v)?;
                }
            }
            let fold = args
                .take_keyword("fold")
                .unwrap_or(Value::Int(dt.fold as i64));
            args.finish("replace")?;
            construct(
                Args::new(parts.iter().map(|p| Value::Int(*p)).collect())
                    .with_keyword("fold", fold),
            )
        }),
        _ => return Err(crate::methods::no_attr(obj, name)),
    })
}

pub(crate) fn strftime(dt: &DateTime, fmt: &str) -> String {
    let tm = super::struct_time::Tm {
        wday: dt.weekday() as i64,
        yday: dt.days() - days_from_civil(dt.year, 1, 1) + 1,
        isdst: -1,
        gmtoff: None,
        zone: None,
    };
    strftime_tm(dt, fmt, &tm)
}

/// `time.strftime` of a `struct_time`: its weekday, day of the year and zone as given
/// (`%z`/`%Z` empty when `tm_isdst` is -1, as for a naive datetime).
pub(crate) fn strftime_tm(dt: &DateTime, fmt: &str, tm: &super::struct_time::Tm) -> String {
    super::strftime::render(dt, fmt, tm)
}
