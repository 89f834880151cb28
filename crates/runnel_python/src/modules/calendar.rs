//! The `calendar` module's date arithmetic, as CPython 3.11's (Monday first): `isleap`,
//! `leapdays`, `weekday`, `monthrange`, `monthcalendar`, `timegm`, the day and month
//! names (English, as CPython's C locale) and the weekday constants. The text and HTML
//! calendars are refused by name.

use crate::exceptions::ExcClass;
use crate::modules::args::index;
use crate::native::NativeFunction;
use crate::Args;
use runnel_core::time::{days_from_civil, MONTH_NAMES, WEEKDAY_NAMES};
use runnel_core::{Error, Result, Value};

fn isleap(y: i64) -> bool {
    y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)
}

/// Days in month `m` (already checked to be 1..=12) of year `y`.
fn days_in_month(y: i64, m: i64) -> i64 {
    i64::from(super::date::days_in_month(y, m as u32))
}

/// `calendar.IllegalMonthError(month)`.
fn illegal_month(m: i64) -> Error {
    Error::new(
        "calendar.IllegalMonthError",
        format!("bad month number {m}; must be 1-12"),
    )
}

/// `weekday(year, month, day)`: 0 is Monday; `datetime.date`'s checks and messages, and
/// a year past 1..9999 taken modulo 400 as CPython does.
fn weekday_of(y: i64, m: i64, d: i64) -> Result<i64> {
    let y = if (1..=9999).contains(&y) {
        y
    } else {
        2000 + y.rem_euclid(400)
    };
    if !(1..=12).contains(&m) {
        return Err(Error::value_error("month must be in 1..12"));
    }
    if d < 1 || d > days_in_month(y, m) {
        return Err(Error::value_error("day is out of range for month"));
    }
    // 1970-01-01 was a Thursday (3).
    Ok((days_from_civil(y, m as u32, d as u32) + 3).rem_euclid(7))
}

fn ints(a: &Args, func: &str, n: usize) -> Result<Vec<i64>> {
    a.finish(func)?;
    if a.positional.len() != n {
        return Err(Error::type_error(format!(
            "{func}() takes {n} positional argument{} but {} were given",
            if n == 1 { "" } else { "s" },
            a.positional.len()
        )));
    }
    a.positional.iter().map(index).collect()
}

fn monthrange(y: i64, m: i64) -> Result<(i64, i64)> {
    if !(1..=12).contains(&m) {
        return Err(illegal_month(m));
    }
    Ok((weekday_of(y, m, 1)?, days_in_month(y, m)))
}

fn monthcalendar(y: i64, m: i64) -> Result<Value> {
    let (first, n) = monthrange(y, m)?;
    let mut weeks = Vec::new();
    let mut week = vec![Value::Int(0); first as usize];
    for d in 1..=n {
        week.push(Value::Int(d));
        if week.len() == 7 {
            weeks.push(Value::list(std::mem::take(&mut week)));
        }
    }
    if !week.is_empty() {
        week.resize(7, Value::Int(0));
        weeks.push(Value::list(week));
    }
    Ok(Value::list(weeks))
}

/// `timegm(tuple)`: seconds since the epoch of a UTC `(year, month, day, h, m, s, ...)`.
fn timegm(interp: &crate::Interpreter, a: Args) -> Result<Value> {
    a.finish("timegm")?;
    let [t] = a.positional.as_slice() else {
        return Err(Error::type_error("timegm() takes 1 positional argument"));
    };
    let items = interp.collect(t)?;
    if items.len() < 6 {
        return Err(Error::value_error(format!(
            "not enough values to unpack (expected 6, got {})",
            items.len()
        )));
    }
    let mut p = [0i64; 6];
    for (slot, v) in p.iter_mut().zip(&items) {
        *slot = index(v)?;
    }
    let [y, mo, d, h, mi, s] = p;
    weekday_of(y, mo, 1)?;
    let days = days_from_civil(y, mo as u32, 1) + d - 1;
    Ok(Value::Int(((days * 24 + h) * 60 + mi) * 60 + s))
}

fn names(all: &[&str], abbr: bool, blank: bool) -> Value {
    let mut out: Vec<Value> = Vec::new();
    if blank {
        out.push(Value::str(""));
    }
    out.extend(
        all.iter()
            .map(|n| Value::str(if abbr { &n[..3] } else { n })),
    );
    Value::list(out)
}

pub(super) fn attrs() -> Vec<(&'static str, Value)> {
    let mut out = vec![
        ("month_name", names(&MONTH_NAMES, false, true)),
        ("month_abbr", names(&MONTH_NAMES, true, true)),
        ("day_name", names(&WEEKDAY_NAMES, false, false)),
        ("day_abbr", names(&WEEKDAY_NAMES, true, false)),
        (
            "IllegalMonthError",
            Value::object(ExcClass {
                name: "calendar.IllegalMonthError",
            }),
        ),
        (
            "isleap",
            NativeFunction::new("isleap", |_, a| {
                Ok(Value::Bool(isleap(ints(&a, "isleap", 1)?[0])))
            }),
        ),
        (
            "leapdays",
            NativeFunction::new("leapdays", |_, a| {
                let v = ints(&a, "leapdays", 2)?;
                let f = |y: i64| y.div_euclid(4) - y.div_euclid(100) + y.div_euclid(400);
                Ok(Value::Int(f(v[1] - 1) - f(v[0] - 1)))
            }),
        ),
        (
            "weekday",
            NativeFunction::new("weekday", |_, a| {
                let v = ints(&a, "weekday", 3)?;
                Ok(Value::Int(weekday_of(v[0], v[1], v[2])?))
            }),
        ),
        (
            "monthrange",
            NativeFunction::new("monthrange", |_, a| {
                let v = ints(&a, "monthrange", 2)?;
                let (w, n) = monthrange(v[0], v[1])?;
                Ok(Value::tuple(vec![Value::Int(w), Value::Int(n)]))
            }),
        ),
        (
            "monthcalendar",
            NativeFunction::new("monthcalendar", |_, a| {
                let v = ints(&a, "monthcalendar", 2)?;
                monthcalendar(v[0], v[1])
            }),
        ),
        ("timegm", NativeFunction::new("timegm", timegm)),
        (
            "firstweekday",
            NativeFunction::new("firstweekday", |_, _| Ok(Value::Int(0))),
        ),
    ];
    for (i, d) in [
        "MONDAY",
        "TUESDAY",
        "WEDNESDAY",
        "THURSDAY",
        "FRIDAY",
        "SATURDAY",
        "SUNDAY",
    ]
    .iter()
    .enumerate()
    {
        out.push((d, Value::Int(i as i64)));
    }
    out
}
