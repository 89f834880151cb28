//! The session: temp views, configuration, sources, queries; `SparkSession`,
//! `SparkSession.builder`, `SQLContext`, `spark.read`/`spark.readStream`.

use super::frame::{self, FrameData};
use super::stream::{self, QueryData};
use super::strs::named_string;
use crate::datum::Row;
use crate::plan::{self, Plan};
use crate::sources::{FileFormat, Format};
use crate::types::{DataType, Field, Schema};
use crate::SqlHost;
use runnel_core::{Error, Result, Value};
use runnel_python::{Args, Interpreter, NativeClass, NativeFunction, NativeInstance};
use std::cell::{Cell, OnceCell, RefCell};
use std::collections::{BTreeMap, HashMap};
use std::rc::{Rc, Weak};

/// How a streaming source is defined (`readStream...load()`); each query opens its own.
#[derive(Clone)]
pub enum SourceDef {
    Files {
        dir: String,
        format: FileFormat,
        max_files: Option<usize>,
    },
    Rate {
        rows_per_second: i64,
        ramp_up_secs: i64,
        /// `numPartitions`, or the default parallelism when the query starts.
        partitions: Option<usize>,
    },
    Socket {
        host: String,
        port: u16,
    },
}

pub struct Classes {
    pub session: Rc<NativeClass>,
    pub frame: Rc<NativeClass>,
    pub frame_value: Value,
    pub grouped: Rc<NativeClass>,
    pub reader: Rc<NativeClass>,
    pub writer: Rc<NativeClass>,
    pub query: Rc<NativeClass>,
    pub builder: Rc<NativeClass>,
    pub conf: Rc<NativeClass>,
}

pub struct Spark {
    pub interp: Weak<Interpreter>,
    pub host: Rc<dyn SqlHost>,
    pub views: RefCell<HashMap<String, Plan>>,
    pub conf: RefCell<BTreeMap<String, String>>,
    pub sources: RefCell<Vec<SourceDef>>,
    pub queries: RefCell<Vec<Rc<QueryData>>>,
    /// Memory sinks' tables, by query name.
    pub tables: stream::Tables,
    pub host_tz_ms: i64,
    classes: OnceCell<Classes>,
    pub me: RefCell<Weak<Spark>>,
    pub stopped: Cell<bool>,
    /// Socket sources opened so far (their ids with the host).
    pub sockets: Cell<usize>,
    /// Whether queries keep a record of every batch (the CLI's `--json`).
    pub record_queries: Cell<bool>,
}

/// A reader's settings (`spark.read` / `spark.readStream`).
pub struct ReaderData {
    spark: Rc<Spark>,
    streaming: bool,
    format: RefCell<String>,
    schema: RefCell<Option<Schema>>,
    options: RefCell<BTreeMap<String, String>>,
}

fn opt_text(v: &Value) -> String {
    match v {
        Value::Str(s) => s.to_string(),
        Value::Bool(b) => if *b { "true" } else { "false" }.into(),
        other => other.repr(),
    }
}

impl Spark {
    /// The queries started and not yet stopped.
    pub fn active_queries(&self) -> Vec<Rc<stream::QueryData>> {
        self.queries
            .borrow()
            .iter()
            .filter(|q| q.active.get())
            .cloned()
            .collect()
    }

    pub fn new(interp: &Rc<Interpreter>, host: Rc<dyn SqlHost>, host_tz_ms: i64) -> Rc<Spark> {
        let spark = Rc::new(Spark {
            interp: Rc::downgrade(interp),
            host,
            views: RefCell::new(HashMap::new()),
            conf: RefCell::new(BTreeMap::new()),
            sources: RefCell::new(Vec::new()),
            queries: RefCell::new(Vec::new()),
            tables: RefCell::new(BTreeMap::new()),
            host_tz_ms,
            classes: OnceCell::new(),
            me: RefCell::new(Weak::new()),
            stopped: Cell::new(false),
            sockets: Cell::new(0),
            record_queries: Cell::new(false),
        });
        *spark.me.borrow_mut() = Rc::downgrade(&spark);
        let (frame, frame_value) = frame::class().into_value();
        let classes = Classes {
            session: Rc::new(session_class()),
            frame,
            frame_value,
            grouped: Rc::new(frame::grouped_class()),
            reader: Rc::new(reader_class()),
            writer: Rc::new(stream::writer_class()),
            query: Rc::new(stream::query_class()),
            builder: Rc::new(builder_class()),
            conf: Rc::new(conf_class()),
        };
        let _ = spark.classes.set(classes);
        spark
    }

