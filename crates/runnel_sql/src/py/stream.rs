//! `df.writeStream` (`DataStreamWriter`), `StreamingQuery`, and the sinks: console,
//! memory (a table `spark.sql` reads), `foreachBatch`.

use super::frame::frame_of;
use super::spark::{SourceDef, Spark};
use crate::agg::OutputMode;
use crate::datum::Row;
use crate::plan::{self, Plan};
use crate::query::{Query, Sink, Source};
use crate::sources::{ContinuousRateSource, FileSource, RateSource, SocketSource};
use crate::types::Schema;
use runnel_core::{Error, Result, Value};
use runnel_python::{Args, Interpreter, NativeClass, NativeInstance};
use std::cell::{Cell, RefCell};
use std::collections::{BTreeMap, HashSet};
use std::rc::Rc;

pub struct WriterData {
    spark: Rc<Spark>,
    plan: Plan,
    mode: RefCell<String>,
    format: RefCell<String>,
    options: RefCell<BTreeMap<String, String>>,
    name: RefCell<Option<String>>,
    foreach_batch: RefCell<Option<Value>>,
    foreach: RefCell<Option<Value>>,
    trigger: RefCell<Trigger>,
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Trigger {
    Default,
    Once,
    AvailableNow,
    ProcessingTime(i64),
    /// `continuous="1 second"`: map-like queries; epochs every interval.
    Continuous(i64),
}

pub struct QueryData {
    pub spark: Rc<Spark>,
    pub query: RefCell<Query>,
    pub name: Option<String>,
    pub active: Cell<bool>,
    trigger: Trigger,
    pub id: usize,
    /// The sink's name (`console`, `memory`, `foreachBatch`...), for the query's description.
    pub sink: String,
    /// When `start()` ran (ms): a continuous query's epochs count from here.
    started_ms: i64,
}

impl QueryData {
    /// The key of the query's records: `queryName`, or `query0`, `query1`...
    pub fn key(&self) -> String {
        self.name
            .clone()
            .unwrap_or_else(|| format!("query{}", self.id))
    }

    /// Runs the next micro-batch if one is due (data, or a data-less batch for the
    /// watermark); returns whether one ran. A host that runs the triggers itself calls it.
    pub fn trigger_once(&self, now_ms: i64) -> Result<bool> {
        let mut query = self
            .query
            .try_borrow_mut()
            .map_err(|_| Error::new("RuntimeError", "the query is already running a batch"))?;
        query.step(now_ms)
    }

    /// The processing-time trigger's interval (ms), if it has one.
    pub fn interval_ms(&self) -> Option<i64> {
        match self.trigger {
            Trigger::ProcessingTime(ms) | Trigger::Continuous(ms) if ms > 0 => Some(ms),
            _ => None,
        }
    }

