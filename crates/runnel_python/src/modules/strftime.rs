//! `strftime` as CPython 3.11 on Linux gives it: CPython fills in `%f`, `%z` and `%Z`
//! itself and hands the rest to glibc, whose C-locale directives this follows: every
//! conversion (`%a`...`%Z`, ISO weeks `%G %g %V`, `%U %W`, `%C`, `%s`, `%k %l`, `%P`...),
//! the flags `-` `_` `0` `^` `#`, a field width, the `E`/`O` modifiers (no effect in the C
//! locale), and an unknown directive printed as written.

use super::struct_time::Tm;
use runnel_core::time::{days_from_civil, DateTime, MONTH_NAMES, WEEKDAY_NAMES};

/// The ISO 8601 year and week of a date (`%G`, `%V`).
pub(crate) fn iso_week(dt: &DateTime) -> (i64, i64) {
    let days = dt.days();
    // Monday-based weekday, 0..6.
    let wd = (days + 3).rem_euclid(7);
    let thursday = days - wd + 3;
    let ty = runnel_core::time::civil_from_days(thursday).0;
    let week = (thursday - days_from_civil(ty, 1, 1)) / 7 + 1;
    (ty, week)
}

/// One directive's text, and whether it is a number (padded with `0` by default).
fn convert(dt: &DateTime, tm: &Tm, c: char) -> Option<(String, Option<(usize, char)>)> {
    let month = MONTH_NAMES
        .get(dt.month.saturating_sub(1) as usize)
        .copied()
        .unwrap_or("");
    let day = WEEKDAY_NAMES[tm.wday.rem_euclid(7) as usize];
    let yday0 = tm.yday - 1;
    // Sunday = 0, as C's tm_wday.
    let c_wday = (tm.wday + 1).rem_euclid(7);
    let hour12 = if dt.hour.is_multiple_of(12) {
        12
    } else {
        dt.hour % 12
    };
    let num = |v: i64, w: usize| Some((v.to_string(), Some((w, '0'))));
    let spaced = |v: i64, w: usize| Some((v.to_string(), Some((w, ' '))));
    let text = |s: String| Some((s, None));
    match c {
        'a' => text(day.get(..3).unwrap_or("").into()),
        'A' => text(day.into()),
        'b' | 'h' => text(month.get(..3).unwrap_or("").into()),
        'B' => text(month.into()),
        'c' => text(render(dt, "%a %b %e %H:%M:%S %Y", tm)),
        'C' => num(dt.year.div_euclid(100), 1),
        'd' => num(dt.day as i64, 2),
        'D' | 'x' => text(render(dt, "%m/%d/%y", tm)),
        'e' => spaced(dt.day as i64, 2),
        'F' => text(render(dt, "%Y-%m-%d", tm)),
        'G' => num(iso_week(dt).0, 1),
        'g' => num(iso_week(dt).0.rem_euclid(100), 2),
        'H' => num(dt.hour as i64, 2),
        'I' => num(hour12 as i64, 2),
        'j' => num(tm.yday, 3),
        'k' => spaced(dt.hour as i64, 2),
        'l' => spaced(hour12 as i64, 2),
        'm' => num(dt.month as i64, 2),
        'M' => num(dt.minute as i64, 2),
        'n' => text("\n".into()),
        'p' => text(if dt.hour < 12 { "AM" } else { "PM" }.into()),
        'P' => text(if dt.hour < 12 { "am" } else { "pm" }.into()),
        'r' => text(render(dt, "%I:%M:%S %p", tm)),
        'R' => text(render(dt, "%H:%M", tm)),
        's' => {
            let local = dt.days() * 86400
                + dt.hour as i64 * 3600
                + dt.minute as i64 * 60
                + dt.second as i64;
            num(local - tm.gmtoff.unwrap_or(0), 1)
        }
        'S' => num(dt.second as i64, 2),
        't' => text("\t".into()),
        'T' | 'X' => text(render(dt, "%H:%M:%S", tm)),
        'u' => num(tm.wday.rem_euclid(7) + 1, 1),
        'U' => num((yday0 + 7 - c_wday) / 7, 2),
        'V' => num(iso_week(dt).1, 2),
        'w' => num(c_wday, 1),
        'W' => num((yday0 + 7 - tm.wday.rem_euclid(7)) / 7, 2),
        'y' => num(dt.year.rem_euclid(100), 2),
        'Y' => num(dt.year, 1),
        'z' if tm.isdst >= 0 => {
            let off = tm.gmtoff.unwrap_or(0);
            let (sign, a) = if off < 0 { ('-', -off) } else { ('+', off) };
            text(format!("{sign}{:02}{:02}", a / 3600, a % 3600 / 60))
        }
        'z' => text(String::new()),
        'Z' => text(tm.zone.unwrap_or("").into()),
        'f' => text(format!("{:06}", dt.microsecond)),
        '%' => text("%".into()),
        _ => None,
    }
}

/// Pads a number to its default or given width (`0`/`_`/`-` flags decide the fill).
fn pad(
    s: String,
    numeric: Option<(usize, char)>,
    flag: Option<char>,
    width: Option<usize>,
) -> String {
    let (default_w, default_fill) = numeric.unwrap_or((0, ' '));
    if flag == Some('-') && width.is_none() {
        return s;
    }
    let fill = match (flag, numeric) {
        (Some('_' | '-'), _) => ' ',
        (Some('0'), _) => '0',
        (_, Some(_)) => default_fill,
        _ => ' ',
    };
    let w = width.unwrap_or(default_w);
    let len = s.chars().count();
    if len >= w {
        return s;
    }
    let padding: String = std::iter::repeat_n(fill, w - len).collect();
    match s.strip_prefix('-') {
        Some(rest) if fill == '0' => format!("-{padding}{rest}"),
        _ => format!("{padding}{s}"),
    }
}

/// `strftime(fmt)` of a date-time with its `struct_time` fields.
pub(crate) fn render(dt: &DateTime, fmt: &str, tm: &Tm) -> String {
    let mut out = String::new();
    let chars: Vec<char> = fmt.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if chars[i] != '%' {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        let start = i;
        i += 1;
        // Python's own `%f`, `%z`, `%Z` come before glibc sees flags.
        let mut flag = None;
        let mut upper = false;
        let mut swap = false;
        while let Some(&f) = chars.get(i).filter(|c| "-_0^#".contains(**c)) {
            match f {
                '^' => upper = true,
                '#' => swap = true,
                _ => flag = Some(f),
            }
            i += 1;
        }
        let digits: String = chars[i..]
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .collect();
        i += digits.len();
        let width = digits.parse::<usize>().ok();
        if matches!(chars.get(i), Some('E' | 'O')) {
            i += 1;
        }
        let plain = i == start + 1;
        let converted = chars.get(i).and_then(|&c| match c {
            // CPython replaces these only as written plainly; glibc knows no `%f`.
            'f' if !plain => None,
            c => convert(dt, tm, c).map(|r| (c, r)),
        });
        let Some((c, (s, numeric))) = converted else {
            let end = (i + 1).min(chars.len());
            out.extend(&chars[start..end]);
            i = end;
            continue;
        };
        i += 1;
        let mut s = pad(s, numeric, flag, width);
        if upper || (swap && matches!(c, 'a' | 'A' | 'b' | 'B' | 'h')) {
            s = s.to_uppercase();
        } else if swap && matches!(c, 'p' | 'Z') {
            s = s.to_lowercase();
        }
        out.push_str(&s);
    }
    out
}