    /// Each query's batch records since the last call, by query name (`queryName`, or
    /// `query0`, `query1`... in start order).
    pub fn take_records(&self) -> BTreeMap<String, Vec<crate::query::BatchRecord>> {
        let mut out = BTreeMap::new();
        for q in self.queries.borrow().iter() {
            let name = q.key();
            if let Ok(mut query) = q.query.try_borrow_mut() {
                if query.records.is_some() {
                    out.insert(name, query.take_records());
                }
            }
        }
        out
    }

    /// Runs one micro-batch of every active query that has one due; returns whether any
    /// ran. For hosts that run the triggers themselves ([`crate::SqlHost::defers_await`]).
    pub fn trigger(&self, now_ms: i64) -> Result<bool> {
        let active = self.active_queries();
        let mut ran = false;
        for q in active {
            ran |= q.trigger_once(now_ms)?;
        }
        Ok(ran)
    }

    /// Whether a query is still running.
    pub fn has_active_queries(&self) -> bool {
        self.queries.borrow().iter().any(|q| q.active.get())
    }

    /// The shortest processing-time trigger interval of the active queries (ms).
    pub fn trigger_interval_ms(&self) -> Option<i64> {
        self.queries
            .borrow()
            .iter()
            .filter(|q| q.active.get())
            .filter_map(|q| q.interval_ms())
            .min()
    }

    /// Every query started so far, as the playground's query graph shows it.
    pub fn describe_queries(&self) -> Vec<crate::describe::QueryDescription> {
        self.queries.borrow().iter().map(|q| q.describe()).collect()
    }

    pub fn classes(&self) -> &Classes {
        self.classes.get().expect("classes set in new")
    }

    pub fn rc(&self) -> Rc<Spark> {
        self.me.borrow().upgrade().expect("the session is alive")
    }

    /// The session time zone's offset from UTC (`spark.sql.session.timeZone`: `UTC`,
    /// `+01:00`...; the host's otherwise).
    pub fn tz_offset_ms(&self) -> i64 {
        match self
            .conf
            .borrow()
            .get("spark.sql.session.timeZone")
            .map(String::as_str)
        {
            Some("UTC") | Some("GMT") | Some("Z") | Some("Etc/UTC") => 0,
            Some(z) if (z.starts_with('+') || z.starts_with('-')) && z.len() == 6 => {
                let sign = if z.starts_with('-') { -1 } else { 1 };
                let h: i64 = z[1..3].parse().unwrap_or(0);
                let m: i64 = z[4..6].parse().unwrap_or(0);
                sign * (h * 60 + m) * 60_000
            }
            _ => self.host_tz_ms,
        }
    }

    /// `sc.defaultParallelism`: `spark.default.parallelism`, else the master's threads
    /// (`local`: 1, `local[N]`: N); 2 otherwise (`local[*]` would be the machine's cores).
    pub fn default_parallelism(&self) -> usize {
        let conf = self.conf.borrow();
        if let Some(n) = conf
            .get("spark.default.parallelism")
            .and_then(|p| p.trim().parse().ok())
        {
            return n;
        }
        match conf.get("spark.master").map(String::as_str) {
            Some("local") => 1,
            Some(m) => m
                .strip_prefix("local[")
                .and_then(|m| m.strip_suffix(']'))
                .and_then(|t| t.split(',').next()?.trim().parse().ok())
                .filter(|n| *n > 0)
                .unwrap_or(2),
            None => 2,
        }
    }

