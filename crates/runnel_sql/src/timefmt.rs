//! Timestamps as Spark reads and prints them, and interval strings (`"10 seconds"`).

use runnel_core::{Error, Result};

pub const MICROS_PER_SEC: i64 = 1_000_000;

pub use runnel_core::time::{civil_from_days, days_from_civil};

/// The fields of a timestamp in a zone: (year, month, day, hour, minute, second, micros).
pub fn fields(us: i64, tz_offset_ms: i64) -> (i64, u32, u32, u32, u32, u32, u32) {
    let local = us + tz_offset_ms * 1000;
    let days = local.div_euclid(86_400 * MICROS_PER_SEC);
    let rem = local.rem_euclid(86_400 * MICROS_PER_SEC);
    let (y, m, d) = civil_from_days(days);
    let secs = rem / MICROS_PER_SEC;
    (
        y,
        m,
        d,
        (secs / 3600) as u32,
        (secs / 60 % 60) as u32,
        (secs % 60) as u32,
        (rem % MICROS_PER_SEC) as u32,
    )
}

/// `2026-01-01 00:00:01` (and `.5`, `.123456` when there are fractions), as Spark shows
/// timestamps.
pub fn format_ts(us: i64, tz_offset_ms: i64) -> String {
    let (y, mo, d, h, mi, s, frac) = fields(us, tz_offset_ms);
    let mut out = format!("{y:04}-{mo:02}-{d:02} {h:02}:{mi:02}:{s:02}");
    if frac != 0 {
        let f = format!("{frac:06}");
        out.push('.');
        out.push_str(f.trim_end_matches('0'));
    }
    out
}

/// Spark's timestamp strings: `2026-01-01 00:00:01`, `2026-01-01T00:00:01.5`, a date alone,
/// an optional `Z` or `+hh:mm`. `None` when the text is not a timestamp (Spark's `NULL`).
pub fn parse_ts(s: &str, tz_offset_ms: i64) -> Option<i64> {
    let s = s.trim();
    let b = s.as_bytes();
    let num = |from: usize, len: usize| -> Option<i64> {
        let t = s.get(from..from + len)?;
        t.bytes()
            .all(|c| c.is_ascii_digit())
            .then(|| t.parse().ok())?
    };
    let y = num(0, 4)?;
    if b.get(4) != Some(&b'-') {
        return None;
    }
    let mut i = 5;
    let digits = |i: usize| b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
    let n = digits(i);
    let mo = num(i, n)? as u32;
    i += n;
    if b.get(i) != Some(&b'-') {
        return None;
    }
    i += 1;
    let n = digits(i);
    let d = num(i, n)? as u32;
    i += n;
    if !(1..=12).contains(&mo) || !(1..=31).contains(&d) {
        return None;
    }
    let (mut h, mut mi, mut sec, mut frac) = (0, 0, 0, 0i64);
    let mut offset_ms = tz_offset_ms;
    if i < b.len() && (b[i] == b' ' || b[i] == b'T') {
        i += 1;
        let n = digits(i);
        h = num(i, n)?;
        i += n;
        if b.get(i) == Some(&b':') {
            let n = digits(i + 1);
            mi = num(i + 1, n)?;
            i += 1 + n;
            if b.get(i) == Some(&b':') {
                let n = digits(i + 1);
                sec = num(i + 1, n)?;
                i += 1 + n;
                if b.get(i) == Some(&b'.') {
                    let n = digits(i + 1);
                    let f = &s[i + 1..i + 1 + n.min(6)];
                    frac = format!("{f:0<6}").parse().ok()?;
                    i += 1 + n;
                }
            }
        }
        if h > 23 || mi > 59 || sec > 59 {
            return None;
        }
    }
    match &s[i..] {
        "" => {}
        "Z" | "UTC" => offset_ms = 0,
        z if (z.starts_with('+') || z.starts_with('-')) && z.len() == 6 => {
            let sign = if z.starts_with('-') { -1 } else { 1 };
            let hh: i64 = z[1..3].parse().ok()?;
            let mm: i64 = z[4..6].parse().ok()?;
            offset_ms = sign * (hh * 3600 + mm * 60) * 1000;
        }
        _ => return None,
    }
    let days = days_from_civil(y, mo, d);
    let secs = days * 86400 + h * 3600 + mi * 60 + sec;
    Some(secs * MICROS_PER_SEC + frac - offset_ms * 1000)
}

/// An interval string as `window()` and `withWatermark()` take it (`"10 seconds"`,
/// `"1 minute"`, `"2 hours 30 minutes"`, `"interval 5 seconds"`), in microseconds.
pub fn parse_interval(s: &str) -> Result<i64> {
    let bad = || {
        Error::new(
            "IllegalArgumentException",
            format!("Error parsing '{s}' to interval, Unrecognized number ''"),
        )
    };
    let mut words = s.split_whitespace().peekable();
    if words
        .peek()
        .is_some_and(|w| w.eq_ignore_ascii_case("interval"))
    {
        words.next();
    }
    let mut total: i64 = 0;
    let mut any = false;
    while let Some(n) = words.next() {
        let unit = words.next().ok_or_else(bad)?.to_lowercase();
        let n: f64 = n.parse().map_err(|_| bad())?;
        let scale = match unit.trim_end_matches('s') {
            "microsecond" | "us" => 1.0,
            "millisecond" | "m" | "milli" => 1e3,
            "second" | "sec" => 1e6,
            "minute" | "min" => 60e6,
            "hour" => 3600e6,
            "day" => 86400e6,
            "week" => 7.0 * 86400e6,
            _ => return Err(bad()),
        };
        total += (n * scale) as i64;
        any = true;
    }
    if !any {
        return Err(bad());
    }
    Ok(total)
}
