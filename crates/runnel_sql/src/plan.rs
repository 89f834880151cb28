//! Logical plans: what a DataFrame is. Builders bind expressions to the input's schema,
//! name the output columns as Spark does, and track the event-time column a watermark
//! was defined on.

use crate::datum::Row;
use crate::expr::{Agg, Expr};
use crate::types::{DataType, Field, Schema};
use runnel_core::{Error, Result};
use std::cell::Cell;
use std::rc::Rc;

/// A plan node, shared by the DataFrames built on it.
pub type Plan = Rc<PlanNode>;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JoinKind {
    Inner,
    Left,
    Right,
    Full,
}

#[derive(Debug)]
pub enum Node {
    /// A streaming source: its rows come from the query, batch by batch.
    Source {
        id: usize,
        description: String,
    },
    /// Static rows (`createDataFrame`, `spark.read`, a memory table's snapshot). `false`
    /// for rows Spark cannot size (`createDataFrame` of Python data is an RDD to it), which
    /// it never broadcasts: a join with them is a sort-merge join.
    Rows(Rc<Vec<Row>>, bool),
    /// A projection; at most one [`Expr::Explode`] (a generator).
    Project(Plan, Vec<Expr>),
    Filter(Plan, Expr),
    /// `withWatermark(column, delay)`: the column's index and the delay in microseconds.
    Watermark(Plan, usize, i64),
    /// `groupBy(keys).agg(aggs)`: output is the keys then the aggregates.
    Aggregate(Plan, Vec<Expr>, Vec<Expr>),
    /// `dropDuplicates(columns)`.
    Dedup(Plan, Vec<usize>),
    Sort(Plan, Vec<(Expr, bool)>),
    Limit(Plan, usize),
    /// A join; `on` is bound to the left schema followed by the right one. `using`
    /// columns appear once (Spark's `USING` join output).
    Join {
        left: Plan,
        right: Plan,
        kind: JoinKind,
        on: Expr,
        using: Vec<(usize, usize)>,
    },
    Union(Plan, Plan),
}

#[derive(Debug)]
pub struct PlanNode {
    pub id: usize,
    pub node: Node,
    pub schema: Schema,
    pub streaming: bool,
    /// The column carrying the watermark's event time, if any.
    pub event_time: Option<usize>,
}

thread_local! {
    static NEXT_ID: Cell<usize> = const { Cell::new(0) };
}

/// A fresh plan node id.
pub(crate) fn new_id() -> usize {
    NEXT_ID.with(|n| {
        let id = n.get();
        n.set(id + 1);
        id
    })
}

fn make(node: Node, schema: Schema, streaming: bool, event_time: Option<usize>) -> Plan {
    make_with_id(new_id(), node, schema, streaming, event_time)
}

/// A node keeping an existing node's id (a rewritten plan's state stays its own).
pub(crate) fn make_with_id(
    id: usize,
    node: Node,
    schema: Schema,
    streaming: bool,
    event_time: Option<usize>,
) -> Plan {
    Rc::new(PlanNode {
        id,
        node,
        schema,
        streaming,
        event_time,
    })
}

fn analysis(msg: impl Into<String>) -> Error {
    Error::new("AnalysisException", msg)
}

pub fn source(id: usize, schema: Schema, description: &str) -> Plan {
    make(
        Node::Source {
            id,
            description: description.to_string(),
        },
        schema,
        true,
        None,
    )
}

pub fn rows(schema: Schema, rows: Vec<Row>) -> Plan {
    make(Node::Rows(Rc::new(rows), true), schema, false, None)
}

/// Rows from Python data (`createDataFrame`), which Spark does not broadcast in joins.
pub fn python_rows(schema: Schema, rows: Vec<Row>) -> Plan {
    make(Node::Rows(Rc::new(rows), false), schema, false, None)
}

