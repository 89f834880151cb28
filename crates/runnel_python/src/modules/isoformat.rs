//! `datetime.fromisoformat(s)` as CPython 3.11 reads it: a date (`YYYY-MM-DD` or
//! `YYYYMMDD`), then optionally any one separator character and a time (`HH`, `HH:MM`,
//! `HH:MM:SS`, or their compact forms `HHMM`, `HHMMSS`), with a fraction after `.` or
//! `,` (the first six digits kept). Naive only: an offset or `Z` is refused by name.

use runnel_core::time::DateTime;
use runnel_core::{Error, Result, Value};

pub(super) fn parse(text: &str) -> Result<DateTime> {
    let bad = || {
        Error::value_error(format!(
            "Invalid isoformat string: {}",
            Value::str(text).repr()
        ))
    };
    if !text.is_ascii() {
        return Err(bad());
    }
    let date_len = if text.as_bytes().get(4) == Some(&b'-') {
        10
    } else {
        8
    };
    let date = super::date::from_isoformat(text.get(..date_len).ok_or_else(bad)?).map_err(|e| {
        if e.message.starts_with("Invalid") {
            bad()
        } else {
            e
        }
    })?;
    let (mut hour, mut minute, mut second, mut micro) = (0, 0, 0, 0);
    if let Some(time) = text.get(date_len + 1..).filter(|t| !t.is_empty()) {
        if time.ends_with('Z') || time.contains(['+', '-']) {
            return Err(Error::unsupported(
                "datetime.fromisoformat() with a time zone offset",
            ));
        }
        let (clock, fraction) = match time.find(['.', ',']) {
            Some(i) => (&time[..i], Some(&time[i + 1..])),
            None => (time, None),
        };
        let parts: Vec<&str> = if clock.contains(':') {
            clock.split(':').collect()
        } else {
            (0..clock.len())
                .step_by(2)
                .map(|i| clock.get(i..i + 2).unwrap_or(""))
                .collect()
        };
        let num = |s: &str| -> Result<u32> {
            if s.len() == 2 && s.bytes().all(|b| b.is_ascii_digit()) {
                s.parse().map_err(|_| bad())
            } else {
                Err(bad())
            }
        };
        match parts.as_slice() {
            [h] => hour = num(h)?,
            [h, m] => (hour, minute) = (num(h)?, num(m)?),
            [h, m, s] => (hour, minute, second) = (num(h)?, num(m)?, num(s)?),
            _ => return Err(bad()),
        }
        if let Some(f) = fraction {
            if parts.len() != 3 || f.is_empty() || !f.bytes().all(|b| b.is_ascii_digit()) {
                return Err(bad());
            }
            let six: String = f.chars().chain(std::iter::repeat('0')).take(6).collect();
            micro = six.parse().map_err(|_| bad())?;
        }
    } else if text.len() > date_len {
        return Err(bad());
    }
    for (v, max, name) in [
        (hour, 23, "hour"),
        (minute, 59, "minute"),
        (second, 59, "second"),
    ] {
        if v > max {
            return Err(Error::value_error(format!("{name} must be in 0..{max}")));
        }
    }
    Ok(DateTime {
        year: date.year,
        month: date.month,
        day: date.day,
        hour,
        minute,
        second,
        microsecond: micro,
        fold: 0,
    })
}