    /// The query as the playground's query graph shows it.
    pub fn describe(&self) -> crate::describe::QueryDescription {
        let query = self.query.borrow();
        crate::describe::QueryDescription {
            name: self.key(),
            mode: query.mode.name().to_ascii_lowercase(),
            sink: self.sink.clone(),
            trigger: match self.trigger {
                Trigger::Default => "default",
                Trigger::Once => "once",
                Trigger::AvailableNow => "availableNow",
                Trigger::ProcessingTime(_) => "processingTime",
                Trigger::Continuous(_) => "continuous",
            }
            .to_string(),
            plan: crate::describe::plan_lines(&query.plan),
        }
    }
}

/// Memory sink tables: name -> (schema, rows).
pub type Tables = RefCell<BTreeMap<String, (Schema, Rc<RefCell<Vec<Row>>>)>>;

/// A memory sink's table as a static plan.
pub fn memory_table(spark: &Spark, name: &str) -> Option<Plan> {
    spark
        .tables
        .borrow()
        .get(name)
        .map(|(s, rows)| plan::rows(s.clone(), rows.borrow().clone()))
}

pub fn writer(me: &Value) -> Result<Value> {
    let d = frame_of(me)?;
    if !d.plan.streaming {
        return Err(Error::new(
            "AnalysisException",
            "'writeStream' can be called only on streaming Dataset/DataFrame",
        ));
    }
    Ok(NativeInstance::new(
        d.spark.classes().writer.clone(),
        Rc::new(WriterData {
            spark: d.spark.clone(),
            plan: d.plan.clone(),
            mode: RefCell::new("append".into()),
            format: RefCell::new("console".into()),
            options: RefCell::new(BTreeMap::new()),
            name: RefCell::new(None),
            foreach_batch: RefCell::new(None),
            foreach: RefCell::new(None),
            trigger: RefCell::new(Trigger::Default),
        }),
    ))
}

fn writer_of(v: &Value) -> Result<Rc<WriterData>> {
    NativeInstance::data_of::<WriterData>(v)
        .ok_or_else(|| Error::type_error("expected a DataStreamWriter"))
}

fn text(v: &Value) -> String {
    match v {
        Value::Str(s) => s.to_string(),
        Value::Bool(b) => if *b { "true" } else { "false" }.into(),
        other => other.repr(),
    }
}

struct Console {
    spark: Rc<Spark>,
    num_rows: usize,
    truncate: usize,
}

impl Sink for Console {
    fn add_batch(&mut self, id: i64, schema: &Schema, rows: Vec<Row>, _: OutputMode) -> Result<()> {
        let table = crate::show::show_string(
            schema,
            &rows,
            self.num_rows,
            self.truncate,
            self.spark.tz_offset_ms(),
        );
        let dash = "-------------------------------------------";
        self.spark
            .host
            .stdout(&format!("{dash}\nBatch: {id}\n{dash}\n{table}\n"));
        Ok(())
    }
}

struct Memory {
    rows: Rc<RefCell<Vec<Row>>>,
}

impl Sink for Memory {
    fn add_batch(&mut self, _: i64, _: &Schema, rows: Vec<Row>, mode: OutputMode) -> Result<()> {
        let mut t = self.rows.borrow_mut();
        if mode == OutputMode::Complete {
            t.clear();
        }
        t.extend(rows);
        Ok(())
    }
}

/// `format("noop")`: Spark's NoopTable, which consumes each batch and keeps nothing (used to
/// measure a query without the cost of a sink).
struct Noop;

impl Sink for Noop {
    fn add_batch(&mut self, _: i64, _: &Schema, _: Vec<Row>, _: OutputMode) -> Result<()> {
        Ok(())
    }
}

struct ForeachBatch {
    spark: Rc<Spark>,
    f: Value,
}

impl Sink for ForeachBatch {
    fn add_batch(&mut self, id: i64, schema: &Schema, rows: Vec<Row>, _: OutputMode) -> Result<()> {
        let df = self.spark.frame(plan::rows(schema.clone(), rows));
        let py = self
            .spark
            .interp
            .upgrade()
            .ok_or_else(|| Error::new("RuntimeError", "the program has ended"))?;
        py.call(&self.f, Args::new(vec![df, Value::Int(id)]))?;
        Ok(())
    }
}

/// `writeStream.foreach(f)`: each row to `f(row)`, or to an object's `process(row)`
/// between its optional `open(partition_id, epoch_id)` (which may say no by returning
/// `False`) and `close(error)`, as PySpark's `foreach` wraps them. Rows come as one
/// partition.
struct Foreach {
    spark: Rc<Spark>,
    f: Value,
}

impl Foreach {
    /// `obj.name(args)`, or `None` when the object has no such method.
    fn optional(
        py: &Interpreter,
        obj: &Value,
        name: &str,
        args: Vec<Value>,
    ) -> Result<Option<Value>> {
        match py.call_method(obj, name, Args::new(args)) {
            Ok(v) => Ok(Some(v)),
            Err(e)
                if e.exc_type == "AttributeError" && e.message.contains(&format!("'{name}'")) =>
            {
                Ok(None)
            }
            Err(e) => Err(e),
        }
    }
}

impl Sink for Foreach {
    fn add_batch(&mut self, id: i64, schema: &Schema, rows: Vec<Row>, _: OutputMode) -> Result<()> {
        let py = self
            .spark
            .interp
            .upgrade()
            .ok_or_else(|| Error::new("RuntimeError", "the program has ended"))?;
        let frame = self.spark.frame(plan::rows(schema.clone(), rows));
        let values = py.call_method(&frame, "collect", Args::new(Vec::new()))?;
        let values = py.iterate(&values)?;
        // The writer runs on executors: its prints go to stderr, as Spark's workers' do.
        let was = py.set_print_to_stderr(true);
        let result = self.write(&py, id, values);
        py.set_print_to_stderr(was);
        result
    }
}

impl Foreach {
    fn write(&self, py: &Interpreter, id: i64, values: Vec<Value>) -> Result<()> {
        if py.is_callable(&self.f) {
            for row in values {
                py.call(&self.f, Args::new(vec![row]))?;
            }
            return Ok(());
        }
        let open = Self::optional(py, &self.f, "open", vec![Value::Int(0), Value::Int(id)])?;
        if !matches!(open, Some(Value::Bool(false))) {
            for row in values {
                py.call_method(&self.f, "process", Args::new(vec![row]))?;
            }
        }
        Self::optional(py, &self.f, "close", vec![Value::None])?;
        Ok(())
    }
}

fn start(_: &Interpreter, me: &Value, mut a: Args) -> Result<Value> {
    let w = writer_of(me)?;
    if let Some(p) = a.take(0, "path").filter(|v| !matches!(v, Value::None)) {
        w.options.borrow_mut().insert("path".into(), text(&p));
    }
    let mode = OutputMode::parse(&w.mode.borrow())?;
    let spark = w.spark.clone();
    let opts = w.options.borrow().clone();
    let format = w.format.borrow().to_ascii_lowercase();
    let name = w.name.borrow().clone();
    let sink: Box<dyn Sink> = if let Some(f) = w.foreach_batch.borrow().clone() {
        Box::new(ForeachBatch {
            spark: spark.clone(),
            f,
        })
    } else if let Some(f) = w.foreach.borrow().clone() {
        Box::new(Foreach {
            spark: spark.clone(),
            f,
        })
    } else {
        match format.as_str() {
            "console" => Box::new(Console {
                spark: spark.clone(),
                num_rows: opts.get("numrows").and_then(|n| n.parse().ok()).unwrap_or(20),
                truncate: match opts.get("truncate").map(|s| s.to_ascii_lowercase()) {
                    Some(t) if t == "false" => 0,
                    _ => 20,
                },
            }),
            "memory" => {
                let table = name.clone().ok_or_else(|| Error::new("AnalysisException", "queryName must be specified for memory sink"))?;
                let rows = Rc::new(RefCell::new(Vec::new()));
                spark.tables.borrow_mut().insert(table, (w.plan.schema.clone(), rows.clone()));
                Box::new(Memory { rows })
            }
            "noop" => Box::new(Noop),
            other => {
                return Err(Error::new(
                    "UnsupportedOperation",
                    format!("the '{other}' sink is not available in Runnel: use console, memory or foreachBatch"),
                ))
            }
        }
    };
    let mut ids = Vec::new();
    w.plan.walk(&mut |p| {
        if let crate::plan::Node::Source { id, .. } = p.node {
            ids.push(id);
        }
    });
    let defs = spark.sources.borrow().clone();
    let continuous = matches!(*w.trigger.borrow(), Trigger::Continuous(_));
    let mut sources: Vec<(usize, Box<dyn Source>)> = Vec::new();
    for id in ids {
        let src: Box<dyn Source> = match defs.get(id).cloned() {
            Some(SourceDef::Files {
                dir,
                format,
                max_files,
            }) => Box::new(FileSource {
                host: spark.host.clone(),
                dir,
                format,
                max_files,
                seen: HashSet::new(),
            }),
            Some(SourceDef::Rate {
                rows_per_second,
                ramp_up_secs,
                partitions,
            }) => {
                let partitions = partitions.unwrap_or_else(|| spark.default_parallelism());
                if continuous {
                    Box::new(ContinuousRateSource {
                        rows_per_second,
                        partitions,
                        start_ms: None,
                        made: Vec::new(),
                    })
                } else {
                    Box::new(RateSource {
                        rows_per_second,
                        ramp_up_secs,
                        partitions,
                        start_ms: None,
                        last_secs: None,
                    })
                }
            }
            Some(SourceDef::Socket { host, port }) => {
                let sid = spark.sockets.get();
                spark.sockets.set(sid + 1);
                spark.host.open_socket(sid, &host, port)?;
                Box::new(SocketSource {
                    host: spark.host.clone(),
                    id: sid,
                })
            }
            None => return Err(Error::new("RuntimeError", "unknown source")),
        };
        sources.push((id, src));
    }
    let mut query = Query::new(
        w.plan.clone(),
        mode,
        sink,
        sources,
        spark.tz_offset_ms(),
        spark.shuffle_partitions(),
    )?;
    // Spark checks the query as for any stream first, then what continuous
    // processing allows (`checkForContinuous`).
    if continuous {
        let kinds = |id: usize| match defs.get(id) {
            Some(SourceDef::Rate { .. }) => "rate",
            Some(SourceDef::Socket { .. }) => "socket",
            Some(SourceDef::Files { format, .. }) => match format.format {
                crate::sources::Format::Json => "json",
                crate::sources::Format::Csv => "csv",
                crate::sources::Format::Text => "text",
            },
            None => "unknown",
        };
        crate::checks::check_continuous(&w.plan, &kinds)?;
    }
    if spark.record_queries.get() {
        query.record();
    }
    let started_ms = spark.host.now_millis();
    query.start(started_ms);
    let trigger = *w.trigger.borrow();
    let id = spark.queries.borrow().len();
    let sink_name = if w.foreach_batch.borrow().is_some() {
        "foreachBatch".to_string()
    } else {
        format
    };
    let q = Rc::new(QueryData {
        spark: spark.clone(),
        query: RefCell::new(query),
        name,
        active: Cell::new(true),
        trigger,
        id,
        sink: sink_name,
        started_ms,
    });
    spark.queries.borrow_mut().push(q.clone());
    // Trigger.Once and availableNow run what is there, then stop.
    if matches!(trigger, Trigger::Once | Trigger::AvailableNow) {
        run_available(&q)?;
        q.active.set(false);
    }
    Ok(NativeInstance::new(spark.classes().query.clone(), q))
}

/// Runs the batches the data there is calls for.
fn run_available(q: &QueryData) -> Result<()> {
    let now = q.spark.host.now_millis();
    let mut query = q
        .query
        .try_borrow_mut()
        .map_err(|_| Error::new("RuntimeError", "the query is already running a batch"))?;
    if q.trigger == Trigger::Once {
        query.unlimit_sources();
        query.step(now)?;
        return Ok(());
    }
    if let Trigger::Continuous(ms) = q.trigger {
        // Every epoch that has ended by now.
        while epoch_end(q, &query, ms) <= now {
            let end = epoch_end(q, &query, ms);
            query.run_epoch(end)?;
        }
        return Ok(());
    }
    query.process_all_available(now)
}

pub fn writer_class() -> NativeClass {
    let set = |field: fn(&WriterData) -> &RefCell<String>, what: &'static str| {
        move |_: &Interpreter, me: &Value, mut a: Args| {
            let w = writer_of(me)?;
            *field(&w).borrow_mut() = text(&a.require(0, what, what)?);
            Ok(me.clone())
        }
    };
    NativeClass::new("DataStreamWriter")
        .method("outputMode", set(|w| &w.mode, "outputMode"))
        .method("format", set(|w| &w.format, "source"))
        .method("option", |_, me, mut a| {
            let k = text(&a.require(0, "key", "option")?).to_ascii_lowercase();
            let v = text(&a.require(1, "value", "option")?);
            writer_of(me)?.options.borrow_mut().insert(k, v);
            Ok(me.clone())
        })
        .method("options", |_, me, a| {
            let w = writer_of(me)?;
            for (k, v) in &a.keywords {
                w.options
                    .borrow_mut()
                    .insert(k.to_ascii_lowercase(), text(v));
            }
            Ok(me.clone())
        })
        .method("queryName", |_, me, mut a| {
            *writer_of(me)?.name.borrow_mut() =
                Some(text(&a.require(0, "queryName", "queryName")?));
            Ok(me.clone())
        })
        .method("foreach", |_, me, mut a| {
            let f = a.require(0, "f", "foreach")?;
            *writer_of(me)?.foreach.borrow_mut() = Some(f);
            Ok(me.clone())
        })
        .method("foreachBatch", |_, me, mut a| {
            *writer_of(me)?.foreach_batch.borrow_mut() =
                Some(a.require(0, "func", "foreachBatch")?);
            Ok(me.clone())
        })
        .method("trigger", |_, me, mut a| {
            let w = writer_of(me)?;
            let t = if let Some(p) = a.take_keyword("processingTime") {
                Trigger::ProcessingTime(crate::timefmt::parse_interval(&text(&p))? / 1000)
            } else if a.take_keyword("once").is_some_and(|v| v.truthy()) {
                Trigger::Once
            } else if a.take_keyword("availableNow").is_some_and(|v| v.truthy()) {
                Trigger::AvailableNow
            } else if let Some(c) = a.take_keyword("continuous") {
                Trigger::Continuous(crate::timefmt::parse_interval(&text(&c))? / 1000)
            } else {
                return Err(Error::new(
                    "PySparkValueError",
                    "[ONLY_ALLOW_SINGLE_TRIGGER] Only allow single trigger to be set.",
                ));
            };
            *w.trigger.borrow_mut() = t;
            Ok(me.clone())
        })
        .method("start", start)
}

