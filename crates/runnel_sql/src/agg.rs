//! Aggregate functions' running values, and output modes.

use crate::datum::{cmp_nulls_first, Datum, Key, Row};
use crate::expr::{Agg, EvalCtx, Expr};
use indexmap::IndexSet;
use runnel_core::{Error, Result};
use std::rc::Rc;

/// `outputMode(...)`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OutputMode {
    Append,
    Update,
    Complete,
}

impl OutputMode {
    pub fn parse(s: &str) -> Result<OutputMode> {
        match s.to_ascii_lowercase().as_str() {
            "append" => Ok(OutputMode::Append),
            "update" => Ok(OutputMode::Update),
            "complete" => Ok(OutputMode::Complete),
            _ => Err(Error::new(
                "IllegalArgumentException",
                format!("Unknown output mode {s}. Accepted output modes are 'append', 'complete', 'update'"),
            )),
        }
    }
    pub fn name(self) -> &'static str {
        match self {
            OutputMode::Append => "Append",
            OutputMode::Update => "Update",
            OutputMode::Complete => "Complete",
        }
    }
}

/// One aggregate's running value.
#[derive(Clone, Debug)]
enum Acc {
    Count(i64),
    /// Boxed: the set is large, and an aggregate's state holds one `Acc` per group.
    Distinct(Box<IndexSet<Key>>),
    Sum(Option<Datum>),
    Avg(f64, i64),
    Min(Datum),
    Max(Datum),
    List(Vec<Datum>),
    First(Option<Datum>),
    Last(Datum),
}

/// A group's running values, one per aggregate expression.
#[derive(Clone, Debug)]
pub struct Accs(Vec<Acc>);

fn agg_of(e: &Expr) -> (Agg, &[Expr], bool) {
    match e.unaliased() {
        Expr::Agg(a, args, d) => (*a, args.as_slice(), *d),
        _ => (Agg::Count, &[], false),
    }
}

impl Accs {
    pub fn new(aggs: &[Expr]) -> Accs {
        Accs(
            aggs.iter()
                .map(|e| match agg_of(e) {
                    (Agg::Count, _, true)
                    | (Agg::ApproxCountDistinct, _, _)
                    | (Agg::CollectSet, _, _) => Acc::Distinct(Box::default()),
                    (Agg::Count, _, false) => Acc::Count(0),
                    (Agg::Sum, ..) => Acc::Sum(None),
                    (Agg::Avg, ..) => Acc::Avg(0.0, 0),
                    (Agg::Min, ..) => Acc::Min(Datum::Null),
                    (Agg::Max, ..) => Acc::Max(Datum::Null),
                    (Agg::CollectList, ..) => Acc::List(Vec::new()),
                    (Agg::First, ..) => Acc::First(None),
                    (Agg::Last, ..) => Acc::Last(Datum::Null),
                })
                .collect(),
        )
    }

    pub fn add(&mut self, aggs: &[Expr], row: &Row, ctx: &EvalCtx) -> Result<()> {
        for (acc, e) in self.0.iter_mut().zip(aggs) {
            let (_, args, _) = agg_of(e);
            if let (Acc::Count(n), None | Some(Expr::Star)) = (&mut *acc, args.first()) {
                // count() / count(*): every row counts.
                *n += 1;
                continue;
            }
            let v = match args.first() {
                None | Some(Expr::Star) => Datum::Bool(true),
                Some(a) => {
                    if args.len() > 1 {
                        Datum::Struct(Rc::new(
                            args.iter()
                                .map(|a| a.eval(row, ctx))
                                .collect::<Result<Vec<_>>>()?,
                        ))
                    } else {
                        a.eval(row, ctx)?
                    }
                }
            };
            add_one(acc, v);
        }
        Ok(())
    }