/// `select(exprs)`: `*` expands to every column.
pub fn project(input: &Plan, exprs: &[Expr]) -> Result<Plan> {
    let mut bound = Vec::new();
    for e in exprs {
        if matches!(e, Expr::Star) {
            for (i, f) in input.schema.fields.iter().enumerate() {
                bound.push(Expr::Idx(i, f.data_type.clone(), f.name.clone()));
            }
            continue;
        }
        let b = e.bind(&input.schema)?;
        if b.has_agg() {
            return Err(analysis(format!(
                "[MISSING_GROUP_BY] The query does not include a GROUP BY clause. Add GROUP BY or turn it into the window functions using OVER clauses.; aggregate {} outside groupBy",
                e.name()
            )));
        }
        bound.push(b);
    }
    let generators = bound
        .iter()
        .filter(|e| matches!(e.unaliased(), Expr::Explode(_)))
        .count();
    if generators > 1 {
        return Err(analysis("[UNSUPPORTED_GENERATOR.MULTI_GENERATOR] The generator is not supported: only one generator allowed per SELECT clause but found 2: ."));
    }
    let mut fields = Vec::new();
    let mut event_time = None;
    for (j, e) in bound.iter().enumerate() {
        fields.push(Field::new(&e.name(), e.data_type()));
        if let (Some(et), Expr::Idx(i, ..)) = (input.event_time, e.unaliased()) {
            if *i == et {
                event_time = Some(j);
            }
        }
        if let Expr::Window { time, .. } | Expr::Session { time, .. } = e.unaliased() {
            if matches!(&**time, Expr::Idx(i, ..) if Some(*i) == input.event_time) {
                event_time = Some(j);
            }
        }
    }
    Ok(make(
        Node::Project(input.clone(), bound),
        Schema::new(fields),
        input.streaming,
        event_time,
    ))
}

pub fn filter(input: &Plan, cond: &Expr) -> Result<Plan> {
    let b = cond.bind(&input.schema)?;
    if b.data_type() != DataType::Boolean && b.data_type() != DataType::Null {
        return Err(analysis(format!(
            "[DATATYPE_MISMATCH.FILTER_NOT_BOOLEAN] Cannot resolve \"{}\" due to data type mismatch: Filter expression \"{}\" of type \"{}\" is not a boolean.",
            b.name(),
            b.name(),
            b.data_type().sql_name()
        )));
    }
    Ok(make(
        Node::Filter(input.clone(), b),
        input.schema.clone(),
        input.streaming,
        input.event_time,
    ))
}

pub fn watermark(input: &Plan, column: &str, delay_us: i64) -> Result<Plan> {
    let i = input.schema.index_of(column)?;
    if input.schema.fields[i].data_type != DataType::Timestamp {
        return Err(analysis(format!(
            "[EVENT_TIME_IS_NOT_ON_TIMESTAMP_TYPE] The event time `{}` has the invalid type \"{}\", but expected \"TIMESTAMP\".",
            input.schema.fields[i].name,
            input.schema.fields[i].data_type.sql_name()
        )));
    }
    Ok(make(
        Node::Watermark(input.clone(), i, delay_us),
        input.schema.clone(),
        input.streaming,
        Some(i),
    ))
}

pub fn aggregate(input: &Plan, keys: &[Expr], aggs: &[Expr]) -> Result<Plan> {
    if aggs.iter().all(|a| matches!(a.unaliased(), Expr::Agg(..)))
        || aggs.iter().any(|a| !a.has_agg())
    {
        return aggregate_plain(input, keys, aggs);
    }
    // Aggregates inside expressions (`round(sum(x) / 3, 2)`): aggregate each one, then
    // compute the expressions over the results.
    let mut hidden: Vec<Expr> = Vec::new();
    let rewritten: Vec<Expr> = aggs
        .iter()
        .map(|a| {
            let name = a.name();
            let e = replace_aggs(a.unaliased(), &mut hidden);
            Expr::Alias(Box::new(e), name)
        })
        .collect();
    let inner = aggregate_plain(input, keys, &hidden)?;
    let mut select: Vec<Expr> = (0..keys.len())
        .map(|i| {
            let f = &inner.schema.fields[i];
            Expr::Idx(i, f.data_type.clone(), f.name.clone())
        })
        .collect();
    select.extend(rewritten);
    project(&inner, &select)
}