    pub fn shuffle_partitions(&self) -> usize {
        self.conf
            .borrow()
            .get("spark.sql.shuffle.partitions")
            .and_then(|s| s.parse().ok())
            .unwrap_or(200)
    }

    pub fn session_value(&self) -> Value {
        NativeInstance::new(
            self.classes().session.clone(),
            Rc::new(SessionRef(self.rc())),
        )
    }

    pub fn session_class_value(&self) -> Value {
        let me = self.rc();
        let builder = NativeInstance::new(
            self.classes().builder.clone(),
            Rc::new(SessionRef(me.clone())),
        );
        let mut class = NativeClass::new("SparkSession");
        class.statics.push(("builder", builder));
        let me2 = me.clone();
        class.statics.push((
            "getActiveSession",
            NativeFunction::new("getActiveSession", move |_: &Interpreter, _| {
                Ok(me2.session_value())
            }),
        ));
        Value::Object(Rc::new(class))
    }

    /// `SQLContext(sc)` and `SQLContext.getOrCreate(sc)`: the session itself, whose
    /// `sql`, `createDataFrame` and `read` are SQLContext's.
    pub fn sql_context_value(&self) -> Value {
        let me = self.rc();
        let me2 = me.clone();
        let class = NativeClass::new("SQLContext")
            .constructor(move |_: &Interpreter, _| Ok(me.session_value()))
            .static_attr(
                "getOrCreate",
                NativeFunction::new("getOrCreate", move |_: &Interpreter, _| {
                    Ok(me2.session_value())
                }),
            );
        Value::Object(Rc::new(class))
    }

    pub fn frame(&self, plan: Plan) -> Value {
        NativeInstance::new(
            self.classes().frame.clone(),
            Rc::new(FrameData {
                spark: self.rc(),
                plan,
            }),
        )
    }

    /// `spark.sql(...)`.
    pub fn sql(&self, text: &str) -> Result<Plan> {
        crate::sql::query(text, &|name| self.view(name))
    }

    pub fn view(&self, name: &str) -> Result<Plan> {
        if let Some(p) = self.views.borrow().get(&name.to_ascii_lowercase()) {
            return Ok(p.clone());
        }
        if let Some(t) = stream::memory_table(self, name) {
            return Ok(t);
        }
        Err(Error::new(
            "AnalysisException",
            format!("[TABLE_OR_VIEW_NOT_FOUND] The table or view `{name}` cannot be found. Verify the spelling and correctness of the schema and catalog.\nIf you did not qualify the name with a schema, verify the current_schema() output, or qualify the name with the correct schema and catalog.\nTo tolerate the error on drop use DROP VIEW IF EXISTS or DROP TABLE IF EXISTS.; line 1 pos 14;"),
        ))
    }

