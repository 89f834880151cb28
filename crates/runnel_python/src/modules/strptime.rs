//! `datetime.strptime` as CPython 3.11's `_strptime` does it in the C locale: each
//! directive is the same regular expression (`%d` is `3[01]|[12]\d|0[1-9]|[1-9]| [1-9]`,
//! `%Y` four digits, names case-insensitive...), matched with backtracking, first
//! alternative first, from the start of the text; whitespace in the format matches any
//! run of it. Then the fields combine as `_strptime` combines them (`%p`, 2-digit
//! years, `%j`, `%U`/`%W` with a weekday, ISO `%G`/`%V`/`%u`) and `datetime()` checks
//! the result. `%z` (an aware result) is refused: Runnel has no `tzinfo`.

use runnel_core::time::{civil_from_days, days_from_civil, DateTime};
use runnel_core::{Error, Result, Value};
use std::collections::HashMap;

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];
const DAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// One piece of a format: literal text, whitespace, or a directive.
#[derive(Clone, Copy)]
enum Item {
    Lit(char),
    Space,
    Dir(char),
}

/// The regular expression of a numeric directive, as alternatives of character classes.
fn numeric(d: char) -> Option<&'static str> {
    Some(match d {
        'd' => "3[01]|[12]D|0[1-9]|[1-9]| [1-9]",
        'f' => "DDDDDD|DDDDD|DDDD|DDD|DD|D",
        'H' => "2[0-3]|[01]D|D",
        'I' => "1[0-2]|0[1-9]|[1-9]",
        'G' | 'Y' => "DDDD",
        'j' => "36[0-6]|3[0-5]D|[12]DD|0[1-9]D|00[1-9]|[1-9]D|0[1-9]|[1-9]",
        'm' => "1[0-2]|0[1-9]|[1-9]",
        'M' => "[0-5]D|D",
        'S' => "6[01]|[0-5]D|D",
        'U' | 'W' => "5[0-3]|[0-4]D|D",
        'w' => "[0-6]",
        'u' => "[1-7]",
        'V' => "5[0-3]|0[1-9]|[1-4]D|D",
        'y' => "DD",
        _ => return None,
    })
}

/// The lengths of `alt`'s match at `t[i..]`, one per alternative that matches, in order.
fn matches(alts: &str, t: &[char], i: usize) -> Vec<usize> {
    let mut out = Vec::new();
    for alt in alts.split('|') {
        let mut j = i;
        let mut ok = true;
        let mut p = alt.chars().peekable();
        while let Some(c) = p.next() {
            let Some(&x) = t.get(j) else {
                ok = false;
                break;
            };
            let hit = match c {
                'D' => x.is_ascii_digit(),
                '[' => {
                    let class: String = p.by_ref().take_while(|c| *c != ']').collect();
                    let cs: Vec<char> = class.chars().collect();
                    let mut k = 0;
                    let mut found = false;
                    while k < cs.len() {
                        if k + 2 < cs.len() && cs[k + 1] == '-' {
                            found |= (cs[k]..=cs[k + 2]).contains(&x);
                            k += 3;
                        } else {
                            found |= cs[k] == x;
                            k += 1;
                        }
                    }
                    found
                }
                lit => lit == x,
            };
            if !hit {
                ok = false;
                break;
            }
            j += 1;
        }
        if ok {
            out.push(j - i);
        }
    }
    out
}

/// The names a word directive accepts, longest first (as `_strptime` sorts them).
fn names(d: char) -> Option<Vec<String>> {
    let mut v: Vec<String> = match d {
        'B' => MONTHS.iter().map(|s| s.to_string()).collect(),
        'b' | 'h' => MONTHS.iter().map(|s| s[..3].to_string()).collect(),
        'A' => DAYS.iter().map(|s| s.to_string()).collect(),
        'a' => DAYS.iter().map(|s| s[..3].to_string()).collect(),
        'p' => vec!["am".into(), "pm".into()],
        'Z' => vec!["utc".into(), "gmt".into()],
        _ => return None,
    };
    v.sort_by_key(|s| std::cmp::Reverse(s.len()));
    Some(v)
}

