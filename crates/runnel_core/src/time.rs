//! Batch times and how Python shows them.
//!
//! A batch time is milliseconds since the Unix epoch on the host's clock (with the logical
//! clock, the zero time is the epoch itself). PySpark hands batch times to Python code as
//! `datetime.fromtimestamp(ms / 1000.0)`, a naive local time, so rendering takes the host's
//! UTC offset; the core has no clock or time zone of its own.

use crate::value::{Object, Value};
use serde::{Deserialize, Serialize};
use std::any::Any;

/// Milliseconds since the epoch.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Time(pub i64);

/// A naive local date-time, as Python's `datetime.datetime` holds it. `fold` (PEP 495)
/// tells the two readings of a repeated local hour apart; equality, ordering and hashing
/// ignore it, as CPython's do for naive datetimes.
#[derive(Debug, Clone, Copy)]
pub struct DateTime {
    pub year: i64,
    pub month: u32,
    pub day: u32,
    pub hour: u32,
    pub minute: u32,
    pub second: u32,
    pub microsecond: u32,
    pub fold: u8,
}

impl DateTime {
    fn key(&self) -> (i64, u32, u32, u32, u32, u32, u32) {
        let d = self;
        (
            d.year,
            d.month,
            d.day,
            d.hour,
            d.minute,
            d.second,
            d.microsecond,
        )
    }
}

impl PartialEq for DateTime {
    fn eq(&self, other: &Self) -> bool {
        self.key() == other.key()
    }
}

impl Eq for DateTime {}

impl PartialOrd for DateTime {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for DateTime {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.key().cmp(&other.key())
    }
}

impl std::hash::Hash for DateTime {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.key().hash(state)
    }
}

impl DateTime {
    /// The local date-time of `ms` since the epoch, `offset_ms` east of UTC.
    pub fn from_millis(ms: i64, offset_ms: i64) -> Self {
        let local = ms + offset_ms;
        let days = local.div_euclid(86_400_000);
        let in_day = local.rem_euclid(86_400_000);
        let (year, month, day) = civil_from_days(days);
        let secs = in_day / 1000;
        DateTime {
            year,
            month,
            day,
            hour: (secs / 3600) as u32,
            minute: (secs / 60 % 60) as u32,
            second: (secs % 60) as u32,
            microsecond: (in_day % 1000 * 1000) as u32,
            fold: 0,
        }
    }

    /// Milliseconds since the epoch of this local time, `offset_ms` east of UTC (the
    /// inverse of [`DateTime::from_millis`]).
    pub fn to_millis(&self, offset_ms: i64) -> i64 {
        let days = days_from_civil(self.year, self.month, self.day);
        let secs = (self.hour * 3600 + self.minute * 60 + self.second) as i64;
        (days * 86_400 + secs) * 1000 + self.microsecond as i64 / 1000 - offset_ms
    }

    /// Microseconds since 1970-01-01 00:00 of this naive date-time.
    pub fn to_micros(&self) -> i64 {
        let days = days_from_civil(self.year, self.month, self.day);
        let secs = (self.hour * 3600 + self.minute * 60 + self.second) as i64;
        (days * 86_400 + secs) * 1_000_000 + self.microsecond as i64
    }

    /// The naive date-time `us` microseconds after 1970-01-01 00:00.
    pub fn from_micros(us: i64) -> Self {
        let days = us.div_euclid(86_400_000_000);
        let in_day = us.rem_euclid(86_400_000_000);
        let (year, month, day) = civil_from_days(days);
        let secs = in_day / 1_000_000;
        DateTime {
            year,
            month,
            day,
            hour: (secs / 3600) as u32,
            minute: (secs / 60 % 60) as u32,
            second: (secs % 60) as u32,
            microsecond: (in_day % 1_000_000) as u32,
            fold: 0,
        }
    }

    /// Days since 1970-01-01 (for weekdays and day-of-year).
    pub fn days(&self) -> i64 {
        days_from_civil(self.year, self.month, self.day)
    }

    /// Python's `weekday()`: Monday is 0 (1970-01-01 was a Thursday, 3); an index into
    /// [`WEEKDAY_NAMES`].
    pub fn weekday(&self) -> usize {
        (self.days() + 3).rem_euclid(7) as usize
    }

