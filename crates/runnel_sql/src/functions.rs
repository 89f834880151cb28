//! Scalar functions of `pyspark.sql.functions` and Spark SQL, by name: their argument
//! checks, result types and evaluation.

use crate::datum::Datum;
use crate::expr::{EvalCtx, Expr};
use crate::timefmt;
use crate::types::DataType;
use runnel_core::{Error, Result};
use std::rc::Rc;

/// The functions this module evaluates, with their argument counts.
const FUNCTIONS: &[(&str, usize, usize)] = &[
    ("upper", 1, 1),
    ("lower", 1, 1),
    ("length", 1, 1),
    ("trim", 1, 1),
    ("ltrim", 1, 1),
    ("rtrim", 1, 1),
    ("concat", 0, usize::MAX),
    ("concat_ws", 1, usize::MAX),
    ("split", 2, 3),
    ("substring", 3, 3),
    ("coalesce", 1, usize::MAX),
    ("abs", 1, 1),
    ("round", 1, 2),
    ("size", 1, 1),
    ("to_timestamp", 1, 2),
    ("date_format", 2, 2),
    ("current_timestamp", 0, 0),
    ("rand", 1, 1),
    ("year", 1, 1),
    ("month", 1, 1),
    ("dayofmonth", 1, 1),
    ("hour", 1, 1),
    ("minute", 1, 1),
    ("second", 1, 1),
    ("unix_timestamp", 0, 2),
    ("array_contains", 2, 2),
    ("struct", 0, usize::MAX),
    ("contains", 2, 2),
    ("startswith", 2, 2),
    ("endswith", 2, 2),
];

pub fn exists(name: &str) -> bool {
    FUNCTIONS.iter().any(|(n, _, _)| *n == name)
}

/// Checks a call's arguments (Spark's `WRONG_NUM_ARGS`).
pub fn check(name: &str, args: &[Expr]) -> Result<()> {
    let Some((_, min, max)) = FUNCTIONS.iter().find(|(n, _, _)| *n == name) else {
        return Err(Error::new(
            "AnalysisException",
            format!("[UNRESOLVED_ROUTINE] Cannot resolve function `{name}` on search path [`system`.`builtin`, `system`.`session`, `spark_catalog`.`default`]."),
        ));
    };
    if args.len() < *min || args.len() > *max {
        return Err(Error::new(
            "AnalysisException",
            format!(
                "[WRONG_NUM_ARGS.WITHOUT_SUGGESTION] The `{name}` requires {} parameters but the actual number is {}.",
                if min == max { min.to_string() } else { format!("[{min}, {}]", if *max == usize::MAX { "...".into() } else { max.to_string() }) },
                args.len()
            ),
        ));
    }
    Ok(())
}

pub fn result_type(name: &str, args: &[Expr]) -> DataType {
    match name {
        "length" | "size" | "year" | "month" | "dayofmonth" | "hour" | "minute" | "second" => {
            DataType::Int
        }
        "unix_timestamp" => DataType::Long,
        "split" => DataType::Array(Box::new(DataType::String)),
        "to_timestamp" | "current_timestamp" => DataType::Timestamp,
        "rand" => DataType::Double,
        "abs" | "round" | "coalesce" => args.first().map(Expr::data_type).unwrap_or(DataType::Null),
        "array_contains" | "contains" | "startswith" | "endswith" => DataType::Boolean,
        "struct" => DataType::Struct(
            args.iter()
                .map(|a| crate::types::Field::new(&a.name(), a.data_type()))
                .collect(),
        ),
        _ => DataType::String,
    }
}

fn s(d: &Datum, ctx: &EvalCtx) -> Option<String> {
    match d {
        Datum::Null => None,
        Datum::Str(s) => Some(s.to_string()),
        other => Some(other.text(ctx.tz_offset_ms, "null")),
    }
}

/// A value as text, borrowed when it is a string.
fn str_of<'a>(d: &'a Datum, ctx: &EvalCtx) -> Option<std::borrow::Cow<'a, str>> {
    match d {
        Datum::Str(s) => Some(std::borrow::Cow::Borrowed(s)),
        other => s(other, ctx).map(std::borrow::Cow::Owned),
    }
}

fn ts(d: &Datum, ctx: &EvalCtx) -> Option<i64> {
    match d {
        Datum::Ts(t) => Some(*t),
        Datum::Str(x) => timefmt::parse_ts(x, ctx.tz_offset_ms),
        _ => None,
    }
}

fn text(o: Option<String>) -> Datum {
    o.map_or(Datum::Null, |x| Datum::str(&x))
}

