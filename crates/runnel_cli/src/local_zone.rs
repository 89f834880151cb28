//! The machine's time zone (`TZ`, else the system's), for Python's local time:
//! `datetime.fromtimestamp`, `timestamp()` and `date.today()` read it per instant, so
//! daylight saving shifts apply as CPython's `localtime()` applies them.

use chrono::{Local, Offset, TimeZone};

/// Milliseconds east of UTC at the UTC instant `utc_ms` (UTC when the instant is out of
/// chrono's range).
pub fn utc_offset_ms(utc_ms: i64) -> i64 {
    match chrono::DateTime::from_timestamp_millis(utc_ms) {
        Some(t) => {
            let offset = Local.offset_from_utc_datetime(&t.naive_utc());
            offset.fix().local_minus_utc() as i64 * 1000
        }
        None => 0,
    }
}
