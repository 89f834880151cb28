//! Column expressions: their names (Spark's auto-generated column names), types, binding
//! to a schema, and evaluation on a row.

use crate::datum::{Datum, Row};
use crate::functions;
use crate::types::{unresolved, DataType, Field, Schema};
use runnel_core::{Error, Result};

/// A binary operator.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Op {
    Add,
    Sub,
    Mul,
    Div,
    Mod,
    Eq,
    EqNullSafe,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    And,
    Or,
}

impl Op {
    fn sql(self) -> &'static str {
        match self {
            Op::Add => "+",
            Op::Sub => "-",
            Op::Mul => "*",
            Op::Div => "/",
            Op::Mod => "%",
            Op::Eq | Op::Ne => "=",
            Op::EqNullSafe => "<=>",
            Op::Lt => "<",
            Op::Le => "<=",
            Op::Gt => ">",
            Op::Ge => ">=",
            Op::And => "AND",
            Op::Or => "OR",
        }
    }
    fn is_arith(self) -> bool {
        matches!(self, Op::Add | Op::Sub | Op::Mul | Op::Div | Op::Mod)
    }
}

/// An aggregate function.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Agg {
    Count,
    Sum,
    Avg,
    Min,
    Max,
    CollectList,
    CollectSet,
    ApproxCountDistinct,
    First,
    Last,
}

impl Agg {
    pub fn by_name(name: &str) -> Option<Agg> {
        Some(match name.to_ascii_lowercase().as_str() {
            "count" => Agg::Count,
            "sum" => Agg::Sum,
            "avg" | "mean" => Agg::Avg,
            "min" => Agg::Min,
            "max" => Agg::Max,
            "collect_list" => Agg::CollectList,
            "collect_set" => Agg::CollectSet,
            "approx_count_distinct" => Agg::ApproxCountDistinct,
            "first" => Agg::First,
            "last" => Agg::Last,
            _ => return None,
        })
    }
    pub fn name(self) -> &'static str {
        match self {
            Agg::Count => "count",
            Agg::Sum => "sum",
            Agg::Avg => "avg",
            Agg::Min => "min",
            Agg::Max => "max",
            Agg::CollectList => "collect_list",
            Agg::CollectSet => "collect_set",
            Agg::ApproxCountDistinct => "approx_count_distinct",
            Agg::First => "first",
            Agg::Last => "last",
        }
    }
}

/// An expression over the columns of one row.
#[derive(Clone, Debug)]
pub enum Expr {
    /// A column by name (`a`, or `a.b` for a struct's field); bound to [`Expr::Idx`].
    Col(String),
    /// A bound column.
    Idx(usize, DataType, String),
    /// `*` in `select("*")` or `count("*")`.
    Star,
    Lit(Datum, DataType),
    Alias(Box<Expr>, String),
    Bin(Op, Box<Expr>, Box<Expr>),
    Not(Box<Expr>),
    Neg(Box<Expr>),
    IsNull(Box<Expr>, bool),
    /// A scalar function of [`crate::functions`].
    Call(String, Vec<Expr>),
    Cast(Box<Expr>, DataType),
    Case(Vec<(Expr, Expr)>, Option<Box<Expr>>),
    /// An aggregate function; `distinct` for `count(DISTINCT x)`.
    Agg(Agg, Vec<Expr>, bool),
    /// `window(time, size, slide, start)`, all in microseconds.
    Window {
        time: Box<Expr>,
        size: i64,
        slide: i64,
        start: i64,
    },
    /// `session_window(time, gap)`.
    Session {
        time: Box<Expr>,
        gap: i64,
    },
    /// `explode(array)`: one output row per element.
    Explode(Box<Expr>),
    /// A struct's field (`window.start`).
    Field(Box<Expr>, String),
    /// An ordering (`asc()`, `desc()`).
    Sort(Box<Expr>, bool),
}

/// What evaluation may need beyond the row.
#[derive(Clone, Copy, Debug, Default)]
pub struct EvalCtx {
    /// The session time zone's offset.
    pub tz_offset_ms: i64,
    /// `current_timestamp()`: the batch's time, in microseconds.
    pub now_us: i64,
}

pub fn col(name: &str) -> Expr {
    Expr::Col(name.to_string())
}

pub fn lit_str(s: &str) -> Expr {
    Expr::Lit(Datum::str(s), DataType::String)
}