/// Evaluates `name(vals)`; `args` are the bound argument expressions (for their types).
pub fn call(name: &str, vals: &[Datum], args: &[Expr], ctx: &EvalCtx) -> Result<Datum> {
    let a0 = vals.first().unwrap_or(&Datum::Null);
    let field = |i: usize| -> Option<i64> {
        let (y, mo, d, h, mi, sec, _) = timefmt::fields(ts(a0, ctx)?, ctx.tz_offset_ms);
        Some([y, mo as i64, d as i64, h as i64, mi as i64, sec as i64][i])
    };
    Ok(match name {
        "upper" => text(s(a0, ctx).map(|x| x.to_uppercase())),
        "lower" => text(s(a0, ctx).map(|x| x.to_lowercase())),
        "trim" => text(s(a0, ctx).map(|x| x.trim_matches(' ').to_string())),
        "ltrim" => text(s(a0, ctx).map(|x| x.trim_start_matches(' ').to_string())),
        "rtrim" => text(s(a0, ctx).map(|x| x.trim_end_matches(' ').to_string())),
        "length" => s(a0, ctx).map_or(Datum::Null, |x| Datum::Long(x.chars().count() as i64)),
        "concat" => {
            let parts: Option<Vec<String>> = vals.iter().map(|v| s(v, ctx)).collect();
            text(parts.map(|p| p.concat()))
        }
        "concat_ws" => {
            let Some(sep) = s(a0, ctx) else {
                return Ok(Datum::Null);
            };
            let mut parts = Vec::new();
            for v in &vals[1..] {
                match v {
                    Datum::Array(xs) => parts.extend(xs.iter().filter_map(|x| s(x, ctx))),
                    v => parts.extend(s(v, ctx)),
                }
            }
            Datum::str(&parts.join(&sep))
        }
        "split" => {
            let (Some(x), Some(pat)) = (str_of(a0, ctx), str_of(&vals[1], ctx)) else {
                return Ok(Datum::Null);
            };
            let limit = match vals.get(2) {
                Some(Datum::Long(n)) => *n,
                _ => -1,
            };
            let parts: Vec<Datum> = match literal_pattern(&pat) {
                // Java's split by a pattern without metacharacters: every occurrence (by
                // `char` for one character: memchr rather than a substring search).
                Some(sep) if limit <= 0 => match one_char(sep) {
                    Some(c) => x.split(c).map(Datum::str).collect(),
                    None => x.split(sep).map(Datum::str).collect(),
                },
                Some(sep) => x.splitn(limit as usize, sep).map(Datum::str).collect(),
                None => split(&x, &pat, limit)?
                    .iter()
                    .map(|p| Datum::str(p))
                    .collect(),
            };
            Datum::Array(Rc::new(parts))
        }
        "substring" => {
            let (Some(x), Datum::Long(pos), Datum::Long(len)) = (s(a0, ctx), &vals[1], &vals[2])
            else {
                return Ok(Datum::Null);
            };
            let chars: Vec<char> = x.chars().collect();
            let n = chars.len() as i64;
            let start = if *pos > 0 {
                pos - 1
            } else if *pos < 0 {
                n + pos
            } else {
                0
            };
            let end = (start + len.max(&0)).min(n);
            let start = start.clamp(0, n);
            Datum::str(
                &chars[start as usize..end.max(start) as usize]
                    .iter()
                    .collect::<String>(),
            )
        }
        "coalesce" => vals
            .iter()
            .find(|v| !v.is_null())
            .cloned()
            .unwrap_or(Datum::Null),
        "abs" => match a0 {
            Datum::Long(i) => Datum::Long(i.wrapping_abs()),
            Datum::Double(d) => Datum::Double(d.abs()),
            _ => Datum::Null,
        },
        "round" => {
            let scale = match vals.get(1) {
                Some(Datum::Long(n)) => *n,
                _ => 0,
            };
            match a0 {
                Datum::Double(d) => {
                    let m = 10f64.powi(scale as i32);
                    let r = (d * m).abs().round().copysign(*d) / m;
                    Datum::Double(r)
                }
                other => other.clone(),
            }
        }
        "size" => match a0 {
            Datum::Array(xs) => Datum::Long(xs.len() as i64),
            _ => Datum::Long(-1),
        },
        "array_contains" => match a0 {
            Datum::Array(xs) => Datum::Bool(xs.iter().any(|x| !x.is_null() && x.sql_eq(&vals[1]))),
            _ => Datum::Null,
        },
        "struct" => Datum::Struct(Rc::new(vals.to_vec())),
        "contains" | "startswith" | "endswith" => {
            let (Some(x), Some(y)) = (s(a0, ctx), s(&vals[1], ctx)) else {
                return Ok(Datum::Null);
            };
            Datum::Bool(match name {
                "contains" => x.contains(&y),
                "startswith" => x.starts_with(&y),
                _ => x.ends_with(&y),
            })
        }
        "to_timestamp" => match (a0, vals.get(1)) {
            (Datum::Null, _) => Datum::Null,
            (v, Some(fmt)) => {
                let (Some(x), Some(f)) = (s(v, ctx), s(fmt, ctx)) else {
                    return Ok(Datum::Null);
                };
                crate::datefmt::parse(&x, &f, ctx.tz_offset_ms).map_or(Datum::Null, Datum::Ts)
            }
            (v, None) => {
                let t = args.first().map(Expr::data_type).unwrap_or(DataType::Null);
                crate::cast::cast(v.clone(), &t, &DataType::Timestamp, ctx)
            }
        },
        "date_format" => {
            let (Some(t), Some(f)) = (ts(a0, ctx), s(&vals[1], ctx)) else {
                return Ok(Datum::Null);
            };
            Datum::str(&crate::datefmt::format(t, &f, ctx.tz_offset_ms))
        }
        "current_timestamp" => Datum::Ts(ctx.now_us),
        "unix_timestamp" => match vals.first() {
            None => Datum::Long(ctx.now_us.div_euclid(1_000_000)),
            Some(v) => ts(v, ctx).map_or(Datum::Null, |t| Datum::Long(t.div_euclid(1_000_000))),
        },
        "year" => field(0).map_or(Datum::Null, Datum::Long),
        "month" => field(1).map_or(Datum::Null, Datum::Long),
        "dayofmonth" => field(2).map_or(Datum::Null, Datum::Long),
        "hour" => field(3).map_or(Datum::Null, Datum::Long),
        "minute" => field(4).map_or(Datum::Null, Datum::Long),
        "second" => field(5).map_or(Datum::Null, Datum::Long),
        other => {
            return Err(Error::new(
                "AnalysisException",
                format!("function {other} is not supported"),
            ))
        }
    })
}

