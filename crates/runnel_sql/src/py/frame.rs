//! `DataFrame` and `GroupedData`.

use super::column::{col_arg, column, expr_of, lit_arg};
use super::spark::Spark;
use super::strs::string;
use crate::datum::Row;
use crate::exec::{self, BatchCtx};
use crate::expr::{EvalCtx, Expr};
use crate::plan::{self, JoinKind, JoinOn, Plan};
use runnel_core::{Error, Result, Value};
use runnel_python::{Args, Interpreter, NativeClass, NativeInstance};
use std::collections::HashMap;
use std::rc::Rc;

pub struct FrameData {
    pub spark: Rc<Spark>,
    pub plan: Plan,
}

struct GroupedData {
    spark: Rc<Spark>,
    plan: Plan,
    keys: Vec<Expr>,
}

pub fn frame_of(v: &Value) -> Result<Rc<FrameData>> {
    NativeInstance::data_of::<FrameData>(v)
        .ok_or_else(|| Error::type_error(format!("expected a DataFrame, got '{}'", v.type_name())))
}

pub fn int_arg(v: &Value) -> Result<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        other => Err(Error::type_error(format!(
            "expected an int, got '{}'",
            other.type_name()
        ))),
    }
}

/// The records of an RDD given to `createDataFrame` (anything with `collect()` that is not
/// a plain Python collection).
pub fn rdd_records(py: &Interpreter, data: &Value) -> Result<Option<Vec<Value>>> {
    if !matches!(data.type_name(), "RDD" | "PipelinedRDD") {
        return Ok(None);
    }
    let list = py.call_method(data, "collect", Args::default())?;
    Ok(Some(py.iterate(&list)?))
}

/// Runs a static plan.
pub fn collect_rows(f: &FrameData) -> Result<Vec<Row>> {
    let inputs = HashMap::new();
    let mut state = HashMap::new();
    let mut ctx = BatchCtx {
        inputs: &inputs,
        state: &mut state,
        late_wm: None,
        evict_wm: None,
        mode: crate::agg::OutputMode::Complete,
        eval: EvalCtx {
            tz_offset_ms: f.spark.tz_offset_ms(),
            now_us: f.spark.host.now_millis() * 1000,
        },
        shuffle_partitions: f.spark.shuffle_partitions(),
        max_event: Vec::new(),
        streaming: false,
        observed: None,
    };
    crate::random::reset();
    exec::run(&f.plan, &mut ctx)
}

fn rows_to_values(f: &FrameData, rows: &[Row]) -> Vec<Value> {
    let tz = f.spark.tz_offset_ms();
    let names: Vec<String> = f.plan.schema.names();
    super::row::ROW_CLASS.with(|c| {
        let c = c.borrow();
        let rc = c.as_ref().expect("Row installed");
        rows.iter()
            .map(|r| {
                let vals = r
                    .iter()
                    .zip(&f.plan.schema.fields)
                    .map(|(d, fd)| super::convert::to_value(d, &fd.data_type, tz, rc))
                    .collect();
                rc.make(names.clone(), vals)
            })
            .collect()
    })
}

/// Column arguments, flattening a single list (`select(["a", "b"])`).
fn columns(py: &Interpreter, a: &Args) -> Result<Vec<Expr>> {
    let vals = match a.positional.as_slice() {
        [v @ Value::List(_)] => py.iterate(v)?,
        vs => vs.to_vec(),
    };
    vals.iter().map(col_arg).collect()
}

fn names(py: &Interpreter, a: &Args) -> Result<Vec<String>> {
    let vals = match a.positional.as_slice() {
        [v @ Value::List(_)] | [v @ Value::Tuple(_)] => py.iterate(v)?,
        vs => vs.to_vec(),
    };
    vals.iter()
        .map(|v| match v {
            Value::Str(s) => Ok(s.to_string()),
            other => Err(Error::type_error(format!(
                "expected a column name, got '{}'",
                other.type_name()
            ))),
        })
        .collect()
}

fn derive(me: &Value, f: impl FnOnce(&FrameData) -> Result<Plan>) -> Result<Value> {
    let d = frame_of(me)?;
    let p = f(&d)?;
    Ok(d.spark.frame(p))
}