impl Expr {
    /// The column name Spark gives this expression in a `select`.
    pub fn name(&self) -> String {
        match self {
            Expr::Col(n) => n.rsplit('.').next().unwrap_or(n).to_string(),
            Expr::Idx(_, _, n) => n.clone(),
            Expr::Star => "*".into(),
            Expr::Lit(d, _) => match d {
                Datum::Null => "NULL".into(),
                d => d.text(0, "NULL"),
            },
            Expr::Alias(_, n) => n.clone(),
            Expr::Bin(Op::Ne, a, b) => format!("(NOT ({} = {}))", a.name(), b.name()),
            Expr::Bin(op, a, b) => format!("({} {} {})", a.name(), op.sql(), b.name()),
            Expr::Not(a) => format!("(NOT {})", a.name()),
            Expr::Neg(a) => format!("(- {})", a.name()),
            Expr::IsNull(a, false) => format!("({} IS NULL)", a.name()),
            Expr::IsNull(a, true) => format!("({} IS NOT NULL)", a.name()),
            Expr::Call(f, args) => {
                let parts: Vec<String> = args.iter().map(Expr::name).collect();
                format!("{f}({})", parts.join(", "))
            }
            Expr::Cast(a, t) => format!("CAST({} AS {})", a.name(), t.sql_name()),
            Expr::Case(branches, other) => {
                let mut s = "CASE".to_string();
                for (c, v) in branches {
                    s.push_str(&format!(" WHEN {} THEN {}", c.name(), v.name()));
                }
                if let Some(o) = other {
                    s.push_str(&format!(" ELSE {}", o.name()));
                }
                s + " END"
            }
            Expr::Agg(Agg::Count, args, distinct) if matches!(args.as_slice(), [Expr::Star]) => {
                format!("count({}1)", if *distinct { "DISTINCT " } else { "" })
            }
            Expr::Agg(a, args, distinct) => {
                let parts: Vec<String> = args.iter().map(Expr::name).collect();
                let d = if *distinct { "DISTINCT " } else { "" };
                format!("{}({d}{})", a.name(), parts.join(", "))
            }
            Expr::Window { .. } => "window".into(),
            Expr::Session { .. } => "session_window".into(),
            Expr::Explode(_) => "col".into(),
            Expr::Field(_, f) => f.clone(),
            Expr::Sort(a, _) => a.name(),
        }
    }

    /// Whether an aggregate function is inside.
    pub fn has_agg(&self) -> bool {
        let mut found = false;
        self.visit(&mut |e| found |= matches!(e, Expr::Agg(..)));
        found
    }

    /// Calls `f` on this expression and every one inside.
    pub fn visit(&self, f: &mut dyn FnMut(&Expr)) {
        f(self);
        match self {
            Expr::Alias(a, _)
            | Expr::Not(a)
            | Expr::Neg(a)
            | Expr::IsNull(a, _)
            | Expr::Cast(a, _)
            | Expr::Explode(a)
            | Expr::Field(a, _)
            | Expr::Sort(a, _) => a.visit(f),
            Expr::Window { time, .. } | Expr::Session { time, .. } => time.visit(f),
            Expr::Bin(_, a, b) => {
                a.visit(f);
                b.visit(f);
            }
            Expr::Call(_, args) | Expr::Agg(_, args, _) => args.iter().for_each(|a| a.visit(f)),
            Expr::Case(bs, o) => {
                for (c, v) in bs {
                    c.visit(f);
                    v.visit(f);
                }
                if let Some(o) = o {
                    o.visit(f);
                }
            }
            Expr::Col(_) | Expr::Idx(..) | Expr::Star | Expr::Lit(..) => {}
        }
    }

    /// The expression without its alias.
    pub fn unaliased(&self) -> &Expr {
        match self {
            Expr::Alias(a, _) => a.unaliased(),
            e => e,
        }
    }