    /// `spark.createDataFrame(data, schema)`.
    pub fn create_frame(
        &self,
        py: &Interpreter,
        data: &Value,
        schema: Option<Value>,
    ) -> Result<Value> {
        let is_rdd = matches!(data.type_name(), "RDD" | "PipelinedRDD");
        let items = match super::super::py::frame::rdd_records(py, data)? {
            Some(records) => records,
            None => py.iterate(data)?,
        };
        let inferring = matches!(
            schema,
            None | Some(Value::None) | Some(Value::List(_)) | Some(Value::Tuple(_))
        );
        if items.is_empty() && inferring {
            return Err(if is_rdd {
                Error::value_error("RDD is empty")
            } else {
                Error::new(
                    "PySparkValueError",
                    "[CANNOT_INFER_EMPTY_SCHEMA] Can not infer schema from empty dataset.",
                )
            });
        }
        let tz = self.tz_offset_ms();
        // Column names: from the schema (DDL, StructType or a list of names) or the Rows.
        let first = items.first().cloned();
        let first_values = first.as_ref().map(|f| {
            super::row::row_of(f)
                .map(|r| r.values.clone())
                .or_else(|| super::convert::items_of(f).ok())
                .unwrap_or_else(|| vec![f.clone()])
        });
        let schema = match schema {
            Some(Value::List(_)) | Some(Value::Tuple(_)) => {
                let names = py.iterate(schema.as_ref().expect("matched Some"))?;
                let fv = first_values.clone().unwrap_or_default();
                Schema::new(
                    names
                        .iter()
                        .enumerate()
                        .map(|(i, n)| {
                            Field::new(
                                &opt_text(n),
                                fv.get(i).map_or(DataType::String, super::convert::infer),
                            )
                        })
                        .collect(),
                )
            }
            Some(Value::None) | None => {
                let fv = first_values.clone().unwrap_or_default();
                let names: Vec<String> = match first.as_ref().and_then(super::row::row_of) {
                    Some(r) => r.names.clone(),
                    None => (1..=fv.len()).map(|i| format!("_{i}")).collect(),
                };
                // Each column's type is the first non-null value's, over all rows (PySpark
                // merges the types it infers row by row).
                let mut types = vec![DataType::Null; names.len()];
                for item in &items {
                    let vals = super::row::row_of(item)
                        .map(|r| r.values.clone())
                        .or_else(|| super::convert::items_of(item).ok())
                        .unwrap_or_else(|| vec![item.clone()]);
                    for (t, v) in types.iter_mut().zip(&vals) {
                        if *t == DataType::Null {
                            *t = super::convert::infer(v);
                        }
                    }
                }
                Schema::new(
                    names
                        .iter()
                        .zip(types)
                        .map(|(n, t)| Field::new(n, t))
                        .collect(),
                )
            }
            Some(s) => super::types::schema_arg(&s)?,
        };
        let mut rows: Vec<Row> = Vec::with_capacity(items.len());
        for item in &items {
            let vals = super::row::row_of(item)
                .map(|r| r.values.clone())
                .or_else(|| super::convert::items_of(item).ok())
                .unwrap_or_else(|| vec![item.clone()]);
            rows.push(
                schema
                    .fields
                    .iter()
                    .enumerate()
                    .map(|(i, f)| {
                        super::convert::to_datum(
                            vals.get(i).unwrap_or(&Value::None),
                            &f.data_type,
                            tz,
                        )
                    })
                    .collect::<Result<_>>()?,
            );
        }
        Ok(self.frame(plan::python_rows(schema, rows)))
    }

    fn reader(&self, streaming: bool) -> Value {
        NativeInstance::new(
            self.classes().reader.clone(),
            Rc::new(ReaderData {
                spark: self.rc(),
                streaming,
                format: RefCell::new(String::new()),
                schema: RefCell::new(None),
                options: RefCell::new(BTreeMap::new()),
            }),
        )
    }
}

pub struct SessionRef(pub Rc<Spark>);

fn spark_of(v: &Value) -> Result<Rc<Spark>> {
    NativeInstance::data_of::<SessionRef>(v)
        .map(|s| s.0.clone())
        .ok_or_else(|| Error::type_error("expected a SparkSession"))
}

fn session_class() -> NativeClass {
    NativeClass::new("SparkSession")
        .property("readStream", |_, me| Ok(spark_of(me)?.reader(true)))
        .property("read", |_, me| Ok(spark_of(me)?.reader(false)))
        .property("sparkContext", |py, _| {
            py.get_global("sc")
                .ok_or_else(|| Error::new("RuntimeError", "no SparkContext"))
        })
        .property("version", |_, _| Ok(Value::str("3.5.9")))
        .property("conf", |_, me| {
            let s = spark_of(me)?;
            Ok(NativeInstance::new(
                s.classes().conf.clone(),
                Rc::new(SessionRef(s.clone())),
            ))
        })
        .property("streams", |_, me| Ok(stream::manager(&spark_of(me)?)))
        .method("sql", |_, me, mut a| {
            let s = spark_of(me)?;
            let text = named_string(&a.require(0, "sqlQuery", "sql")?, "sqlQuery")?;
            let p = s.sql(&text)?;
            Ok(s.frame(p))
        })
        .method("table", |_, me, mut a| {
            let s = spark_of(me)?;
            let name = named_string(&a.require(0, "tableName", "table")?, "tableName")?;
            let p = s.view(&name)?;
            Ok(s.frame(p))
        })
        .method("createDataFrame", |py, me, mut a| {
            let s = spark_of(me)?;
            let data = a.require(0, "data", "createDataFrame")?;
            s.create_frame(py, &data, a.take(1, "schema"))
        })
        .method("range", |_, me, mut a| {
            let s = spark_of(me)?;
            let x = super::super::py::frame::int_arg(&a.require(0, "start", "range")?)?;
            let (start, end) = match a.take(1, "end") {
                Some(v) => (x, super::super::py::frame::int_arg(&v)?),
                None => (0, x),
            };
            let rows = (start..end)
                .map(|i| vec![crate::datum::Datum::Long(i)])
                .collect();
            Ok(s.frame(plan::rows(
                Schema::new(vec![Field::new("id", DataType::Long)]),
                rows,
            )))
        })
        .method("stop", |_, me, _| {
            let s = spark_of(me)?;
            s.stopped.set(true);
            for q in s.queries.borrow().iter() {
                q.active.set(false);
            }
            Ok(Value::None)
        })
        .method("newSession", |_, me, _| Ok(me.clone()))
}

