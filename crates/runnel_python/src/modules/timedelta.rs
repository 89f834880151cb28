//! `datetime.timedelta` (the type lives in `runnel_core::timedelta`) and
//! `datetime.strptime`.

use crate::native::NativeFunction;
use crate::Args;
use runnel_core::time::DateTime;
use runnel_core::timedelta::TimeDelta;
use runnel_core::{Error, Result, Value};

/// `timedelta(days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0)`.
pub(crate) fn construct(mut a: Args) -> Result<Value> {
    const UNITS: [(&str, f64); 7] = [
        ("days", 86_400e6),
        ("seconds", 1e6),
        ("microseconds", 1.0),
        ("milliseconds", 1e3),
        ("minutes", 60e6),
        ("hours", 3_600e6),
        ("weeks", 604_800e6),
    ];
    let mut exact: i128 = 0;
    let mut inexact = 0.0f64;
    let mut any_float = false;
    for (i, (name, us)) in UNITS.iter().enumerate() {
        match a.take(i, name) {
            None => {}
            Some(Value::Int(n)) => exact += n as i128 * *us as i128,
            Some(Value::Bool(b)) => exact += b as i128 * *us as i128,
            Some(Value::Float(x)) => {
                any_float = true;
                inexact += x * us;
            }
            Some(other) => {
                return Err(Error::type_error(format!(
                    "unsupported type for timedelta {name} component: {}",
                    other.type_name()
                )))
            }
        }
    }
    if let Some((k, _)) = a.keywords.first() {
        return Err(Error::type_error(format!(
            "'{k}' is an invalid keyword argument for __new__()"
        )));
    }
    crate::modules::args::done(&a, "timedelta", 7)?;
    let td = if any_float {
        TimeDelta::from_micros_f64(exact as f64 + inexact)
            .map_err(|_| Error::overflow("Python int too large to convert to C int"))?
    } else {
        TimeDelta::from_micros(exact)?
    };
    Ok(Value::object(td))
}

/// Attributes of a timedelta value.
pub(crate) fn attr(obj: &Value, td: &TimeDelta, name: &str) -> Result<Value> {
    let td = *td;
    Ok(match name {
        "days" => Value::Int(td.days),
        "seconds" => Value::Int(td.seconds),
        "microseconds" => Value::Int(td.micros),
        "total_seconds" => NativeFunction::new("total_seconds", move |_, a: Args| {
            a.check_count("total_seconds", 0, 0)?;
            Ok(Value::Float(td.total_seconds()))
        }),
        _ => return Err(crate::methods::no_attr(obj, name)),
    })
}

pub(crate) use super::struct_time::struct_time;

const MONTHS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];
const DAYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
const LONG_MONTHS: [&str; 12] = [
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
const LONG_DAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// `datetime.strptime(text, format)` for the common directives.
pub(crate) fn strptime(text: &str, fmt: &str) -> Result<DateTime> {
    let mismatch = || {
        Error::value_error(format!(
            "time data {} does not match format {}",
            Value::str(text).repr(),
            Value::str(fmt).repr()
        ))
    };
    let t: Vec<char> = text.chars().collect();
    let mut i = 0;
    let (mut year, mut month, mut day, mut hour, mut minute, mut second, mut micro) =
        (1900i64, 1u32, 1u32, 0u32, 0u32, 0u32, 0u32);
    let mut pm: Option<bool> = None;
    let mut yday: Option<i64> = None;
    let num = |i: &mut usize, max: usize| -> Option<i64> {
        let start = *i;
        while *i < t.len() && *i - start < max && t[*i].is_ascii_digit() {
            *i += 1;
        }
        (*i > start)
            .then(|| t[start..*i].iter().collect::<String>().parse().ok())
            .flatten()
    };
    let word = |i: &mut usize, names: &[&str]| -> Option<usize> {
        let rest: String = t[*i..].iter().collect::<String>().to_lowercase();
        let (idx, n) = names
            .iter()
            .enumerate()
            .filter(|(_, n)| rest.starts_with(*n))
            .max_by_key(|(_, n)| n.len())?;
        *i += n.chars().count();
        Some(idx)
    };
    let mut f = fmt.chars().peekable();
    while let Some(c) = f.next() {
        if c != '%' {
            if c.is_whitespace() {
                while i < t.len() && t[i].is_whitespace() {
                    i += 1;
                }
                continue;
            }
            if t.get(i) != Some(&c) {
                return Err(mismatch());
            }
            i += 1;
            continue;
        }
        let d = f
            .next()
            .ok_or_else(|| Error::value_error("stray % in format"))?;
        let ok = match d {
            'Y' => num(&mut i, 4).map(|v| year = v),
            'y' => num(&mut i, 2).map(|v| year = if v < 69 { 2000 + v } else { 1900 + v }),
            'm' => num(&mut i, 2).map(|v| month = v as u32),
            'd' => num(&mut i, 2).map(|v| day = v as u32),
            'H' => num(&mut i, 2).map(|v| hour = v as u32),
            'I' => num(&mut i, 2).map(|v| hour = v as u32),
            'M' => num(&mut i, 2).map(|v| minute = v as u32),
            'S' => num(&mut i, 2).map(|v| second = v as u32),
            'f' => {
                let start = i;
                num(&mut i, 6).map(|v| micro = (v * 10i64.pow(6 - (i - start) as u32)) as u32)
            }
            'j' => num(&mut i, 3).map(|v| yday = Some(v)),
            'b' | 'h' => word(&mut i, &MONTHS).map(|m| month = m as u32 + 1),
            'B' => word(&mut i, &LONG_MONTHS).map(|m| month = m as u32 + 1),
            'a' => word(&mut i, &DAYS).map(|_| ()),
            'A' => word(&mut i, &LONG_DAYS).map(|_| ()),
            'p' => word(&mut i, &["am", "pm"]).map(|p| pm = Some(p == 1)),
            '%' => (t.get(i) == Some(&'%')).then(|| i += 1),
            other => {
                return Err(Error::value_error(format!(
                    "'{other}' is a bad directive in format '%{other}' (or not supported by Runnel's strptime)"
                )))
            }
        };
        ok.ok_or_else(mismatch)?;
    }
    if i != t.len() {
        return Err(Error::value_error(format!(
            "unconverted data remains: {}",
            t[i..].iter().collect::<String>()
        )));
    }
    if let Some(pm) = pm {
        hour = match (pm, hour) {
            (false, 12) => 0,
            (true, h) if h < 12 => h + 12,
            (_, h) => h,
        };
    }
    let mut dt = DateTime {
        year,
        month,
        day,
        hour,
        minute,
        second,
        microsecond: micro,
        fold: 0,
    };
    if let Some(yd) = yday {
        let jan1 = DateTime {
            month: 1,
            day: 1,
            ..dt
        };
        let d = DateTime::from_micros((jan1.days() + yd - 1) * 86_400_000_000);
        dt.month = d.month;
        dt.day = d.day;
    }
    if !(1..=12).contains(&dt.month)
        || dt.day < 1
        || dt.day > 31
        || dt.hour > 23
        || dt.minute > 59
        || dt.second > 61
    {
        return Err(mismatch());
    }
    Ok(dt)
}