/// `e` with each aggregate replaced by a column of `hidden` (added there).
fn replace_aggs(e: &Expr, hidden: &mut Vec<Expr>) -> Expr {
    let mut swap = |x: &Expr| replace_aggs(x, hidden);
    match e {
        Expr::Agg(..) => {
            let name = format!("__agg{}", hidden.len());
            hidden.push(Expr::Alias(Box::new(e.clone()), name.clone()));
            Expr::Col(name)
        }
        Expr::Alias(a, n) => Expr::Alias(Box::new(swap(a)), n.clone()),
        Expr::Bin(op, a, b) => {
            let a = swap(a);
            Expr::Bin(*op, Box::new(a), Box::new(replace_aggs(b, hidden)))
        }
        Expr::Not(a) => Expr::Not(Box::new(swap(a))),
        Expr::Neg(a) => Expr::Neg(Box::new(swap(a))),
        Expr::Cast(a, t) => Expr::Cast(Box::new(swap(a)), t.clone()),
        Expr::Call(f, args) => Expr::Call(
            f.clone(),
            args.iter().map(|x| replace_aggs(x, hidden)).collect(),
        ),
        other => other.clone(),
    }
}

fn aggregate_plain(input: &Plan, keys: &[Expr], aggs: &[Expr]) -> Result<Plan> {
    let keys = keys
        .iter()
        .map(|k| k.bind(&input.schema))
        .collect::<Result<Vec<_>>>()?;
    let aggs = aggs
        .iter()
        .map(|a| a.bind(&input.schema))
        .collect::<Result<Vec<_>>>()?;
    for a in &aggs {
        if !matches!(a.unaliased(), Expr::Agg(..)) {
            return Err(analysis(format!(
                "[MISSING_AGGREGATION] The non-aggregating expression \"{}\" is based on columns which are not participating in the GROUP BY clause.",
                a.name()
            )));
        }
    }
    let mut fields = Vec::new();
    let mut event_time = None;
    for (j, k) in keys.iter().enumerate() {
        fields.push(Field::new(&k.name(), k.data_type()));
        let on_event_time = match k.unaliased() {
            Expr::Idx(i, ..) => Some(*i) == input.event_time,
            Expr::Window { time, .. } | Expr::Session { time, .. } => {
                matches!(&**time, Expr::Idx(i, ..) if Some(*i) == input.event_time)
            }
            _ => false,
        };
        if on_event_time {
            event_time = Some(j);
        }
    }
    for a in &aggs {
        fields.push(Field::new(&a.name(), a.data_type()));
    }
    Ok(make(
        Node::Aggregate(input.clone(), keys, aggs),
        Schema::new(fields),
        input.streaming,
        event_time,
    ))
}

/// `groupBy(...).count()`'s aggregate.
pub fn count_star() -> Expr {
    Expr::Alias(
        Box::new(Expr::Agg(Agg::Count, vec![Expr::Star], false)),
        "count".into(),
    )
}

pub fn dedup(input: &Plan, columns: &[String]) -> Result<Plan> {
    let idx = if columns.is_empty() {
        (0..input.schema.fields.len()).collect()
    } else {
        columns
            .iter()
            .map(|c| input.schema.index_of(c))
            .collect::<Result<Vec<_>>>()?
    };
    Ok(make(
        Node::Dedup(input.clone(), idx),
        input.schema.clone(),
        input.streaming,
        input.event_time,
    ))
}

pub fn sort(input: &Plan, orders: &[Expr]) -> Result<Plan> {
    let orders = orders
        .iter()
        .map(|o| match o {
            Expr::Sort(e, asc) => Ok((e.bind(&input.schema)?, *asc)),
            e => Ok((e.bind(&input.schema)?, true)),
        })
        .collect::<Result<Vec<_>>>()?;
    Ok(make(
        Node::Sort(input.clone(), orders),
        input.schema.clone(),
        input.streaming,
        input.event_time,
    ))
}

pub fn limit(input: &Plan, n: usize) -> Plan {
    make(
        Node::Limit(input.clone(), n),
        input.schema.clone(),
        input.streaming,
        input.event_time,
    )
}