fn query_of(v: &Value) -> Result<Rc<QueryData>> {
    NativeInstance::data_of::<QueryData>(v)
        .ok_or_else(|| Error::type_error("expected a StreamingQuery"))
}

fn await_termination(_: &Interpreter, me: &Value, mut a: Args) -> Result<Value> {
    let q = query_of(me)?;
    let timeout = a.take(0, "timeout").filter(|v| !matches!(v, Value::None));
    if q.active.get() {
        wait(
            &q,
            timeout.as_ref().and_then(|t| match t {
                Value::Int(i) => Some(*i * 1000),
                Value::Float(f) => Some((*f * 1000.0) as i64),
                _ => None,
            }),
        )?;
    }
    Ok(match timeout {
        Some(_) => Value::Bool(!q.active.get()),
        None => Value::None,
    })
}

/// Keeps running batches as data arrives, for `timeout_ms` (or while the host has more
/// to give). A processing-time trigger fires at multiples of its interval
/// (`ProcessingTimeExecutor.nextBatchTime`), one batch each time; without one, batches
/// run back to back and the query polls for data every 100 ms.
fn wait(q: &QueryData, timeout_ms: Option<i64>) -> Result<()> {
    let host = &q.spark.host;
    if host.defers_await() {
        // The host's timer runs the triggers (Spark::trigger) once the module code ends.
        return Ok(());
    }
    let start = host.now_millis();
    let interval = match q.trigger {
        Trigger::ProcessingTime(ms) if ms > 0 => Some(ms),
        _ => None,
    };
    loop {
        let trigger_ms = host.now_millis();
        match interval {
            Some(_) => run_one(q)?,
            None => run_available(q)?,
        }
        if !q.active.get() {
            return Ok(());
        }
        let now = host.now_millis();
        if timeout_ms.is_some_and(|t| now - start >= t) {
            return Ok(());
        }
        if !host.keep_waiting() {
            return Ok(());
        }
        let mut next = match (q.trigger, interval) {
            (Trigger::Continuous(ms), _) => epoch_end(q, &q.query.borrow(), ms) - now,
            (_, Some(ms)) => (trigger_ms / ms * ms + ms - now).max(0),
            _ => 100,
        };
        if let Some(t) = timeout_ms {
            // The wait ends at its timeout, not at the next trigger after it.
            if now + next >= start + t {
                host.sleep_ms(start + t - now);
                return Ok(());
            }
            next = next.min(start + t - now);
        }
        host.sleep_ms(next);
    }
}

