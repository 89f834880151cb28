//! `CAST(x AS type)` with Spark's non-ANSI rules: what cannot be converted is `NULL`.

use crate::datum::Datum;
use crate::expr::EvalCtx;
use crate::timefmt::{self, MICROS_PER_SEC};
use crate::types::DataType;

pub fn cast(v: Datum, from: &DataType, to: &DataType, ctx: &EvalCtx) -> Datum {
    if v.is_null() || from == to {
        return v;
    }
    match to {
        DataType::String => Datum::str(&v.text(ctx.tz_offset_ms, "null")),
        DataType::Int | DataType::Long => {
            let n = match &v {
                Datum::Long(i) => Some(*i),
                Datum::Double(d) if d.is_finite() => Some(d.trunc() as i64),
                Datum::Bool(b) => Some(*b as i64),
                Datum::Str(s) => parse_int(s.trim()),
                Datum::Ts(us) => Some(us.div_euclid(MICROS_PER_SEC)),
                _ => None,
            };
            let n = match (n, to) {
                (Some(i), DataType::Int) => i32::try_from(i)
                    .ok()
                    .map(i64::from)
                    .or(Some(i as i32 as i64)),
                (n, _) => n,
            };
            n.map_or(Datum::Null, Datum::Long)
        }
        DataType::Double => match &v {
            Datum::Str(s) => s.trim().parse::<f64>().map_or(Datum::Null, Datum::Double),
            Datum::Ts(us) => Datum::Double(*us as f64 / 1e6),
            other => other.as_f64().map_or(Datum::Null, Datum::Double),
        },
        DataType::Boolean => match &v {
            Datum::Str(s) => match s.trim().to_ascii_lowercase().as_str() {
                "true" | "t" | "yes" | "y" | "1" => Datum::Bool(true),
                "false" | "f" | "no" | "n" | "0" => Datum::Bool(false),
                _ => Datum::Null,
            },
            other => other
                .as_f64()
                .map_or(Datum::Null, |f| Datum::Bool(f != 0.0)),
        },
        DataType::Timestamp => match &v {
            Datum::Str(s) => timefmt::parse_ts(s, ctx.tz_offset_ms).map_or(Datum::Null, Datum::Ts),
            Datum::Long(i) => Datum::Ts(i.saturating_mul(MICROS_PER_SEC)),
            Datum::Double(d) => Datum::Ts((d * 1e6) as i64),
            _ => Datum::Null,
        },
        _ => v,
    }
}

fn parse_int(s: &str) -> Option<i64> {
    s.parse::<i64>().ok().or_else(|| {
        s.parse::<f64>()
            .ok()
            .filter(|f| f.is_finite())
            .map(|f| f.trunc() as i64)
    })
}