fn show(_: &Interpreter, me: &Value, mut a: Args) -> Result<Value> {
    let d = frame_of(me)?;
    let n = a
        .take(0, "n")
        .map(|v| int_arg(&v))
        .transpose()?
        .unwrap_or(20)
        .max(0) as usize;
    let truncate = match a.take(1, "truncate") {
        None | Some(Value::Bool(true)) => 20,
        Some(Value::Bool(false)) => 0,
        Some(v) => int_arg(&v)?.max(0) as usize,
    };
    let vertical = a.take(2, "vertical").is_some_and(|v| v.truthy());
    let rows = collect_rows(&d)?;
    let shown: Vec<Row> = rows.into_iter().take(n + 1).collect();
    let draw = if vertical {
        crate::show::show_vertical
    } else {
        crate::show::show_string
    };
    let text = draw(&d.plan.schema, &shown, n, truncate, d.spark.tz_offset_ms());
    d.spark.host.stdout(&format!("{text}\n"));
    Ok(Value::None)
}

/// DataFrame attributes of PySpark's that Runnel does not have, and why: refused by name
/// rather than with an AttributeError that reads like a typo.
const REFUSED: &[(&str, &str)] = &[
    ("rdd", "a DataFrame does not turn back into an RDD here (collect() its rows, or use the RDD it was made from)"),
    ("describe()", "summary statistics are not implemented"),
    ("summary()", "summary statistics are not implemented"),
];

/// The error for `df.name` that is neither a method nor a column.
fn missing(name: &str) -> Error {
    match REFUSED
        .iter()
        .find(|(n, _)| n.trim_end_matches("()") == name)
    {
        Some((shown, why)) => Error::unsupported(format!(
            "DataFrame.{shown} is not supported in Runnel: {why}"
        )),
        None => Error::new(
            "AttributeError",
            format!("'DataFrame' object has no attribute '{name}'"),
        ),
    }
}