/// `split(str, regex, limit)`: Java's `String.split` with Spark's limit (-1: keep
/// trailing empty strings). Plain patterns split literally; a few common regex forms are
/// understood (`\\s+`, `\\W+`, character classes of single characters).
/// A non-empty regex without metacharacters matches only itself.
fn literal_pattern(pat: &str) -> Option<&str> {
    let meta = |c: char| "\\^$.|?*+()[]{}".contains(c);
    (!pat.is_empty() && !pat.contains(meta)).then_some(pat)
}

fn one_char(s: &str) -> Option<char> {
    let mut cs = s.chars();
    cs.next().filter(|_| cs.next().is_none())
}

fn split(x: &str, pat: &str, limit: i64) -> Result<Vec<String>> {
    let matcher = crate::regex_lite::Pattern::new(pat)?;
    let mut out = Vec::new();
    let mut rest = 0;
    let mut search = 0;
    while limit <= 0 || (out.len() as i64) < limit - 1 {
        let Some((s, e)) = matcher.find(x, search) else {
            break;
        };
        if e == s {
            // An empty match splits between characters.
            let Some(c) = x[s..].chars().next() else {
                break;
            };
            if s == 0 {
                search = s + c.len_utf8();
                continue;
            }
            out.push(x[rest..s].to_string());
            rest = s;
            search = s + c.len_utf8();
            continue;
        }
        // Java drops a leading empty string produced by a match at position 0 of width > 0
        // only for zero-width matches; a real leading separator gives "".
        out.push(x[rest..s].to_string());
        rest = e;
        search = e;
    }
    out.push(x[rest..].to_string());
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_literal_split_is_the_regex_split() {
        let ctx = EvalCtx::default();
        for x in ["a b  c ", " a", "", "abc", "a,b,,c,,", "ñ ü ", "abab"] {
            for pat in [" ", ",", "b", "ab", "  "] {
                assert!(literal_pattern(pat).is_some());
                for limit in [-1, 0, 1, 2, 3] {
                    let vals = [Datum::str(x), Datum::str(pat), Datum::Long(limit)];
                    let Datum::Array(got) = call("split", &vals, &[], &ctx).unwrap() else {
                        panic!("split gives an array")
                    };
                    let got: Vec<String> = got.iter().map(|d| d.text(0, "null")).collect();
                    assert_eq!(
                        got,
                        split(x, pat, limit).unwrap(),
                        "{x:?} by {pat:?}, {limit}"
                    );
                }
            }
        }
        for pat in ["", " +", "a|b", "\\s", "[,]", "."] {
            assert!(literal_pattern(pat).is_none(), "{pat:?}");
        }
    }
}
