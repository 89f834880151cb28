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

const MAX_FOLD: i64 = 24 * 3600;

/// The naive local date-time of `secs` + `micros` since the epoch, with `fold` 1 when it
/// is the second reading of a repeated hour (CPython's probe a day back).
pub(crate) fn from_timestamp(interp: &Interpreter, secs: i64, micros: i64) -> Result<DateTime> {
    let result = local(interp, secs);
    let mut dt = DateTime::from_micros(result * 1_000_000 + micros);
    if !(1..=9999).contains(&dt.year) {
        return Err(Error::value_error("year is out of range"));
    }
    let transition = result - local(interp, secs - MAX_FOLD) - MAX_FOLD;
    if transition < 0 && local(interp, secs + transition) == result {
        dt.fold = 1;
    }
    Ok(dt)
}

/// The UTC second at which the local wall clock shows `dt` (its whole seconds): CPython's
/// `local_to_seconds`; `dt.fold` picks the earlier (0) or later (1) of two readings, and
/// the later (0) or earlier (1) side of a gap.
pub(crate) fn to_utc_seconds(interp: &Interpreter, dt: &DateTime) -> i64 {
    let fold = dt.fold == 1;
    let t = dt.to_micros().div_euclid(1_000_000);
    let a = local(interp, t) - t;
    let u1 = t - a;
    let t1 = local(interp, u1);
    let b = if t1 == t {
        let u2 = if fold { u1 + MAX_FOLD } else { u1 - MAX_FOLD };
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
    if fold {
        u1.min(u2)
    } else {
        u1.max(u2)
    }
}

/// Seconds east of UTC at the UTC second `u`.
pub(crate) fn offset_secs(interp: &Interpreter, u: i64) -> i64 {
    interp.host().utc_offset_ms(u * 1000).div_euclid(1000)
}

/// The zone's standard and daylight offsets in the year of the UTC second `u` (its
/// January and July offsets, the smaller one standard; equal where the zone has no
/// daylight saving), as C's `tzset` derives `timezone` and `altzone`.
fn year_offsets(interp: &Interpreter, u: i64) -> (i64, i64) {
    let year = DateTime::from_millis(u * 1000, 0).year;
    let at = |month: u32| {
        let dt = DateTime {
            year,
            month,
            day: 1,
            hour: 0,
            minute: 0,
            second: 0,
            microsecond: 0,
            fold: 0,
        };
        offset_secs(interp, dt.to_micros().div_euclid(1_000_000))
    };
    let (jan, jul) = (at(1), at(7));
    (jan.min(jul), jan.max(jul))
}

/// `tm_isdst` at the UTC second `u`: 1 when the offset then is the year's daylight one.
pub(crate) fn is_dst(interp: &Interpreter, u: i64) -> i64 {
    let (std, dst) = year_offsets(interp, u);
    (std != dst && offset_secs(interp, u) == dst) as i64
}

/// C's `mktime` (glibc's): the UTC second of the local `dt`, read as daylight time when
/// `isdst` is 1, standard time when 0, and as the zone says when -1.
pub(crate) fn mktime(interp: &Interpreter, dt: &DateTime, isdst: i64) -> i64 {
    let u = to_utc_seconds(interp, dt);
    let (std, dst) = year_offsets(interp, u);
    // glibc assumes an hour of daylight saving in a year (or zone) without any.
    let shift = if dst == std { 3600 } else { dst - std };
    match (isdst, is_dst(interp, u)) {
        (1, 0) => u - shift,
        (0, 1) => u + shift,
        // A repeated hour read by the zone: glibc takes its standard-time reading.
        (-1, 1) if local(interp, u + shift) == local(interp, u) => u + shift,
        _ => u,
    }
}
