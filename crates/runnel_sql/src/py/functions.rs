//! `pyspark.sql.functions`.

use super::column::{col_arg, column, expr_of, lit_arg, literal};
use super::strs::named_string;
use crate::expr::{Agg, Expr};
use crate::timefmt::parse_interval;
use runnel_core::{Error, Result, Value};
use runnel_python::{Args, Interpreter, NativeFunction};

fn arg(a: &mut Args, i: usize, name: &str, f: &str) -> Result<Value> {
    a.require(i, name, f)
}

/// A scalar function of column arguments (`upper(col)`), plus literal extras.
fn scalar(name: &'static str, cols: usize) -> impl Fn(&Interpreter, Args) -> Result<Value> {
    move |_, a: Args| {
        let mut args = Vec::new();
        for (i, v) in a.positional.iter().enumerate() {
            args.push(if i < cols { col_arg(v)? } else { lit_arg(v)? });
        }
        Ok(column(Expr::Call(name.to_string(), args)))
    }
}

fn aggregate(agg: Agg, distinct: bool) -> impl Fn(&Interpreter, Args) -> Result<Value> {
    move |_, a: Args| {
        let args = a
            .positional
            .iter()
            .map(col_arg)
            .collect::<Result<Vec<_>>>()?;
        Ok(column(Expr::Agg(agg, args, distinct)))
    }
}

type PyFn = Box<dyn Fn(&Interpreter, Args) -> Result<Value>>;

