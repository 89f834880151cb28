//! Python's local time over the host's time zone (`Host::utc_offset_ms`): timestamps to
//! naive local date-times (`localtime()` in C) and back (`mktime()`), as CPython's
//! `datetime` does both, daylight saving gaps and folds included.

use crate::Interpreter;
use runnel_core::time::DateTime;
use runnel_core::{Error, Result, Value};

/// Seconds and microseconds of a timestamp, the fraction rounded half to even as
/// CPython's `_PyTime_ObjectToTimeval` does.
pub(crate) fn split_timestamp(v: &Value) -> Result<(i64, i64)> {
    let t = super::time::seconds(v)?;
    if !t.is_finite() {
        return Err(Error::value_error("Invalid value NaN (not a number)"));
    }
    if t.abs() > 1e14 {
        return Err(Error::overflow(
            "timestamp out of range for platform time_t",
        ));
    }
    let int = t.trunc();
    let mut frac = round_half_even((t - int) * 1e6);
    let mut secs = int as i64;
    if frac >= 1e6 {
        frac -= 1e6;
        secs += 1;
    } else if frac < 0.0 {
        frac += 1e6;
        secs -= 1;
    }
    Ok((secs, frac as i64))
}

fn round_half_even(x: f64) -> f64 {
    let r = x.round();
    if (x - x.trunc()).abs() == 0.5 {
        2.0 * (x / 2.0).round()
    } else {
        r
    }
}

/// Local seconds (the local wall clock read as if it were UTC) at the UTC second `u`.
fn local(interp: &Interpreter, u: i64) -> i64 {
    u + interp.host().utc_offset_ms(u * 1000).div_euclid(1000)
}

/// The naive local date-time of `secs` + `micros` since the epoch.
pub(crate) fn from_timestamp(interp: &Interpreter, secs: i64, micros: i64) -> Result<DateTime> {
    let dt = DateTime::from_micros(local(interp, secs) * 1_000_000 + micros);
    if !(1..=9999).contains(&dt.year) {
        return Err(Error::value_error("year is out of range"));
    }
    Ok(dt)
}

/// The UTC second at which the local wall clock shows `dt` (its whole seconds): CPython's
/// `local_to_seconds` with fold 0 (the earlier of two readings, the later side of a gap).
pub(crate) fn to_utc_seconds(interp: &Interpreter, dt: &DateTime) -> i64 {
    const MAX_FOLD: i64 = 24 * 3600;
    let t = dt.to_micros().div_euclid(1_000_000);
    let a = local(interp, t) - t;
    let u1 = t - a;
    let t1 = local(interp, u1);
    let b = if t1 == t {
        let u2 = u1 - MAX_FOLD;
        let b = local(interp, u2) - u2;
        if a == b {
            return u1;
        }
        b
    } else {
        t1 - u1
    };
    let u2 = t - b;
    if local(interp, u2) == t {
        return u2;
    }
    if t1 == t {
        return u1;
    }
    u1.max(u2)
}