pub fn class() -> NativeClass {
    NativeClass::new("DataFrame")
        .method("select", |py, me, a| {
            let exprs = columns(py, &a)?;
            derive(me, |d| plan::project(&d.plan, &exprs))
        })
        .method("selectExpr", |py, me, a| {
            let exprs = names(py, &a)?.iter().map(|s| crate::sql::parse_expr(s)).collect::<Result<Vec<_>>>()?;
            derive(me, |d| plan::project(&d.plan, &exprs))
        })
        .method("filter", filter)
        .method("where", filter)
        .method("withColumn", |_, me, mut a| {
            let name = string(&a.require(0, "colName", "withColumn")?)?;
            let e = expr_of(&a.require(1, "col", "withColumn")?).ok_or_else(|| Error::new("PySparkTypeError", "[NOT_COLUMN] Argument `col` should be a Column."))?;
            derive(me, |d| {
                let mut exprs: Vec<Expr> = Vec::new();
                let mut replaced = false;
                for f in &d.plan.schema.fields {
                    if f.name.eq_ignore_ascii_case(&name) {
                        exprs.push(Expr::Alias(Box::new(e.clone()), name.clone()));
                        replaced = true;
                    } else {
                        exprs.push(Expr::Col(format!("`{}`", f.name)).unquote());
                    }
                }
                if !replaced {
                    exprs.push(Expr::Alias(Box::new(e.clone()), name.clone()));
                }
                plan::project(&d.plan, &exprs)
            })
        })
        .method("withColumnRenamed", |_, me, mut a| {
            let old = string(&a.require(0, "existing", "withColumnRenamed")?)?;
            let new = string(&a.require(1, "new", "withColumnRenamed")?)?;
            derive(me, |d| {
                let exprs: Vec<Expr> = d
                    .plan
                    .schema
                    .fields
                    .iter()
                    .map(|f| {
                        let c = Expr::Col(f.name.clone());
                        if f.name.eq_ignore_ascii_case(&old) { Expr::Alias(Box::new(c), new.clone()) } else { c }
                    })
                    .collect();
                plan::project(&d.plan, &exprs)
            })
        })
        .method("drop", |py, me, a| {
            let drop = names(py, &a)?;
            derive(me, |d| {
                let exprs: Vec<Expr> = d
                    .plan
                    .schema
                    .fields
                    .iter()
                    .filter(|f| !drop.iter().any(|x| x.eq_ignore_ascii_case(&f.name)))
                    .map(|f| Expr::Col(f.name.clone()))
                    .collect();
                plan::project(&d.plan, &exprs)
            })
        })
        .method("toDF", |py, me, a| {
            let new = names(py, &a)?;
            derive(me, |d| {
                if new.len() != d.plan.schema.fields.len() {
                    return Err(Error::new("IllegalArgumentException", format!("requirement failed: The number of columns doesn't match.\nOld column names ({}): {}\nNew column names ({}): {}", d.plan.schema.fields.len(), d.plan.schema.names().join(", "), new.len(), new.join(", "))));
                }
                let exprs: Vec<Expr> = d.plan.schema.fields.iter().zip(&new).map(|(f, n)| Expr::Alias(Box::new(Expr::Col(f.name.clone())), n.clone())).collect();
                plan::project(&d.plan, &exprs)
            })
        })
        .method("groupBy", group_by)
        .method("groupby", group_by)
        .method("agg", |py, me, a| {
            let d = frame_of(me)?;
            let aggs = columns(py, &a)?;
            let p = plan::aggregate(&d.plan, &[], &aggs)?;
            Ok(d.spark.frame(p))
        })
        .method("withWatermark", |_, me, mut a| {
            let c = string(&a.require(0, "eventTime", "withWatermark")?)?;
            let delay = crate::timefmt::parse_interval(&string(&a.require(1, "delayThreshold", "withWatermark")?)?)?;
            derive(me, |d| plan::watermark(&d.plan, &c, delay))
        })
        .method("dropDuplicates", drop_duplicates)
        .method("drop_duplicates", drop_duplicates)
        .method("distinct", |_, me, _| derive(me, |d| plan::dedup(&d.plan, &[])))
        .method("orderBy", order_by)
        .method("sort", order_by)
        .method("limit", |_, me, mut a| {
            let n = int_arg(&a.require(0, "num", "limit")?)?.max(0) as usize;
            derive(me, |d| Ok(plan::limit(&d.plan, n)))
        })
        .method("union", union)
        .method("unionAll", union)
        .method("join", |py, me, mut a| {
            let other = frame_of(&a.require(0, "other", "join")?)?;
            let on = match a.take(1, "on") {
                None | Some(Value::None) => JoinOn::Expr(super::column::bool_lit(true)),
                Some(Value::Str(s)) => JoinOn::Using(vec![s.to_string()]),
                Some(v @ Value::List(_)) => {
                    let items = py.iterate(&v)?;
                    if items.iter().all(|i| matches!(i, Value::Str(_))) {
                        JoinOn::Using(items.iter().map(string).collect::<Result<_>>()?)
                    } else {
                        let mut e: Option<Expr> = None;
                        for i in &items {
                            let x = lit_arg(i)?;
                            e = Some(match e {
                                None => x,
                                Some(p) => Expr::Bin(crate::expr::Op::And, Box::new(p), Box::new(x)),
                            });
                        }
                        JoinOn::Expr(e.unwrap_or(super::column::bool_lit(true)))
                    }
                }
                Some(v) => JoinOn::Expr(lit_arg(&v)?),
            };
            let how = a.take(2, "how").map(|h| string(&h)).transpose()?.unwrap_or_else(|| "inner".into());
            let kind = match how.to_ascii_lowercase().as_str() {
                "inner" => JoinKind::Inner,
                "left" | "leftouter" | "left_outer" => JoinKind::Left,
                "right" | "rightouter" | "right_outer" => JoinKind::Right,
                "outer" | "full" | "fullouter" | "full_outer" => JoinKind::Full,
                other => return Err(Error::new("IllegalArgumentException", format!("Unsupported join type '{other}'. Supported join types include: 'inner', 'outer', 'full', 'fullouter', 'full_outer', 'leftouter', 'left', 'left_outer', 'rightouter', 'right', 'right_outer', 'leftsemi', 'left_semi', 'semi', 'leftanti', 'left_anti', 'anti', 'cross'."))),
            };
            derive(me, |d| plan::join(&d.plan, &other.plan, on, kind))
        })
        .method("show", show)
        .method("collect", |_, me, _| {
            let d = frame_of(me)?;
            let rows = collect_rows(&d)?;
            Ok(Value::list(rows_to_values(&d, &rows)))
        })
        .method("take", |_, me, mut a| {
            let d = frame_of(me)?;
            let n = int_arg(&a.require(0, "num", "take")?)?.max(0) as usize;
            let rows: Vec<Row> = collect_rows(&d)?.into_iter().take(n).collect();
            Ok(Value::list(rows_to_values(&d, &rows)))
        })
        .method("head", first)
        .method("first", first)
        .method("count", |_, me, _| {
            let d = frame_of(me)?;
            // A batch's rows (foreachBatch) are counted without copying them.
            let n = match &d.plan.node {
                crate::plan::Node::Rows(rows, _) => rows.len(),
                _ => collect_rows(&d)?.len(),
            };
            Ok(Value::Int(n as i64))
        })
        .method("printSchema", |_, me, _| {
            let d = frame_of(me)?;
            let mut s = "root\n".to_string();
            crate::types::DataType::Struct(d.plan.schema.fields.clone()).tree_lines("", &mut s);
            d.spark.host.stdout(&format!("{s}\n"));
            Ok(Value::None)
        })
        .method("createOrReplaceTempView", temp_view)
        .method("createTempView", temp_view)
        .method("registerTempTable", temp_view)
        .method("cache", |_, me, _| Ok(me.clone()))
        .method("persist", |_, me, _| Ok(me.clone()))
        .method("unpersist", |_, me, _| Ok(me.clone()))
        .property("columns", |_, me| Ok(Value::list(frame_of(me)?.plan.schema.names().iter().map(|n| Value::str(n)).collect())))
        .property("schema", |_, me| Ok(super::types::schema_value(&frame_of(me)?.plan.schema)))
        .property("isStreaming", |_, me| Ok(Value::Bool(frame_of(me)?.plan.streaming)))
        .property("dtypes", |_, me| {
            Ok(Value::list(
                frame_of(me)?.plan.schema.fields.iter().map(|f| Value::tuple(vec![Value::str(&f.name), Value::str(&f.data_type.simple_string())])).collect(),
            ))
        })
        .property("writeStream", |_, me| super::stream::writer(me))
        .property("sparkSession", |_, me| Ok(frame_of(me)?.spark.session_value()))
        .getattr(|_, me, name| {
            let d = frame_of(me)?;
            d.plan.schema.index_of(name).map_err(|_| missing(name))?;
            Ok(column(Expr::Col(name.to_string())))
        })
        .with_getitem(|me, key| {
            let d = frame_of(me)?;
            match key {
                Value::Str(s) => {
                    d.plan.schema.index_of(s)?;
                    Ok(column(Expr::Col(s.to_string())))
                }
                Value::Int(i) => {
                    let f = d.plan.schema.fields.get(*i as usize).ok_or_else(|| Error::index_error("list index out of range"))?;
                    Ok(column(Expr::Col(f.name.clone())))
                }
                other => expr_of(other).map(column).ok_or_else(|| Error::type_error(format!("unexpected item type: {}", other.type_name()))),
            }
        })
        .with_repr(|i| match i.data.clone().downcast::<FrameData>() {
            Ok(d) => {
                let parts: Vec<String> = d.plan.schema.fields.iter().map(|f| format!("{}: {}", f.name, f.data_type.simple_string())).collect();
                format!("DataFrame[{}]", parts.join(", "))
            }
            Err(_) => "DataFrame[]".into(),
        })
}