    /// Folds another group's values into this one (merging session windows).
    pub fn merge(&mut self, other: Accs) {
        for (a, b) in self.0.iter_mut().zip(other.0) {
            match (a, b) {
                (Acc::Count(x), Acc::Count(y)) => *x += y,
                (Acc::Distinct(x), Acc::Distinct(y)) => x.extend(*y),
                (Acc::Sum(x), Acc::Sum(Some(y))) => {
                    let mut acc = Acc::Sum(x.take());
                    add_one(&mut acc, y);
                    if let Acc::Sum(v) = acc {
                        *x = v;
                    }
                }
                (Acc::Avg(s, n), Acc::Avg(t, m)) => {
                    *s += t;
                    *n += m;
                }
                (a @ Acc::Min(_), Acc::Min(y)) | (a @ Acc::Max(_), Acc::Max(y)) => add_one(a, y),
                (Acc::List(x), Acc::List(y)) => x.extend(y),
                (Acc::First(x @ None), Acc::First(y)) => *x = y,
                (Acc::Last(x), Acc::Last(y)) => *x = y,
                _ => {}
            }
        }
    }

    /// The running values without their expressions (counts, sums, lists...), for
    /// showing state.
    pub fn raw_results(&self) -> Vec<Datum> {
        self.0
            .iter()
            .map(|acc| match acc {
                Acc::Count(n) => Datum::Long(*n),
                Acc::Distinct(s) => Datum::Long(s.len() as i64),
                Acc::Sum(v) => v.clone().unwrap_or(Datum::Null),
                Acc::Avg(_, 0) => Datum::Null,
                Acc::Avg(s, n) => Datum::Double(s / *n as f64),
                Acc::Min(v) | Acc::Max(v) | Acc::Last(v) => v.clone(),
                Acc::First(v) => v.clone().unwrap_or(Datum::Null),
                Acc::List(xs) => Datum::Array(Rc::new(xs.clone())),
            })
            .collect()
    }

    pub fn results(&self, aggs: &[Expr]) -> Vec<Datum> {
        let mut out = Vec::with_capacity(aggs.len());
        self.push_results(aggs, &mut out);
        out
    }

    /// The aggregates' values appended to `row` (an output row after its key).
    pub fn push_results(&self, aggs: &[Expr], row: &mut Vec<Datum>) {
        row.extend(self.0.iter().zip(aggs).map(|(acc, e)| {
            let (agg, ..) = agg_of(e);
            match acc {
                Acc::Count(n) => Datum::Long(*n),
                Acc::Distinct(s) => match agg {
                    Agg::CollectSet => {
                        Datum::Array(Rc::new(s.iter().map(|k| k.0[0].clone()).collect()))
                    }
                    _ => Datum::Long(s.len() as i64),
                },
                Acc::Sum(v) => v.clone().unwrap_or(Datum::Null),
                Acc::Avg(_, 0) => Datum::Null,
                Acc::Avg(s, n) => Datum::Double(s / *n as f64),
                Acc::Min(v) | Acc::Max(v) | Acc::Last(v) => v.clone(),
                Acc::First(v) => v.clone().unwrap_or(Datum::Null),
                Acc::List(xs) => Datum::Array(Rc::new(xs.clone())),
            }
        }));
    }
}

fn add_one(acc: &mut Acc, v: Datum) {
    if v.is_null() {
        if let Acc::Last(x) = acc {
            *x = v;
        }
        return;
    }
    match acc {
        Acc::Count(n) => *n += 1,
        Acc::Distinct(s) => {
            s.insert(Key(vec![v]));
        }
        Acc::Sum(s) => {
            *s = Some(match (s.take(), v) {
                (None, Datum::Bool(b)) => Datum::Long(b as i64),
                (None, v) => v,
                (Some(Datum::Long(a)), Datum::Long(b)) => Datum::Long(a.wrapping_add(b)),
                (Some(a), b) => {
                    Datum::Double(a.as_f64().unwrap_or(0.0) + b.as_f64().unwrap_or(0.0))
                }
            })
        }
        Acc::Avg(s, n) => {
            *s += v.as_f64().unwrap_or(0.0);
            *n += 1;
        }
        Acc::Min(m) => {
            if m.is_null() || cmp_nulls_first(&v, m).is_lt() {
                *m = v
            }
        }
        Acc::Max(m) => {
            if m.is_null() || cmp_nulls_first(&v, m).is_gt() {
                *m = v
            }
        }
        Acc::List(xs) => xs.push(v),
        Acc::First(f) => {
            if f.is_none() {
                *f = Some(v)
            }
        }
        Acc::Last(l) => *l = v,
    }
}