    /// Resolves column names against `schema` and checks types.
    pub fn bind(&self, schema: &Schema) -> Result<Expr> {
        let b = |e: &Expr| e.bind(schema).map(Box::new);
        Ok(match self {
            Expr::Col(name) => bind_col(name, schema)?,
            Expr::Idx(..) | Expr::Lit(..) | Expr::Star => self.clone(),
            Expr::Alias(a, n) => Expr::Alias(b(a)?, n.clone()),
            Expr::Bin(op, x, y) => Expr::Bin(*op, b(x)?, b(y)?),
            Expr::Not(a) => Expr::Not(b(a)?),
            Expr::Neg(a) => Expr::Neg(b(a)?),
            Expr::IsNull(a, n) => Expr::IsNull(b(a)?, *n),
            Expr::Call(f, args) => {
                let args = args
                    .iter()
                    .map(|a| a.bind(schema))
                    .collect::<Result<Vec<_>>>()?;
                functions::check(f, &args)?;
                Expr::Call(f.clone(), args)
            }
            Expr::Cast(a, t) => Expr::Cast(b(a)?, t.clone()),
            Expr::Case(bs, o) => Expr::Case(
                bs.iter()
                    .map(|(c, v)| Ok((c.bind(schema)?, v.bind(schema)?)))
                    .collect::<Result<Vec<_>>>()?,
                o.as_ref().map(|o| b(o)).transpose()?,
            ),
            Expr::Agg(a, args, d) => Expr::Agg(
                *a,
                args.iter()
                    .map(|x| x.bind(schema))
                    .collect::<Result<Vec<_>>>()?,
                *d,
            ),
            Expr::Window {
                time,
                size,
                slide,
                start,
            } => Expr::Window {
                time: b(time)?,
                size: *size,
                slide: *slide,
                start: *start,
            },
            Expr::Session { time, gap } => Expr::Session {
                time: b(time)?,
                gap: *gap,
            },
            Expr::Explode(a) => Expr::Explode(b(a)?),
            Expr::Field(a, f) => Expr::Field(b(a)?, f.clone()),
            Expr::Sort(a, asc) => Expr::Sort(b(a)?, *asc),
        })
    }

    /// The result type of a bound expression.
    pub fn data_type(&self) -> DataType {
        match self {
            Expr::Idx(_, t, _) | Expr::Lit(_, t) | Expr::Cast(_, t) => t.clone(),
            Expr::Col(_) | Expr::Star => DataType::Null,
            Expr::Alias(a, _) | Expr::Neg(a) | Expr::Sort(a, _) => a.data_type(),
            Expr::Bin(op, a, b) if op.is_arith() => {
                let (x, y) = (a.data_type(), b.data_type());
                if x == DataType::Timestamp || y == DataType::Timestamp {
                    return DataType::Timestamp;
                }
                if *op == Op::Div || x == DataType::Double || y == DataType::Double {
                    DataType::Double
                } else if x == DataType::Int && y == DataType::Int {
                    DataType::Int
                } else if x == DataType::String || y == DataType::String {
                    DataType::Double
                } else {
                    DataType::Long
                }
            }
            Expr::Bin(..) | Expr::Not(_) | Expr::IsNull(..) => DataType::Boolean,
            Expr::Call(f, args) => functions::result_type(f, args),
            Expr::Case(bs, o) => bs
                .iter()
                .map(|(_, v)| v.data_type())
                .chain(o.iter().map(|o| o.data_type()))
                .find(|t| *t != DataType::Null)
                .unwrap_or(DataType::Null),
            Expr::Agg(a, args, _) => {
                let t = args.first().map(Expr::data_type).unwrap_or(DataType::Long);
                match a {
                    Agg::Count | Agg::ApproxCountDistinct => DataType::Long,
                    Agg::Sum if t == DataType::Double => DataType::Double,
                    Agg::Sum => DataType::Long,
                    Agg::Avg => DataType::Double,
                    Agg::CollectList | Agg::CollectSet => DataType::Array(Box::new(t)),
                    Agg::Min | Agg::Max | Agg::First | Agg::Last => t,
                }
            }
            Expr::Window { .. } | Expr::Session { .. } => window_type(),
            Expr::Explode(a) => match a.data_type() {
                DataType::Array(e) => *e,
                _ => DataType::Null,
            },
            Expr::Field(a, f) => match a.data_type() {
                DataType::Struct(fs) => fs
                    .iter()
                    .find(|x| x.name.eq_ignore_ascii_case(f))
                    .map(|x| x.data_type.clone())
                    .unwrap_or(DataType::Null),
                _ => DataType::Null,
            },
        }
    }

