//! Java `DateTimeFormatter` patterns as `date_format` and `to_timestamp` take them:
//! `yyyy MM dd HH mm ss SSS` and literal text in quotes.

use crate::timefmt::{self, MICROS_PER_SEC};
use runnel_core::time::{MONTH_NAMES, WEEKDAY_NAMES};

/// Runs of the same pattern letter, and literal text.
fn tokens(fmt: &str) -> Vec<(char, usize)> {
    let chars: Vec<char> = fmt.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '\'' {
            i += 1;
            while i < chars.len() && chars[i] != '\'' {
                out.push(('\0', chars[i] as usize));
                i += 1;
            }
            i += 1;
            continue;
        }
        let mut n = 1;
        while i + n < chars.len() && chars[i + n] == c {
            n += 1;
        }
        if c.is_ascii_alphabetic() {
            out.push((c, n));
        } else {
            for _ in 0..n {
                out.push(('\0', c as usize));
            }
        }
        i += n;
    }
    out
}

pub fn format(us: i64, fmt: &str, tz: i64) -> String {
    let (y, mo, d, h, mi, s, frac) = timefmt::fields(us, tz);
    let days = (us + tz * 1000).div_euclid(86_400 * MICROS_PER_SEC);
    let mut out = String::new();
    for (c, n) in tokens(fmt) {
        let num = |v: i64| format!("{v:0n$}");
        match c {
            '\0' => out.push(char::from_u32(n as u32).unwrap_or('?')),
            'y' | 'u' if n == 2 => out.push_str(&format!("{:02}", y % 100)),
            'y' | 'u' => out.push_str(&num(y)),
            'M' | 'L' if n >= 4 => out.push_str(MONTH_NAMES[mo as usize - 1]),
            'M' | 'L' if n == 3 => out.push_str(&MONTH_NAMES[mo as usize - 1][..3]),
            'M' | 'L' => out.push_str(&num(mo as i64)),
            'd' => out.push_str(&num(d as i64)),
            'H' => out.push_str(&num(h as i64)),
            'h' => out.push_str(&num(((h + 11) % 12 + 1) as i64)),
            'm' => out.push_str(&num(mi as i64)),
            's' => out.push_str(&num(s as i64)),
            'S' => out.push_str(&format!("{frac:06}")[..n.min(6)]),
            'a' => out.push_str(if h < 12 { "AM" } else { "PM" }),
            'E' => {
                // Day 0, 1970-01-01, was a Thursday (Monday-first index 3).
                let name = WEEKDAY_NAMES[(days + 3).rem_euclid(7) as usize];
                out.push_str(if n >= 4 { name } else { &name[..3] });
            }
            other => out.extend(std::iter::repeat_n(other, n)),
        }
    }
    out
}

/// Parses `s` with a pattern; `None` (Spark's `NULL`) when it does not fit.
pub fn parse(s: &str, fmt: &str, tz: i64) -> Option<i64> {
    let b: Vec<char> = s.chars().collect();
    let mut i = 0;
    let (mut y, mut mo, mut d, mut h, mut mi, mut sec, mut frac) = (1970, 1, 1, 0, 0, 0, 0i64);
    let mut pm = None;
    for (c, n) in tokens(fmt) {
        if c == '\0' {
            if b.get(i) != Some(&char::from_u32(n as u32)?) {
                return None;
            }
            i += 1;
            continue;
        }
        if c == 'a' {
            let t: String = b.get(i..i + 2)?.iter().collect();
            pm = Some(t.eq_ignore_ascii_case("PM"));
            i += 2;
            continue;
        }
        let width = if n >= 2 || c == 'y' {
            n.max(if c == 'y' { 4 } else { n })
        } else {
            2
        };
        let start = i;
        while i < b.len() && i - start < width && b[i].is_ascii_digit() {
            i += 1;
        }
        if n == 1 && c != 'y' && i == start + 1 {
        } else if i == start {
            return None;
        }
        let v: i64 = b[start..i].iter().collect::<String>().parse().ok()?;
        match c {
            'y' | 'u' => y = v,
            'M' => mo = v,
            'd' => d = v,
            'H' | 'h' => h = v,
            'm' => mi = v,
            's' => sec = v,
            'S' => frac = v * 10i64.pow(6u32.saturating_sub((i - start) as u32)),
            _ => return None,
        }
    }
    if i != b.len()
        || !(1..=12).contains(&mo)
        || !(1..=31).contains(&d)
        || h > 23
        || mi > 59
        || sec > 59
    {
        return None;
    }
    if let Some(p) = pm {
        h = h % 12 + if p { 12 } else { 0 };
    }
    let days = timefmt::days_from_civil(y, mo as u32, d as u32);
    Some((days * 86400 + h * 3600 + mi * 60 + sec) * MICROS_PER_SEC + frac - tz * 1000)
}