/// When a continuous query's next epoch ends: epochs are `ms` long from the start.
fn epoch_end(q: &QueryData, query: &Query, ms: i64) -> i64 {
    q.started_ms + (query.batch_id + 1) * ms.max(1)
}

/// `time.sleep(ms)` while queries are active: Spark's queries go on while its driver
/// sleeps, so the triggers that fall in that time run (a logical clock moves through
/// them). One query waits as `awaitTermination(timeout)` does; several take turns every
/// 100 ms. Returns whether any query was active (otherwise the host just sleeps).
pub fn sleep_with_queries(spark: &Spark, ms: i64) -> Result<bool> {
    let active = spark.active_queries();
    match active.as_slice() {
        [] => Ok(false),
        [q] => wait(q, Some(ms)).map(|_| true),
        several => {
            let host = &spark.host;
            let end = host.now_millis() + ms;
            loop {
                for q in several.iter().filter(|q| q.active.get()) {
                    run_available(q)?;
                }
                let now = host.now_millis();
                if now >= end || !host.keep_waiting() {
                    return Ok(true);
                }
                host.sleep_ms((end - now).min(100));
            }
        }
    }
}

/// One trigger of a processing-time query: at most one batch.
fn run_one(q: &QueryData) -> Result<()> {
    let now = q.spark.host.now_millis();
    let mut query = q
        .query
        .try_borrow_mut()
        .map_err(|_| Error::new("RuntimeError", "the query is already running a batch"))?;
    query.step(now)?;
    Ok(())
}