fn builder_class() -> NativeClass {
    let keep = |_: &Interpreter, me: &Value, _: Args| Ok(me.clone());
    NativeClass::new("Builder")
        .method("master", |_, me, mut a| {
            let s = spark_of(me)?;
            if let Some(m) = a.take(0, "master") {
                s.conf
                    .borrow_mut()
                    .insert("spark.master".into(), opt_text(&m));
            }
            Ok(me.clone())
        })
        .method("appName", keep)
        .method("enableHiveSupport", keep)
        .method("config", |_, me, mut a| {
            let s = spark_of(me)?;
            if let Some(Value::Str(k)) = a.take(0, "key") {
                let v = a.take(1, "value").map(|v| opt_text(&v)).unwrap_or_default();
                s.conf.borrow_mut().insert(k.to_string(), v);
            }
            Ok(me.clone())
        })
        .method("getOrCreate", |_, me, _| Ok(spark_of(me)?.session_value()))
}

fn conf_class() -> NativeClass {
    NativeClass::new("RuntimeConfig")
        .method("set", |_, me, mut a| {
            let s = spark_of(me)?;
            let k = named_string(&a.require(0, "key", "set")?, "key")?;
            let v = opt_text(&a.require(1, "value", "set")?);
            s.conf.borrow_mut().insert(k, v);
            Ok(Value::None)
        })
        .method("get", |_, me, mut a| {
            let s = spark_of(me)?;
            let k = named_string(&a.require(0, "key", "get")?, "key")?;
            let default = a.take(1, "default");
            let v = s.conf.borrow().get(&k).cloned();
            Ok(match v {
                Some(v) => Value::str(&v),
                None if k == "spark.sql.shuffle.partitions" => Value::str("200"),
                None => default.unwrap_or(Value::None),
            })
        })
}

fn reader_of(v: &Value) -> Result<Rc<ReaderData>> {
    NativeInstance::data_of::<ReaderData>(v)
        .ok_or_else(|| Error::type_error("expected a DataStreamReader"))
}