pub fn union(a: &Plan, b: &Plan) -> Result<Plan> {
    if a.schema.fields.len() != b.schema.fields.len() {
        return Err(analysis(format!(
            "[NUM_COLUMNS_MISMATCH] UNION can only be performed on inputs with the same number of columns, but the first input has {} columns and the second input has {} columns.",
            a.schema.fields.len(),
            b.schema.fields.len()
        )));
    }
    Ok(make(
        Node::Union(a.clone(), b.clone()),
        a.schema.clone(),
        a.streaming || b.streaming,
        a.event_time,
    ))
}

/// A join on an expression (`on` given as a condition) or on column names (`using`).
pub fn join(left: &Plan, right: &Plan, on: JoinOn, kind: JoinKind) -> Result<Plan> {
    let mut both = left.schema.clone();
    both.fields.extend(right.schema.fields.iter().cloned());
    let n = left.schema.fields.len();
    let (cond, using) = match on {
        JoinOn::Expr(e) => (e.bind(&both)?, Vec::new()),
        JoinOn::Using(cols) => {
            let mut pairs = Vec::new();
            let mut cond: Option<Expr> = None;
            for c in &cols {
                let (l, r) = (left.schema.index_of(c)?, right.schema.index_of(c)?);
                pairs.push((l, r));
                let lf = &left.schema.fields[l];
                let rf = &right.schema.fields[r];
                let eq = Expr::Bin(
                    crate::expr::Op::Eq,
                    Box::new(Expr::Idx(l, lf.data_type.clone(), lf.name.clone())),
                    Box::new(Expr::Idx(n + r, rf.data_type.clone(), rf.name.clone())),
                );
                cond = Some(match cond {
                    None => eq,
                    Some(c) => Expr::Bin(crate::expr::Op::And, Box::new(c), Box::new(eq)),
                });
            }
            (
                cond.unwrap_or(Expr::Lit(
                    crate::datum::Datum::Bool(true),
                    DataType::Boolean,
                )),
                pairs,
            )
        }
    };
    let mut fields = Vec::new();
    for &(l, _) in &using {
        fields.push(left.schema.fields[l].clone());
    }
    for (i, f) in left.schema.fields.iter().enumerate() {
        if !using.iter().any(|(l, _)| *l == i) {
            fields.push(f.clone());
        }
    }
    for (i, f) in right.schema.fields.iter().enumerate() {
        if !using.iter().any(|(_, r)| *r == i) {
            fields.push(f.clone());
        }
    }
    // The output keeps a side's event-time column (the left's first), as Spark's join
    // output keeps the watermark on its attributes.
    let out_col = |i: usize, mine: &dyn Fn(&(usize, usize)) -> usize, before: usize| match using
        .iter()
        .position(|u| mine(u) == i)
    {
        Some(p) => p,
        None => {
            before
                + (0..i)
                    .filter(|j| !using.iter().any(|u| mine(u) == *j))
                    .count()
        }
    };
    let lw_out = left.schema.fields.len();
    let event_time = left
        .event_time
        .map(|i| out_col(i, &|u| u.0, using.len()))
        .or_else(|| right.event_time.map(|i| out_col(i, &|u| u.1, lw_out)));
    Ok(make(
        Node::Join {
            left: left.clone(),
            right: right.clone(),
            kind,
            on: cond,
            using,
        },
        Schema::new(fields),
        left.streaming || right.streaming,
        event_time,
    ))
}

pub enum JoinOn {
    Expr(Expr),
    Using(Vec<String>),
}

impl PlanNode {
    pub fn children(&self) -> Vec<&Plan> {
        match &self.node {
            Node::Source { .. } | Node::Rows(..) => Vec::new(),
            Node::Project(p, _)
            | Node::Filter(p, _)
            | Node::Watermark(p, ..)
            | Node::Aggregate(p, ..)
            | Node::Dedup(p, _)
            | Node::Sort(p, _)
            | Node::Limit(p, _) => vec![p],
            Node::Join { left, right, .. } => vec![left, right],
            Node::Union(a, b) => vec![a, b],
        }
    }

    /// Every node of the plan, this one first.
    pub fn walk(self: &Plan, f: &mut dyn FnMut(&Plan)) {
        f(self);
        for c in self.children() {
            c.walk(f);
        }
    }
}