pub fn query_class() -> NativeClass {
    NativeClass::new("StreamingQuery")
        .method("processAllAvailable", |_, me, _| {
            let q = query_of(me)?;
            if q.active.get() {
                run_available(&q)?;
            }
            Ok(Value::None)
        })
        .method("stop", |_, me, _| {
            query_of(me)?.active.set(false);
            Ok(Value::None)
        })
        .method("awaitTermination", await_termination)
        .property("isActive", |_, me| {
            Ok(Value::Bool(query_of(me)?.active.get()))
        })
        .property("name", |_, me| {
            Ok(query_of(me)?
                .name
                .as_deref()
                .map_or(Value::None, Value::str))
        })
        .property("id", |_, me| {
            Ok(Value::str(&format!(
                "00000000-0000-0000-0000-{:012}",
                query_of(me)?.id
            )))
        })
        .property("lastProgress", |_, me| {
            let q = query_of(me)?;
            let query = q.query.borrow();
            Ok(match query.progress.last() {
                None => Value::None,
                Some(p) => progress_dict(p, q.name.as_deref())?,
            })
        })
        .property("recentProgress", |_, me| {
            let q = query_of(me)?;
            let query = q.query.borrow();
            let all = query
                .progress
                .iter()
                .map(|p| progress_dict(p, q.name.as_deref()))
                .collect::<Result<Vec<_>>>()?;
            Ok(Value::list(all))
        })
        .property("status", |_, me| {
            let q = query_of(me)?;
            let mut d = runnel_core::value::PyDict::new();
            d.insert(
                Value::str("message"),
                Value::str(if q.active.get() {
                    "Waiting for data to arrive"
                } else {
                    "Stopped"
                }),
            )?;
            d.insert(Value::str("isDataAvailable"), Value::Bool(false))?;
            d.insert(Value::str("isTriggerActive"), Value::Bool(false))?;
            Ok(Value::dict(d))
        })
}