impl Expr {
    fn unquote(self) -> Expr {
        match self {
            Expr::Col(n) => Expr::Col(n.trim_matches('`').to_string()),
            e => e,
        }
    }
}

fn first(_: &Interpreter, me: &Value, a: Args) -> Result<Value> {
    let d = frame_of(me)?;
    let rows: Vec<Row> = collect_rows(&d)?.into_iter().take(1).collect();
    let vals = rows_to_values(&d, &rows);
    if let Some(n) = a.positional.first() {
        let n = int_arg(n)?.max(0) as usize;
        let rows: Vec<Row> = collect_rows(&d)?.into_iter().take(n).collect();
        return Ok(Value::list(rows_to_values(&d, &rows)));
    }
    Ok(vals.into_iter().next().unwrap_or(Value::None))
}

fn filter(_: &Interpreter, me: &Value, mut a: Args) -> Result<Value> {
    let c = a.require(0, "condition", "filter")?;
    let e = match &c {
        Value::Str(s) => crate::sql::parse_expr(s)?,
        v => expr_of(v).ok_or_else(|| {
            Error::new(
                "PySparkTypeError",
                "[NOT_COLUMN_OR_STR] Argument `condition` should be a Column or str.",
            )
        })?,
    };
    derive(me, |d| plan::filter(&d.plan, &e))
}