fn load(py: &Interpreter, me: &Value, path: Option<Value>, format: Option<&str>) -> Result<Value> {
    let r = reader_of(me)?;
    if let Some(f) = format {
        *r.format.borrow_mut() = f.to_string();
    }
    let fmt = r.format.borrow().to_ascii_lowercase();
    let opts = r.options.borrow().clone();
    let tz = r.spark.tz_offset_ms();
    let path = path.map(|p| named_string(&p, "path")).transpose()?;
    let (def, schema) = match fmt.as_str() {
        "text" | "json" | "csv" | "" => {
            let format = match fmt.as_str() {
                "json" => Format::Json,
                "csv" => Format::Csv,
                _ => Format::Text,
            };
            let schema = match (format, r.schema.borrow().clone()) {
                (Format::Text, _) => Schema::new(vec![Field::new("value", DataType::String)]),
                (_, Some(s)) => s,
                (_, None) if r.streaming => {
                    return Err(Error::new("IllegalArgumentException", "Schema must be specified when creating a streaming source DataFrame. If some files already exist in the directory, then depending on the file format you may be able to create a static DataFrame on that directory with 'spark.read.load(directory)' and infer schema from it."));
                }
                (_, None) => return Err(Error::new("AnalysisException", "Runnel needs a schema to read JSON or CSV: pass .schema(\"a STRING, b INT\")")),
            };
            let ff = FileFormat {
                format,
                schema: schema.clone(),
                header: opts.get("header").is_some_and(|h| h.eq_ignore_ascii_case("true")),
                sep: opts.get("sep").or(opts.get("delimiter")).and_then(|s| s.chars().next()).unwrap_or(','),
                tz_offset_ms: tz,
            };
            let dir = path.ok_or_else(|| Error::new("IllegalArgumentException", "'path' is not specified"))?;
            if !r.streaming {
                let mut rows = Vec::new();
                let files = match r.spark.host.list_dir(&dir) {
                    Ok(mut fs) => {
                        fs.sort();
                        fs.into_iter().map(|(p, _)| p).collect()
                    }
                    Err(_) => vec![dir.clone()],
                };
                for f in files {
                    rows.extend(crate::sources::parse(&r.spark.host.read_file(&f)?, &ff));
                }
                return Ok(r.spark.frame(plan::rows(schema, rows)));
            }
            let max_files = opts.get("maxfilespertrigger").and_then(|n| n.parse().ok());
            (SourceDef::Files { dir, format: ff, max_files }, schema)
        }
        "rate" => {
            let (rows_per_second, ramp_up_secs, partitions) = rate_options(&opts)?;
            (
                SourceDef::Rate { rows_per_second, ramp_up_secs, partitions },
                Schema::new(vec![Field::new("timestamp", DataType::Timestamp), Field::new("value", DataType::Long)]),
            )
        }
        "socket" => {
            let host = opts.get("host").cloned().unwrap_or_else(|| "localhost".into());
            let port = opts.get("port").and_then(|p| p.parse().ok()).ok_or_else(|| Error::new("AnalysisException", "Set a port to read from with option(\"port\", ...)."))?;
            (SourceDef::Socket { host, port }, Schema::new(vec![Field::new("value", DataType::String)]))
        }
        other => {
            return Err(Error::new(
                "AnalysisException",
                format!("[DATA_SOURCE_NOT_FOUND] Failed to find the data source: {other}. Please find packages at `https://spark.apache.org/third-party-projects.html`."),
            ))
        }
    };
    let _ = py;
    // The plan names each source as Spark 3.5's micro-batch reader of it.
    let description = match &def {
        SourceDef::Rate { .. } => "RateStreamMicroBatchStream".to_string(),
        SourceDef::Socket { .. } => "TextSocketMicroBatchStream".to_string(),
        _ => format!("FileStreamSource[{fmt}]"),
    };
    let mut sources = r.spark.sources.borrow_mut();
    let id = sources.len();
    sources.push(def);
    drop(sources);
    Ok(r.spark.frame(plan::source(id, schema, &description)))
}