    /// The value of a bound expression on `row`.
    pub fn eval(&self, row: &[Datum], ctx: &EvalCtx) -> Result<Datum> {
        Ok(match self {
            Expr::Idx(i, _, _) => row.get(*i).cloned().unwrap_or(Datum::Null),
            Expr::Lit(d, _) => d.clone(),
            Expr::Alias(a, _) | Expr::Sort(a, _) => a.eval(row, ctx)?,
            Expr::Bin(op, a, b) => binary(*op, a, b, row, ctx)?,
            Expr::Not(a) => match a.eval(row, ctx)? {
                Datum::Bool(b) => Datum::Bool(!b),
                _ => Datum::Null,
            },
            Expr::Neg(a) => match a.eval(row, ctx)? {
                Datum::Long(i) => Datum::Long(-i),
                Datum::Double(d) => Datum::Double(-d),
                _ => Datum::Null,
            },
            Expr::IsNull(a, negated) => Datum::Bool(a.eval(row, ctx)?.is_null() != *negated),
            Expr::Call(f, args) if f == "rand" => {
                // Each `rand` in the plan keeps its own generator (by its address).
                let seed = match args.first() {
                    Some(Expr::Lit(Datum::Long(s), _)) => *s,
                    _ => 0,
                };
                Datum::Double(crate::random::next(self as *const Expr as usize, seed))
            }
            Expr::Call(f, args) => {
                let vals = args
                    .iter()
                    .map(|a| a.eval(row, ctx))
                    .collect::<Result<Vec<_>>>()?;
                functions::call(f, &vals, args, ctx)?
            }
            Expr::Cast(a, t) => crate::cast::cast(a.eval(row, ctx)?, &a.data_type(), t, ctx),
            Expr::Case(bs, o) => {
                for (c, v) in bs {
                    if c.eval(row, ctx)?.truthy() {
                        return v.eval(row, ctx);
                    }
                }
                match o {
                    Some(o) => o.eval(row, ctx)?,
                    None => Datum::Null,
                }
            }
            Expr::Field(a, f) => match (a.eval(row, ctx)?, a.data_type()) {
                (Datum::Struct(xs), DataType::Struct(fs)) => fs
                    .iter()
                    .position(|x| x.name.eq_ignore_ascii_case(f))
                    .and_then(|i| xs.get(i).cloned())
                    .unwrap_or(Datum::Null),
                _ => Datum::Null,
            },
            Expr::Window { .. } | Expr::Session { .. } => {
                // A window outside groupBy (select(window(...))): the first window.
                windows_of(self, row, ctx)?
                    .into_iter()
                    .next()
                    .unwrap_or(Datum::Null)
            }
            Expr::Col(n) => {
                return Err(Error::new(
                    "AnalysisException",
                    format!("unbound column {n}"),
                ))
            }
            Expr::Star | Expr::Agg(..) | Expr::Explode(_) => {
                return Err(Error::new(
                    "AnalysisException",
                    format!("{} is not allowed here", self.name()),
                ))
            }
        })
    }
}

/// `struct<start:timestamp,end:timestamp>`.
pub fn window_type() -> DataType {
    DataType::Struct(vec![
        Field::new("start", DataType::Timestamp),
        Field::new("end", DataType::Timestamp),
    ])
}

/// The windows a row falls in, as Spark's `TimeWindowing` expands them (most recent first
/// for sliding windows); a session window is the row's own `[t, t + gap)`.
pub fn windows_of(e: &Expr, row: &[Datum], ctx: &EvalCtx) -> Result<Vec<Datum>> {
    let win = |s: i64, e: i64| Datum::Struct(std::rc::Rc::new(vec![Datum::Ts(s), Datum::Ts(e)]));
    match e.unaliased() {
        Expr::Window {
            time,
            size,
            slide,
            start,
        } => {
            let Datum::Ts(t) = time.eval(row, ctx)? else {
                return Ok(Vec::new());
            };
            let last_start = t - (t - start + slide).rem_euclid(*slide);
            let n = (size + slide - 1) / slide;
            Ok((0..n)
                .map(|i| last_start - i * slide)
                .filter(|s| t >= *s && t < s + size)
                .map(|s| win(s, s + size))
                .collect())
        }
        Expr::Session { time, gap } => match time.eval(row, ctx)? {
            Datum::Ts(t) => Ok(vec![win(t, t + gap)]),
            _ => Ok(Vec::new()),
        },
        other => Ok(vec![other.eval(row, ctx)?]),
    }
}

fn bind_col(name: &str, schema: &Schema) -> Result<Expr> {
    if let Ok(i) = schema.index_of(name) {
        let f = &schema.fields[i];
        return Ok(Expr::Idx(i, f.data_type.clone(), f.name.clone()));
    }
    if let Some((head, rest)) = name.split_once('.') {
        let base = bind_col(head, schema)?;
        let mut e = base;
        for part in rest.split('.') {
            let t = e.data_type();
            let DataType::Struct(fs) = &t else {
                return Err(unresolved(name, schema));
            };
            if !fs.iter().any(|f| f.name.eq_ignore_ascii_case(part)) {
                return Err(unresolved(name, schema));
            }
            e = Expr::Field(Box::new(e), part.to_string());
        }
        return Ok(e);
    }
    Err(unresolved(name, schema))
}

