//! `datetime.date`: a calendar date, as CPython's (validation, arithmetic with
//! `timedelta`, comparisons, `isoformat`, `strftime`, `weekday`, `fromisoformat`,
//! `today()` on the host's clock in its local time zone).

use super::localtime;
use crate::native::NativeFunction;
use crate::Args;
use runnel_core::time::{civil_from_days, days_from_civil, DateTime, MONTH_NAMES, WEEKDAY_NAMES};
use runnel_core::timedelta::TimeDelta;
use runnel_core::value::{BinOp, CmpOp, Object};
use runnel_core::{Error, Result, Value};
use std::any::Any;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) struct Date {
    pub year: i64,
    pub month: u32,
    pub day: u32,
}

pub(crate) fn days_in_month(year: i64, month: u32) -> u32 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        _ => 31,
    }
}

impl Date {
    /// A date, checked as `date(y, m, d)` checks it.
    pub fn new(year: i64, month: i64, day: i64) -> Result<Date> {
        if !(1..=9999).contains(&year) {
            return Err(Error::value_error(format!("year {year} is out of range")));
        }
        if !(1..=12).contains(&month) {
            return Err(Error::value_error("month must be in 1..12"));
        }
        if day < 1 || day > days_in_month(year, month as u32) as i64 {
            return Err(Error::value_error("day is out of range for month"));
        }
        Ok(Date {
            year,
            month: month as u32,
            day: day as u32,
        })
    }

    pub fn of(dt: &DateTime) -> Date {
        Date {
            year: dt.year,
            month: dt.month,
            day: dt.day,
        }
    }

    pub fn value(self) -> Value {
        Value::object(self)
    }

    /// Days since 1970-01-01.
    fn days(&self) -> i64 {
        days_from_civil(self.year, self.month, self.day)
    }

    fn from_days(days: i64) -> Result<Date> {
        let (year, month, day) = civil_from_days(days);
        if !(1..=9999).contains(&year) {
            return Err(Error::overflow("date value out of range"));
        }
        Ok(Date { year, month, day })
    }

    pub(crate) fn midnight(&self) -> DateTime {
        DateTime {
            year: self.year,
            month: self.month,
            day: self.day,
            hour: 0,
            minute: 0,
            second: 0,
            microsecond: 0,
            fold: 0,
        }
    }