/// The format as items; `%c`, `%x`, `%X` become the C locale's formats.
fn parse_format(fmt: &str) -> Result<Vec<Item>> {
    let mut out = Vec::new();
    let mut cs = fmt.chars().peekable();
    while let Some(c) = cs.next() {
        if c.is_whitespace() {
            while cs.peek().is_some_and(|c| c.is_whitespace()) {
                cs.next();
            }
            out.push(Item::Space);
            continue;
        }
        if c != '%' {
            out.push(Item::Lit(c));
            continue;
        }
        let Some(d) = cs.next() else {
            return Err(Error::value_error(format!("stray % in format '{fmt}'")));
        };
        let expand = match d {
            'c' => Some("%a %b %d %H:%M:%S %Y"),
            'x' => Some("%m/%d/%y"),
            'X' => Some("%H:%M:%S"),
            _ => None,
        };
        if let Some(e) = expand {
            out.extend(parse_format(e)?);
        } else if d == '%' {
            out.push(Item::Lit('%'));
        } else if numeric(d).is_some() || names(d).is_some() {
            out.push(Item::Dir(d));
        } else if d == 'z' {
            return Err(Error::new(
                "NotImplementedError",
                "strptime's %z makes an aware datetime, and Runnel's datetimes have no tzinfo",
            ));
        } else {
            return Err(Error::value_error(format!(
                "'{d}' is a bad directive in format '{fmt}'"
            )));
        }
    }
    Ok(out)
}

type Found = Vec<(char, String)>;

/// Matches `items` at `t[i..]` with backtracking; the end position and the fields.
fn match_items(items: &[Item], t: &[char], i: usize, found: &mut Found) -> Option<usize> {
    let Some((first, rest)) = items.split_first() else {
        return Some(i);
    };
    match *first {
        Item::Lit(c) => {
            let x = *t.get(i)?;
            let same = x == c || x.to_lowercase().eq(c.to_lowercase());
            same.then(|| match_items(rest, t, i + 1, found)).flatten()
        }
        Item::Space => {
            let n = t[i..].iter().take_while(|c| c.is_whitespace()).count();
            // `\s+` is greedy: longest run first.
            (1..=n)
                .rev()
                .find_map(|k| match_items(rest, t, i + k, found))
        }
        Item::Dir(d) => {
            let lens: Vec<usize> = match (numeric(d), names(d)) {
                (Some(alts), _) => matches(alts, t, i),
                (None, Some(ns)) => {
                    let text: String = t[i..].iter().collect::<String>().to_lowercase();
                    ns.iter()
                        .filter(|n| text.starts_with(n.as_str()))
                        .map(|n| n.chars().count())
                        .collect()
                }
                _ => Vec::new(),
            };
            for len in lens {
                found.push((d, t[i..i + len].iter().collect()));
                if let Some(end) = match_items(rest, t, i + len, found) {
                    return Some(end);
                }
                found.pop();
            }
            None
        }
    }
}

/// `datetime.strptime(text, fmt)`.
pub(crate) fn strptime(text: &str, fmt: &str) -> Result<DateTime> {
    let items = parse_format(fmt)?;
    let t: Vec<char> = text.chars().collect();
    let mut found = Vec::new();
    let Some(end) = match_items(&items, &t, 0, &mut found) else {
        return Err(Error::value_error(format!(
            "time data {} does not match format {}",
            Value::str(text).repr(),
            Value::str(fmt).repr()
        )));
    };
    if end != t.len() {
        return Err(Error::value_error(format!(
            "unconverted data remains: {}",
            t[end..].iter().collect::<String>()
        )));
    }
    combine(&found.into_iter().collect())
}

fn num(f: &HashMap<char, String>, d: char) -> Option<i64> {
    f.get(&d).and_then(|s| s.trim().parse().ok())
}

fn index_of(list: &[&str], s: &str, short: bool) -> i64 {
    let s = s.to_lowercase();
    list.iter()
        .position(|n| if short { n[..3] == s } else { *n == s })
        .unwrap_or(0) as i64
}

const ISO_WEEKDAY: &str = "('%A', '%a', '%w', or '%u')";