fn binary(op: Op, a: &Expr, b: &Expr, row: &[Datum], ctx: &EvalCtx) -> Result<Datum> {
    let x = a.eval(row, ctx)?;
    if op == Op::And && matches!(x, Datum::Bool(false)) {
        return Ok(Datum::Bool(false));
    }
    if op == Op::Or && matches!(x, Datum::Bool(true)) {
        return Ok(Datum::Bool(true));
    }
    let y = b.eval(row, ctx)?;
    if op == Op::EqNullSafe {
        return Ok(Datum::Bool(match (x.is_null(), y.is_null()) {
            (true, true) => true,
            (false, false) => x.sql_eq(&y),
            _ => false,
        }));
    }
    match op {
        Op::And => {
            return Ok(match (x, y) {
                (_, Datum::Bool(false)) => Datum::Bool(false),
                (Datum::Bool(true), Datum::Bool(true)) => Datum::Bool(true),
                _ => Datum::Null,
            })
        }
        Op::Or => {
            return Ok(match (x, y) {
                (_, Datum::Bool(true)) => Datum::Bool(true),
                (Datum::Bool(false), Datum::Bool(false)) => Datum::Bool(false),
                _ => Datum::Null,
            })
        }
        _ => {}
    }
    if x.is_null() || y.is_null() {
        return Ok(Datum::Null);
    }
    let (tx, ty) = (a.data_type(), b.data_type());
    // Comparing a string with a number or timestamp casts the string, as Spark does.
    let (x, y) = coerce(x, &tx, y, &ty, ctx);
    if x.is_null() || y.is_null() {
        return Ok(Datum::Null);
    }
    Ok(match op {
        Op::Eq => Datum::Bool(x.sql_eq(&y)),
        Op::Ne => Datum::Bool(!x.sql_eq(&y)),
        Op::Lt => Datum::Bool(x.cmp_non_null(&y).is_lt()),
        Op::Le => Datum::Bool(x.cmp_non_null(&y).is_le()),
        Op::Gt => Datum::Bool(x.cmp_non_null(&y).is_gt()),
        Op::Ge => Datum::Bool(x.cmp_non_null(&y).is_ge()),
        _ => arith(op, &x, &y),
    })
}

fn coerce(x: Datum, tx: &DataType, y: Datum, ty: &DataType, ctx: &EvalCtx) -> (Datum, Datum) {
    use crate::cast::cast;
    match (tx, ty) {
        (DataType::String, t) if *t != DataType::String && *t != DataType::Null => {
            let target = if t.is_numeric() { &DataType::Double } else { t };
            (cast(x, tx, target, ctx), y)
        }
        (t, DataType::String) if *t != DataType::String && *t != DataType::Null => {
            let target = if t.is_numeric() { &DataType::Double } else { t };
            (x, cast(y, ty, target, ctx))
        }
        _ => (x, y),
    }
}

fn arith(op: Op, x: &Datum, y: &Datum) -> Datum {
    // A timestamp plus or minus an interval (both in microseconds).
    match (op, x, y) {
        (Op::Add, Datum::Ts(t), Datum::Long(i)) | (Op::Add, Datum::Long(i), Datum::Ts(t)) => {
            return Datum::Ts(t + i)
        }
        (Op::Sub, Datum::Ts(t), Datum::Long(i)) => return Datum::Ts(t - i),
        _ => {}
    }
    if let (Datum::Long(a), Datum::Long(b), false) = (x, y, op == Op::Div) {
        return match op {
            Op::Add => Datum::Long(a.wrapping_add(*b)),
            Op::Sub => Datum::Long(a.wrapping_sub(*b)),
            Op::Mul => Datum::Long(a.wrapping_mul(*b)),
            Op::Mod if *b == 0 => Datum::Null,
            Op::Mod => Datum::Long(a.wrapping_rem(*b)),
            _ => Datum::Null,
        };
    }
    let (Some(a), Some(b)) = (x.as_f64(), y.as_f64()) else {
        return Datum::Null;
    };
    match op {
        Op::Add => Datum::Double(a + b),
        Op::Sub => Datum::Double(a - b),
        Op::Mul => Datum::Double(a * b),
        Op::Div | Op::Mod if b == 0.0 => Datum::Null,
        Op::Div => Datum::Double(a / b),
        Op::Mod => Datum::Double(a % b),
        _ => Datum::Null,
    }
}

/// Evaluates a projection list on a row (no generators).
pub fn project(exprs: &[Expr], row: &Row, ctx: &EvalCtx) -> Result<Row> {
    exprs.iter().map(|e| e.eval(row, ctx)).collect()
}