fn reader_class() -> NativeClass {
    NativeClass::new("DataStreamReader")
        .method("format", |_, me, mut a| {
            *reader_of(me)?.format.borrow_mut() =
                named_string(&a.require(0, "source", "format")?, "source")?;
            Ok(me.clone())
        })
        .method("schema", |_, me, mut a| {
            *reader_of(me)?.schema.borrow_mut() = Some(super::types::schema_arg(
                &a.require(0, "schema", "schema")?,
            )?);
            Ok(me.clone())
        })
        .method("option", |_, me, mut a| {
            let k = named_string(&a.require(0, "key", "option")?, "key")?;
            let v = opt_text(&a.require(1, "value", "option")?);
            reader_of(me)?
                .options
                .borrow_mut()
                .insert(k.to_ascii_lowercase(), v);
            Ok(me.clone())
        })
        .method("options", |_, me, a| {
            let r = reader_of(me)?;
            for (k, v) in &a.keywords {
                r.options
                    .borrow_mut()
                    .insert(k.to_ascii_lowercase(), opt_text(v));
            }
            Ok(me.clone())
        })
        .method("load", |py, me, mut a| {
            let p = a.take(0, "path");
            if let Some(f) = a.take_keyword("format") {
                *reader_of(me)?.format.borrow_mut() = opt_text(&f);
            }
            if let Some(s) = a.take_keyword("schema") {
                *reader_of(me)?.schema.borrow_mut() = Some(super::types::schema_arg(&s)?);
            }
            load(py, me, p.filter(|v| !matches!(v, Value::None)), None)
        })
        .method("text", |py, me, mut a| {
            load(py, me, a.take(0, "path"), Some("text"))
        })
        .method("json", |py, me, mut a| {
            if let Some(s) = a.take(1, "schema").filter(|v| !matches!(v, Value::None)) {
                *reader_of(me)?.schema.borrow_mut() = Some(super::types::schema_arg(&s)?);
            }
            load(py, me, a.take(0, "path"), Some("json"))
        })
        .method("csv", |py, me, mut a| {
            let r = reader_of(me)?;
            if let Some(s) = a.take(1, "schema").filter(|v| !matches!(v, Value::None)) {
                *r.schema.borrow_mut() = Some(super::types::schema_arg(&s)?);
            }
            for key in ["header", "sep"] {
                if let Some(v) = a.take_keyword(key) {
                    r.options.borrow_mut().insert(key.into(), opt_text(&v));
                }
            }
            load(py, me, a.take(0, "path"), Some("csv"))
        })
}

/// The rate source's options as `RateStreamProvider.getTable` checks them:
/// `rowsPerSecond` (default 1), `rampUpTime` (seconds, default 0), `numPartitions`.
fn rate_options(opts: &BTreeMap<String, String>) -> Result<(i64, i64, Option<usize>)> {
    let positive = |key: &str, name: &str| -> Result<Option<i64>> {
        let Some(v) = opts.get(key) else {
            return Ok(None);
        };
        // `Long.parseLong`'s error for text that is not a number.
        let n: i64 = v.parse().map_err(|_| {
            Error::new(
                "NumberFormatException",
                format!("For input string: \"{v}\""),
            )
        })?;
        if n <= 0 {
            return Err(Error::new(
                "IllegalArgumentException",
                format!("Invalid value '{v}'. The option '{name}' must be positive"),
            ));
        }
        Ok(Some(n))
    };
    let rps = positive("rowspersecond", "rowsPerSecond")?.unwrap_or(1);
    let parts = positive("numpartitions", "numPartitions")?.map(|n| n as usize);
    let ramp = match opts.get("rampuptime") {
        None => 0,
        Some(t) => time_string_as_secs(t)?,
    };
    Ok((rps, ramp, parts))
}

/// `JavaUtils.timeStringAsSec`: a number with an optional unit (us, ms, s, m, min, h,
/// d; seconds without one), in whole seconds.
fn time_string_as_secs(text: &str) -> Result<i64> {
    let t = text.trim().to_ascii_lowercase();
    let split = t
        .find(|c: char| !(c.is_ascii_digit() || c == '-'))
        .unwrap_or(t.len());
    let (num, unit) = t.split_at(split);
    let us_per: Option<i64> = match unit {
        "" | "s" => Some(1_000_000),
        "us" => Some(1),
        "ms" => Some(1000),
        "m" | "min" => Some(60_000_000),
        "h" => Some(3_600_000_000),
        "d" => Some(86_400_000_000),
        _ => None,
    };
    match (num.parse::<i64>(), us_per) {
        (Ok(n), Some(per)) => Ok(n * per / 1_000_000),
        _ => Err(Error::new(
            "NumberFormatException",
            format!("Time must be specified as seconds (s), milliseconds (ms), microseconds (us), minutes (m or min), hour (h), or day (d). E.g. 50s, 100ms, or 250us.\nFailed to parse time string: {text}"),
        )),
    }
}