/// The date-time the fields make, as `_strptime._strptime` combines them.
fn combine(f: &HashMap<char, String>) -> Result<DateTime> {
    let mut year = num(f, 'Y');
    if let Some(y) = num(f, 'y') {
        year = Some(if y <= 68 { y + 2000 } else { y + 1900 });
    }
    let iso_year = num(f, 'G');
    let iso_week = num(f, 'V');
    let mut month = num(f, 'm').unwrap_or(1);
    for (d, short) in [('B', false), ('b', true), ('h', true)] {
        if let Some(s) = f.get(&d) {
            month = index_of(&MONTHS, s, short) + 1;
        }
    }
    let mut day = num(f, 'd').unwrap_or(1);
    let mut hour = num(f, 'H').unwrap_or(0);
    if let Some(h) = num(f, 'I') {
        hour = match f.get(&'p').map(|p| p.to_lowercase()) {
            Some(p) if p == "pm" => {
                if h == 12 {
                    12
                } else {
                    h + 12
                }
            }
            _ => {
                if h == 12 {
                    0
                } else {
                    h
                }
            }
        };
    }
    let (minute, second) = (num(f, 'M').unwrap_or(0), num(f, 'S').unwrap_or(0));
    let micro = f
        .get(&'f')
        .map(|s| format!("{s:0<6}").parse::<i64>().unwrap_or(0))
        .unwrap_or(0);
    let mut weekday = None;
    for (d, short) in [('A', false), ('a', true)] {
        if let Some(s) = f.get(&d) {
            weekday = Some(index_of(&DAYS, s, short));
        }
    }
    if let Some(w) = num(f, 'w') {
        weekday = Some(if w == 0 { 6 } else { w - 1 });
    }
    if let Some(u) = num(f, 'u') {
        weekday = Some(u - 1);
    }
    let mut julian = num(f, 'j');
    if year.is_none() && iso_year.is_some() {
        if iso_week.is_none() || weekday.is_none() {
            return Err(Error::value_error(format!("ISO year directive '%G' must be used with the ISO week directive '%V' and a weekday directive {ISO_WEEKDAY}.")));
        }
        if julian.is_some() {
            return Err(Error::value_error("Day of the year directive '%j' is not compatible with ISO year directive '%G'. Use '%Y' instead."));
        }
    } else if iso_week.is_some() {
        if year.is_none() || weekday.is_none() {
            return Err(Error::value_error(format!("ISO week directive '%V' must be used with the ISO year directive '%G' and a weekday directive {ISO_WEEKDAY}.")));
        }
        return Err(Error::value_error("ISO week directive '%V' is incompatible with the year directive '%Y'. Use the ISO year '%G' instead."));
    }
    let leap_fix = year.is_none() && month == 2 && day == 29;
    let mut y = year.unwrap_or(if leap_fix { 1904 } else { 1900 });
    let week = num(f, 'U')
        .map(|w| (w, true))
        .or(num(f, 'W').map(|w| (w, false)));
    if let (None, Some(wd), Some((w, sunday))) = (julian, weekday, week) {
        julian = Some(julian_from_week(y, w, wd, sunday));
    }
    if let (Some(gy), Some(gv), Some(wd)) = (iso_year, iso_week, weekday) {
        // `date.fromisocalendar(G, V, weekday + 1)`.
        let jan4 = days_from_civil(gy, 1, 4);
        let week1 = jan4 - (jan4 + 3).rem_euclid(7);
        let (cy, cm, cd) = civil_from_days(week1 + (gv - 1) * 7 + wd);
        y = cy;
        month = cm as i64;
        day = cd as i64;
    } else if let Some(j) = julian {
        let mut j = j;
        if j <= 0 {
            y -= 1;
            j += days_from_civil(y + 1, 1, 1) - days_from_civil(y, 1, 1);
        }
        let (cy, cm, cd) = civil_from_days(days_from_civil(y, 1, 1) + j - 1);
        y = cy;
        month = cm as i64;
        day = cd as i64;
    }
    if leap_fix {
        y = 1900;
    }
    let parts = [y, month, day, hour, minute, second, micro];
    let v = super::datetime::construct(crate::Args::new(
        parts.iter().map(|p| Value::Int(*p)).collect(),
    ))?;
    v.downcast::<DateTime>()
        .cloned()
        .ok_or_else(|| Error::value_error("strptime made no datetime"))
}

/// `_calc_julian_from_U_or_W`: the day of the year of a week number and weekday.
fn julian_from_week(year: i64, week: i64, weekday: i64, sunday_first: bool) -> i64 {
    let first_weekday = (days_from_civil(year, 1, 1) + 3).rem_euclid(7);
    let (first_weekday, weekday) = if sunday_first {
        ((first_weekday + 1) % 7, (weekday + 1) % 7)
    } else {
        (first_weekday, weekday)
    };
    let week_0_length = (7 - first_weekday) % 7;
    if week == 0 {
        1 + weekday - first_weekday
    } else {
        let days_to_week = week_0_length + 7 * (week - 1);
        1 + days_to_week + weekday
    }
}