pub fn module() -> Vec<(&'static str, Value)> {
    let mut m: Vec<(&'static str, Value)> = Vec::new();
    let mut def = |name: &'static str, f: PyFn| {
        m.push((name, NativeFunction::new(name, f)));
    };
    def(
        "col",
        Box::new(|_, mut a| col_arg(&arg(&mut a, 0, "col", "col")?).map(column)),
    );
    def(
        "column",
        Box::new(|_, mut a| col_arg(&arg(&mut a, 0, "col", "column")?).map(column)),
    );
    def(
        "lit",
        Box::new(|_, mut a| lit_arg(&arg(&mut a, 0, "col", "lit")?).map(column)),
    );
    def(
        "expr",
        Box::new(|_, mut a| {
            let s = named_string(&arg(&mut a, 0, "str", "expr")?, "str")?;
            crate::sql::parse_expr(&s).map(column)
        }),
    );
    for (name, n) in [
        ("upper", 1),
        ("lower", 1),
        ("length", 1),
        ("trim", 1),
        ("ltrim", 1),
        ("rtrim", 1),
        ("concat", usize::MAX),
        ("abs", 1),
        ("round", 1),
        ("size", 1),
        ("to_timestamp", 1),
        ("date_format", 1),
        ("year", 1),
        ("month", 1),
        ("dayofmonth", 1),
        ("hour", 1),
        ("minute", 1),
        ("second", 1),
        ("coalesce", usize::MAX),
        ("unix_timestamp", 1),
        ("array_contains", 1),
        ("struct", usize::MAX),
    ] {
        def(name, Box::new(scalar(name, n)));
    }
    def(
        "rand",
        Box::new(|_, mut a| {
            let seed = match a.take(0, "seed") {
                Some(Value::Int(s)) => s,
                Some(Value::None) | None => crate::random::fresh_seed(),
                Some(other) => {
                    return Err(Error::new(
                        "PySparkTypeError",
                        format!(
                            "[NOT_INT] Argument `seed` should be an int, got {}.",
                            other.type_name()
                        ),
                    ))
                }
            };
            Ok(column(Expr::Call(
                "rand".into(),
                vec![Expr::Lit(
                    crate::datum::Datum::Long(seed),
                    crate::types::DataType::Long,
                )],
            )))
        }),
    );
    def(
        "current_timestamp",
        Box::new(|_, _| Ok(column(Expr::Call("current_timestamp".into(), vec![])))),
    );
    def(
        "concat_ws",
        Box::new(|_, a| {
            let mut args = vec![literal(a.positional.first().unwrap_or(&Value::None))?];
            for v in &a.positional[1..] {
                args.push(col_arg(v)?);
            }
            Ok(column(Expr::Call("concat_ws".into(), args)))
        }),
    );
    def(
        "split",
        Box::new(|_, mut a| {
            let c = col_arg(&arg(&mut a, 0, "str", "split")?)?;
            let p = literal(&arg(&mut a, 1, "pattern", "split")?)?;
            let limit = a.take(2, "limit").unwrap_or(Value::Int(-1));
            Ok(column(Expr::Call(
                "split".into(),
                vec![c, p, literal(&limit)?],
            )))
        }),
    );
    def(
        "substring",
        Box::new(|_, mut a| {
            let c = col_arg(&arg(&mut a, 0, "str", "substring")?)?;
            let p = literal(&arg(&mut a, 1, "pos", "substring")?)?;
            let l = literal(&arg(&mut a, 2, "len", "substring")?)?;
            Ok(column(Expr::Call("substring".into(), vec![c, p, l])))
        }),
    );
    def(
        "explode",
        Box::new(|_, mut a| {
            let c = col_arg(&arg(&mut a, 0, "col", "explode")?)?;
            Ok(column(Expr::Explode(Box::new(c))))
        }),
    );
    def(
        "window",
        Box::new(|_, mut a| {
            let time = col_arg(&arg(&mut a, 0, "timeColumn", "window")?)?;
            let size = parse_interval(&named_string(
                &arg(&mut a, 1, "windowDuration", "window")?,
                "windowDuration",
            )?)?;
            let slide = match a.take(2, "slideDuration") {
                Some(Value::Str(s)) => parse_interval(&s)?,
                _ => size,
            };
            let start = match a.take(3, "startTime") {
                Some(Value::Str(s)) => parse_interval(&s)?,
                _ => 0,
            };
            if slide > size {
                return Err(Error::new("AnalysisException", format!("The slide duration ({slide}) must be less than or equal to the windowDuration ({size}).")));
            }
            Ok(column(Expr::Window {
                time: Box::new(time),
                size,
                slide,
                start,
            }))
        }),
    );
    def(
        "session_window",
        Box::new(|_, mut a| {
            let time = col_arg(&arg(&mut a, 0, "timeColumn", "session_window")?)?;
            let gap = parse_interval(&named_string(
                &arg(&mut a, 1, "gapDuration", "session_window")?,
                "gapDuration",
            )?)?;
            Ok(column(Expr::Session {
                time: Box::new(time),
                gap,
            }))
        }),
    );
    for (name, agg) in [
        ("count", Agg::Count),
        ("sum", Agg::Sum),
        ("avg", Agg::Avg),
        ("mean", Agg::Avg),
        ("min", Agg::Min),
        ("max", Agg::Max),
        ("collect_list", Agg::CollectList),
        ("collect_set", Agg::CollectSet),
        ("approx_count_distinct", Agg::ApproxCountDistinct),
        ("first", Agg::First),
        ("last", Agg::Last),
    ] {
        def(name, Box::new(aggregate(agg, false)));
    }
    def("countDistinct", Box::new(aggregate(Agg::Count, true)));
    def("count_distinct", Box::new(aggregate(Agg::Count, true)));
    def(
        "when",
        Box::new(|_, mut a| {
            let c = lit_arg(&arg(&mut a, 0, "condition", "when")?)?;
            if expr_of(&a.positional[0]).is_none() {
                return Err(Error::new(
                    "PySparkTypeError",
                    "[NOT_COLUMN] Argument `condition` should be a Column.",
                ));
            }
            let v = lit_arg(&arg(&mut a, 1, "value", "when")?)?;
            Ok(column(Expr::Case(vec![(c, v)], None)))
        }),
    );
    def(
        "asc",
        Box::new(|_, mut a| {
            Ok(column(Expr::Sort(
                Box::new(col_arg(&arg(&mut a, 0, "col", "asc")?)?),
                true,
            )))
        }),
    );
    def(
        "desc",
        Box::new(|_, mut a| {
            Ok(column(Expr::Sort(
                Box::new(col_arg(&arg(&mut a, 0, "col", "desc")?)?),
                false,
            )))
        }),
    );
    m
}