    fn isoformat(&self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// `ctime()`: `Fri Jan  5 00:00:00 2024`.
    fn ctime(&self) -> String {
        let wd = WEEKDAY_NAMES[self.midnight().weekday()];
        let mon = MONTH_NAMES[self.month as usize - 1];
        format!(
            "{} {} {:>2} 00:00:00 {:04}",
            &wd[..3],
            &mon[..3],
            self.day,
            self.year
        )
    }

    fn binop(&self, op: BinOp, other: &Value, reflected: bool) -> Option<Result<Value>> {
        if let Some(td) = other.downcast::<TimeDelta>() {
            // Only whole days count, as in CPython.
            return match (op, reflected) {
                (BinOp::Add, _) => Some(Date::from_days(self.days() + td.days).map(Date::value)),
                (BinOp::Sub, false) => {
                    Some(Date::from_days(self.days() - td.days).map(Date::value))
                }
                _ => None,
            };
        }
        let o = other.downcast::<Date>()?;
        if op != BinOp::Sub {
            return None;
        }
        let diff = if reflected {
            o.days() - self.days()
        } else {
            self.days() - o.days()
        };
        Some(TimeDelta::from_micros(diff as i128 * 86_400_000_000).map(Value::object))
    }
}

impl Object for Date {
    fn type_name(&self) -> &str {
        "datetime.date"
    }
    fn repr(&self) -> String {
        format!("datetime.date({}, {}, {})", self.year, self.month, self.day)
    }
    fn to_str(&self) -> String {
        self.isoformat()
    }
    fn hash(&self) -> Option<i64> {
        Some(self.days())
    }
    fn eq(&self, other: &dyn Object) -> Option<bool> {
        Some(other.as_any().downcast_ref::<Date>() == Some(self))
    }
    fn compare(&self, op: CmpOp, other: &Value) -> Option<Result<bool>> {
        if other.type_name() == "datetime.datetime" && !matches!(op, CmpOp::Eq | CmpOp::Ne) {
            return Some(Err(runnel_core::Error::type_error(
                "can't compare datetime.date to datetime.datetime",
            )));
        }
        let o = other.downcast::<Date>()?;
        Some(Ok(op.test(self.cmp(o))))
    }
    fn binop(&self, op: BinOp, other: &Value, reflected: bool) -> Option<Result<Value>> {
        Date::binop(self, op, other, reflected)
    }
    fn freeze(
        &self,
        _f: &mut runnel_core::value::Freezer,
    ) -> Option<Result<Box<dyn runnel_core::value::PortableObject>>> {
        Some(Ok(Box::new(*self)))
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// A date travels to worker threads as itself.
impl runnel_core::value::PortableObject for Date {
    fn revive(&self, _r: &mut runnel_core::value::Reviver, _id: u32) -> Result<Value> {
        Ok(self.value())
    }
}

/// `date(year, month, day)`.
pub(crate) fn construct(mut args: Args) -> Result<Value> {
    let mut parts = [0i64; 3];
    for (i, n) in ["year", "month", "day"].iter().enumerate() {
        match args.take(i, n) {
            Some(v) => parts[i] = crate::modules::args::index(&v)?,
            None => {
                return Err(Error::type_error(format!(
                    "function missing required argument '{n}' (pos {})",
                    i + 1
                )))
            }
        }
    }
    args.finish("date")?;
    Ok(Date::new(parts[0], parts[1], parts[2])?.value())
}

/// `date.fromisoformat(s)`: `YYYY-MM-DD` or `YYYYMMDD`.
pub(crate) fn from_isoformat(text: &str) -> Result<Date> {
    let bad = || {
        Error::value_error(format!(
            "Invalid isoformat string: {}",
            Value::str(text).repr()
        ))
    };
    let digits = |s: &str| -> Result<i64> {
        if s.bytes().all(|b| b.is_ascii_digit()) {
            s.parse().map_err(|_| bad())
        } else {
            Err(bad())
        }
    };
    let (y, m, d) = match text.len() {
        10 if &text[4..5] == "-" && &text[7..8] == "-" => (&text[..4], &text[5..7], &text[8..]),
        8 if text.is_ascii() => (&text[..4], &text[4..6], &text[6..]),
        _ => return Err(bad()),
    };
    Date::new(digits(y)?, digits(m)?, digits(d)?)
}

/// `date.today()`, `date.fromtimestamp(t)`, `date.fromisoformat(s)`, `date.fromordinal(n)`,
/// `date.min`, `date.max`.
pub(crate) fn class_attr(name: &str) -> Result<Value> {
    Ok(match name {
        "today" => NativeFunction::new("today", |interp, args: Args| {
            args.check_count("today", 0, 0)?;
            let ms = interp.host().now_millis();
            let dt = localtime::from_timestamp(interp, ms.div_euclid(1000), 0)?;
            Ok(Date::of(&dt).value())
        }),
        "fromtimestamp" => NativeFunction::new("fromtimestamp", |interp, args: Args| {
            args.check_count("fromtimestamp", 1, 1)?;
            let (secs, us) = localtime::split_timestamp(&args.positional[0])?;
            Ok(Date::of(&localtime::from_timestamp(interp, secs, us)?).value())
        }),
        "fromisoformat" => NativeFunction::new("fromisoformat", |_, args: Args| {
            args.check_count("fromisoformat", 1, 1)?;
            match &args.positional[0] {
                Value::Str(s) => Ok(from_isoformat(s)?.value()),
                other => Err(Error::type_error(format!(
                    "fromisoformat: argument must be str, not {}",
                    other.type_name()
                ))),
            }
        }),
        "fromordinal" => NativeFunction::new("fromordinal", |_, args: Args| {
            args.check_count("fromordinal", 1, 1)?;
            let n = crate::modules::args::index(&args.positional[0])?;
            if n < 1 {
                return Err(Error::value_error("ordinal must be >= 1"));
            }
            Ok(Date::from_days(n - 1 + days_from_civil(1, 1, 1))?.value())
        }),
        "min" => Date::new(1, 1, 1)?.value(),
        "max" => Date::new(9999, 12, 31)?.value(),
        _ => {
            return Err(Error::new(
                "AttributeError",
                format!("type object 'datetime.date' has no attribute '{name}'"),
            ))
        }
    })
}

/// Attributes of a date value.
pub(crate) fn attr(obj: &Value, d: &Date, name: &str) -> Result<Value> {
    let d = *d;
    let method = |name: &'static str, f: fn(&Date) -> Value| {
        NativeFunction::new(name, move |_, args: Args| {
            args.check_count(name, 0, 0)?;
            Ok(f(&d))
        })
    };
    Ok(match name {
        "year" => Value::Int(d.year),
        "month" => Value::Int(d.month as i64),
        "day" => Value::Int(d.day as i64),
        "isoformat" => method("isoformat", |d| Value::str(&d.isoformat())),
        "ctime" => method("ctime", |d| Value::str(&d.ctime())),
        "isocalendar" => super::time_of_day::isocalendar(d.midnight()),
        "weekday" => method("weekday", |d| Value::Int(d.midnight().weekday() as i64)),
        "isoweekday" => method("isoweekday", |d| {
            Value::Int(d.midnight().weekday() as i64 + 1)
        }),
        "toordinal" => method("toordinal", |d| {
            Value::Int(d.days() - days_from_civil(1, 1, 1) + 1)
        }),
        "timetuple" => method("timetuple", |d| {
            super::timedelta::struct_time(&d.midnight(), -1)
        }),
        "strftime" => NativeFunction::new("strftime", move |_, args: Args| {
            args.check_count("strftime", 1, 1)?;
            match &args.positional[0] {
                Value::Str(f) => Ok(Value::str(&strftime(&d, f))),
                other => Err(Error::type_error(format!(
                    "strftime() argument 1 must be str, not {}",
                    other.type_name()
                ))),
            }
        }),
        "replace" => NativeFunction::new("replace", move |_, mut args: Args| {
            let mut parts = [d.year, d.month as i64, d.day as i64];
            for (i, n) in ["year", "month", "day"].iter().enumerate() {
                if let Some(v) = args.take(i, n) {
                    parts[i] = crate::modules::args::index(&v)?;
                }
            }
            args.finish("replace")?;
            Ok(Date::new(parts[0], parts[1], parts[2])?.value())
        }),
        _ => return Err(crate::methods::no_attr(obj, name)),
    })
}

/// `d.strftime(fmt)` and `format(d, fmt)`: the date at midnight.
pub(crate) fn strftime(d: &Date, fmt: &str) -> String {
    super::datetime::strftime(&d.midnight(), fmt)
}