    /// Python's `str(dt)`: `1970-01-01 00:00:01`, with `.ffffff` only when non-zero.
    pub fn to_str(&self) -> String {
        let mut s = format!(
            "{:04}-{:02}-{:02} {:02}:{:02}:{:02}",
            self.year, self.month, self.day, self.hour, self.minute, self.second
        );
        if self.microsecond != 0 {
            s.push_str(&format!(".{:06}", self.microsecond));
        }
        s
    }

    /// Python's `repr(dt)`: `datetime.datetime(1970, 1, 1, 0, 0, 1)`, trailing zeros dropped.
    pub fn to_repr(&self) -> String {
        let mut parts = vec![
            self.year.to_string(),
            self.month.to_string(),
            self.day.to_string(),
        ];
        let rest = [self.hour, self.minute, self.second, self.microsecond];
        let keep = if self.microsecond != 0 {
            4
        } else if self.second != 0 {
            3
        } else {
            2
        };
        parts.extend(rest[..keep].iter().map(|v| v.to_string()));
        if self.fold == 1 {
            parts.push("fold=1".to_string());
        }
        format!("datetime.datetime({})", parts.join(", "))
    }
}

/// `datetime.datetime` values: the time PySpark passes to `foreachRDD(f(time, rdd))`.
impl Object for DateTime {
    fn type_name(&self) -> &str {
        "datetime.datetime"
    }
    fn repr(&self) -> String {
        self.to_repr()
    }
    fn to_str(&self) -> String {
        DateTime::to_str(self)
    }
    fn hash(&self) -> Option<i64> {
        // Equal datetimes hash equal; CPython's exact value is not observable in Spark's output.
        let secs = ((self.year * 12 + self.month as i64) * 31 + self.day as i64) * 86_400
            + (self.hour * 3600 + self.minute * 60 + self.second) as i64;
        Some(secs.wrapping_mul(1_000_000) + self.microsecond as i64)
    }
    fn eq(&self, other: &dyn Object) -> Option<bool> {
        Some(other.as_any().downcast_ref::<DateTime>() == Some(self))
    }
    fn compare(&self, op: crate::value::CmpOp, other: &Value) -> Option<crate::Result<bool>> {
        use crate::value::CmpOp;
        // A datetime is not ordered against a date (equality is plain `False`).
        if other.type_name() == "datetime.date" && !matches!(op, CmpOp::Eq | CmpOp::Ne) {
            return Some(Err(crate::Error::type_error(
                "can't compare datetime.datetime to datetime.date",
            )));
        }
        let o = other.downcast::<DateTime>()?;
        Some(Ok(op.test(self.cmp(o))))
    }
    fn binop(
        &self,
        op: crate::value::BinOp,
        other: &Value,
        reflected: bool,
    ) -> Option<crate::Result<Value>> {
        crate::timedelta::datetime_binop(self, op, other, reflected)
    }
    fn freeze(
        &self,
        _f: &mut crate::value::Freezer,
    ) -> Option<crate::Result<Box<dyn crate::value::PortableObject>>> {
        Some(Ok(Box::new(*self)))
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// English month names, January first (strftime's `%B`, Java's `MMMM`).
pub const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// English weekday names, Monday first (indexed by [`DateTime::weekday`]).
pub const WEEKDAY_NAMES: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// (year, month, day) to days since 1970-01-01 (Howard Hinnant's `days_from_civil`).
pub fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m as i64 + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// Days since 1970-01-01 to (year, month, day) in the proleptic Gregorian calendar
/// (Howard Hinnant's `civil_from_days`).
pub fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

impl crate::value::PortableObject for DateTime {
    fn revive(&self, _r: &mut crate::value::Reviver, _id: u32) -> crate::Result<Value> {
        Ok(Value::object(*self))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_like_python_datetime() {
        let t = DateTime::from_millis(1000, 0);
        assert_eq!(t.to_str(), "1970-01-01 00:00:01");
        assert_eq!(t.to_repr(), "datetime.datetime(1970, 1, 1, 0, 0, 1)");
        let t = DateTime::from_millis(1_700_000_000_500, 3_600_000);
        assert_eq!(t.to_str(), "2023-11-14 23:13:20.500000");
        assert_eq!(t.to_millis(3_600_000), 1_700_000_000_500);
        assert_eq!(
            DateTime::from_millis(-1000, 0).to_str(),
            "1969-12-31 23:59:59"
        );
    }
}