fn progress_dict(p: &crate::query::Progress, name: Option<&str>) -> Result<Value> {
    let mut d = runnel_core::value::PyDict::new();
    d.insert(Value::str("name"), name.map_or(Value::None, Value::str))?;
    d.insert(Value::str("batchId"), Value::Int(p.batch_id))?;
    d.insert(
        Value::str("numInputRows"),
        Value::Int(p.num_input_rows as i64),
    )?;
    if let Some(w) = p.watermark_ms {
        let mut e = runnel_core::value::PyDict::new();
        let dt = runnel_core::time::DateTime::from_millis(w, 0);
        let mut s = dt.to_str().replace(' ', "T");
        s.push_str(".000Z");
        e.insert(Value::str("watermark"), Value::str(&s))?;
        d.insert(Value::str("eventTime"), Value::dict(e))?;
    }
    let mut ops = Vec::new();
    for (name, rows) in &p.state_ops {
        let mut o = runnel_core::value::PyDict::new();
        o.insert(Value::str("operatorName"), Value::str(name))?;
        o.insert(Value::str("numRowsTotal"), Value::Int(*rows as i64))?;
        ops.push(Value::dict(o));
    }
    d.insert(Value::str("stateOperators"), Value::list(ops))?;
    Ok(Value::dict(d))
}

/// `spark.streams`: `active`, `awaitAnyTermination`.
pub fn manager(spark: &Rc<Spark>) -> Value {
    let class = NativeClass::new("StreamingQueryManager")
        .property("active", |_, me| {
            let s = NativeInstance::data_of::<super::spark::SessionRef>(me)
                .map(|s| s.0.clone())
                .ok_or_else(|| Error::type_error("expected a manager"))?;
            let qs: Vec<Value> = s
                .queries
                .borrow()
                .iter()
                .filter(|q| q.active.get())
                .map(|q| NativeInstance::new(s.classes().query.clone(), q.clone()))
                .collect();
            Ok(Value::list(qs))
        })
        .method("awaitAnyTermination", |_, me, mut a| {
            let s = NativeInstance::data_of::<super::spark::SessionRef>(me)
                .map(|s| s.0.clone())
                .ok_or_else(|| Error::type_error("expected a manager"))?;
            let timeout = a.take(0, "timeout").and_then(|t| match t {
                Value::Int(i) => Some(i * 1000),
                Value::Float(f) => Some((f * 1000.0) as i64),
                _ => None,
            });
            let qs = s.active_queries();
            for q in qs {
                wait(&q, timeout)?;
            }
            Ok(Value::None)
        });
    NativeInstance::new(
        Rc::new(class),
        Rc::new(super::spark::SessionRef(spark.clone())),
    )
}