fn temp_view(_: &Interpreter, me: &Value, mut a: Args) -> Result<Value> {
    let d = frame_of(me)?;
    let name = string(&a.require(0, "name", "createOrReplaceTempView")?)?;
    d.spark
        .views
        .borrow_mut()
        .insert(name.to_ascii_lowercase(), d.plan.clone());
    Ok(Value::None)
}

fn drop_duplicates(py: &Interpreter, me: &Value, a: Args) -> Result<Value> {
    let cols = names(py, &a)?;
    derive(me, |d| plan::dedup(&d.plan, &cols))
}

fn order_by(py: &Interpreter, me: &Value, mut a: Args) -> Result<Value> {
    let asc = a.take_keyword("ascending");
    let mut exprs = columns(py, &a)?;
    if let Some(Value::Bool(false)) = asc {
        exprs = exprs
            .into_iter()
            .map(|e| Expr::Sort(Box::new(e), false))
            .collect();
    }
    derive(me, |d| plan::sort(&d.plan, &exprs))
}

fn union(_: &Interpreter, me: &Value, mut a: Args) -> Result<Value> {
    let other = frame_of(&a.require(0, "other", "union")?)?;
    derive(me, |d| plan::union(&d.plan, &other.plan))
}

fn group_by(py: &Interpreter, me: &Value, a: Args) -> Result<Value> {
    let d = frame_of(me)?;
    let keys = columns(py, &a)?;
    Ok(NativeInstance::new(
        d.spark.classes().grouped.clone(),
        Rc::new(GroupedData {
            spark: d.spark.clone(),
            plan: d.plan.clone(),
            keys,
        }),
    ))
}

fn grouped_of(v: &Value) -> Result<Rc<GroupedData>> {
    NativeInstance::data_of::<GroupedData>(v)
        .ok_or_else(|| Error::type_error("expected GroupedData"))
}

fn grouped_agg(me: &Value, aggs: Vec<Expr>) -> Result<Value> {
    let g = grouped_of(me)?;
    let p = plan::aggregate(&g.plan, &g.keys, &aggs)?;
    Ok(g.spark.frame(p))
}

fn simple_agg(agg: crate::expr::Agg) -> impl Fn(&Interpreter, &Value, Args) -> Result<Value> {
    move |py, me, a| {
        let cols = columns(py, &a)?;
        grouped_agg(
            me,
            cols.into_iter()
                .map(|c| Expr::Agg(agg, vec![c], false))
                .collect(),
        )
    }
}

pub fn grouped_class() -> NativeClass {
    use crate::expr::Agg;
    NativeClass::new("GroupedData")
        .method("count", |_, me, _| {
            grouped_agg(me, vec![plan::count_star()])
        })
        .method("agg", |py, me, a| {
            // agg({"col": "max"}) or agg(F.max("col"), ...)
            if let [Value::Dict(d)] = a.positional.as_slice() {
                let mut aggs = Vec::new();
                for (k, v) in d.borrow()?.iter() {
                    let (Value::Str(c), Value::Str(f)) = (k, v) else {
                        continue;
                    };
                    aggs.push(crate::sql::call(f, vec![Expr::Col(c.to_string())], false)?);
                }
                return grouped_agg(me, aggs);
            }
            grouped_agg(me, columns(py, &a)?)
        })
        .method("sum", simple_agg(Agg::Sum))
        .method("avg", simple_agg(Agg::Avg))
        .method("mean", simple_agg(Agg::Avg))
        .method("min", simple_agg(Agg::Min))
        .method("max", simple_agg(Agg::Max))
}
