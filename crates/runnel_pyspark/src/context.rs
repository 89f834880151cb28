//! `SparkContext`, `SparkConf`, `StreamingContext`, the `pyspark` modules, and the slides'
//! predefined `sc`, `ssc` and `createQUEUERDD`.

use crate::classes::Classes;
use crate::convert::{self, given};
use crate::glue::{instance, shared_instance, this};
use crate::rdd::rdd_of;
use crate::session::{Ctx, Env};
use runnel_core::rdd::{Rdd, RddRef};
use runnel_core::value::Shared;
use runnel_core::{Error, Result, Value};
use runnel_python::{Args, Interpreter, NativeClass, NativeFunction, NativeInstance};
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

/// A `SparkContext`: all of them share the session.
pub(crate) struct Sc {
    pub(crate) env: Rc<Env>,
}

/// Registers the `pyspark` modules and the predefined globals.
pub(crate) fn install(interp: &Rc<Interpreter>, env: &Rc<Env>) {
    let (sc_class, sc_value) = spark_context_class(env).into_value();
    let (ssc_class, ssc_value) = crate::ssc::class(env).into_value();
    let (dstream, dstream_value) = crate::dstream::class().into_value();
    let (rdd, rdd_value) = crate::rdd_class::class().into_value();
    let (conf_class, conf_value) = spark_conf_class(env).into_value();
    let (storage_class, storage) = storage_level_module();
    let transformed_dstream = Rc::new(NativeClass::subclass(&dstream, "TransformedDStream"));
    let pipelined_rdd = Rc::new(NativeClass::subclass(&rdd, "PipelinedRDD"));
    let classes = Classes {
        spark_context: sc_class.clone(),
        spark_conf: conf_class,
        streaming_context: ssc_class.clone(),
        dstream,
        transformed_dstream: transformed_dstream.clone(),
        rdd,
        pipelined_rdd: pipelined_rdd.clone(),
        java_object: Rc::new(crate::jvm::class()),
        stat_counter: crate::stat_counter::class(),
        broadcast: Rc::new(crate::shared_vars::broadcast_class()),
        accumulator: Rc::new(crate::shared_vars::accumulator_class()),
        storage_level: storage_class,
    };
    let broadcast = Value::Object(classes.broadcast.clone());
    let accumulator = Value::Object(classes.accumulator.clone());
    // PySpark's `AccumulatorParam` is an interface whose methods only raise
    // NotImplementedError: a program's param class derives from it as from `object`.
    let accumulator_param = interp.builtin("object").unwrap_or(Value::None);
    let _ = env.classes.set(classes);
    interp.register_module(
        "pyspark",
        vec![
            ("SparkContext", sc_value.clone()),
            ("SparkConf", conf_value.clone()),
            ("RDD", rdd_value.clone()),
            ("StorageLevel", storage.clone()),
            ("Broadcast", broadcast.clone()),
            ("Accumulator", accumulator.clone()),
            ("AccumulatorParam", accumulator_param.clone()),
            ("__version__", Value::str("3.5.9")),
        ],
    );
    interp.register_module(
        "pyspark.accumulators",
        vec![
            ("Accumulator", accumulator),
            ("AccumulatorParam", accumulator_param),
        ],
    );
    interp.register_module("pyspark.broadcast", vec![("Broadcast", broadcast)]);
    interp.register_module("pyspark.context", vec![("SparkContext", sc_value.clone())]);
    interp.register_module("pyspark.conf", vec![("SparkConf", conf_value)]);
    interp.register_module(
        "pyspark.rdd",
        vec![
            ("RDD", rdd_value),
            ("PipelinedRDD", Value::Object(pipelined_rdd)),
        ],
    );
    interp.register_module("pyspark.storagelevel", vec![("StorageLevel", storage)]);
    install_value_modules(interp);
    if let Some(e) = runnel_python::host_exception_class("Py4JJavaError") {
        interp.register_module("py4j.protocol", vec![("Py4JJavaError", e)]);
    }
    interp.register_module(
        "pyspark.streaming",
        vec![
            ("StreamingContext", ssc_value.clone()),
            ("DStream", dstream_value.clone()),
        ],
    );
    interp.register_module(
        "pyspark.streaming.context",
        vec![("StreamingContext", ssc_value)],
    );
    interp.register_module(
        "pyspark.streaming.dstream",
        vec![
            ("DStream", dstream_value),
            ("TransformedDStream", Value::Object(transformed_dstream)),
        ],
    );

    // The slides' snippets run with `sc`, `ssc` and `createQUEUERDD` already defined.
    let sc = instance(&sc_class, Sc { env: env.clone() });
    let _ = env.spark_context.set(sc.clone());
    let ctx = Ctx::new(env.clone(), env.options.batch_ms);
    *env.active.borrow_mut() = Some(ctx.clone());
    interp.set_global("sc", sc);
    interp.set_global("ssc", shared_instance(&ssc_class, ctx));
    let make_queue = {
        let env = env.clone();
        move |_: &Interpreter, mut a: Args| {
            create_queue_rdds(&env, a.require(0, "data", "createQUEUERDD")?)
        }
    };
    interp.set_global(
        "createQUEUERDD",
        NativeFunction::new("createQUEUERDD", make_queue.clone()),
    );
    interp.set_global(
        "createQUEUEERDD",
        NativeFunction::new("createQUEUEERDD", make_queue),
    );
}

/// The `pyspark` modules of values that also travel to worker threads (so a task's
/// function can name them): `ResultIterable` and `StatCounter`.
pub(crate) fn install_value_modules(interp: &Interpreter) {
    // `groupByKey`'s values are the core's ResultIterable: its type, for `isinstance`.
    let grouped = Value::object(runnel_core::rdd::ResultIterable { values: Vec::new() });
    if let Some(result_iterable) = interp
        .builtin("type")
        .and_then(|t| interp.call(&t, Args::new(vec![grouped])).ok())
    {
        interp.register_module(
            "pyspark.resultiterable",
            vec![("ResultIterable", result_iterable)],
        );
    }
    interp.register_module(
        "pyspark.statcounter",
        vec![("StatCounter", Value::Object(crate::stat_counter::class()))],
    );
}

/// The slides' `createQUEUERDD(data)`: one RDD per entry, whose partitions are the entry's
/// lists (`emptyRDD().union(parallelize(p, 1))...`), so `[]` is an RDD of zero partitions.
/// Its JVM lineage (`print(rdd)`, `toDebugString()`) is the one the slides' own Python
/// definition makes, RDD by RDD in the same order.
fn create_queue_rdds(env: &Rc<Env>, data: Value) -> Result<Value> {
    use crate::rdd_lineage::Lineage;
    let interp = env.interp()?;
    let mut rdds = Vec::new();
    for datum in interp.iterate(&data)? {
        let mut lineage = Lineage::empty(env);
        let mut partitions = Vec::new();
        for p in interp.iterate(&datum)? {
            let records = interp.iterate(&p)?;
            let part = Lineage::parallelized(env, records.len(), 1, false);
            lineage = lineage.union(env, &part);
            partitions.push(records);
        }
        let rdd = Shared::new(Rdd::new(partitions));
        rdds.push(crate::rdd::traced_rdd(env, rdd, Some(lineage))?);
    }
    Ok(Value::list(rdds))
}

fn sc_of(v: &Value) -> Result<Rc<Sc>> {
    this::<Sc>(v, "SparkContext")
}

fn spark_context_class(env: &Rc<Env>) -> NativeClass {
    let env = env.clone();
    // `SparkContext(master, appName, ..., conf)` and `SparkContext.getOrCreate(conf)`.
    let new_sc = {
        let env = env.clone();
        move |_: &Interpreter, mut a: Args| {
            let master = given(a.take(0, "master"));
            let app_name = given(a.take(1, "appName"));
            new_spark_context(&env, master, app_name, given(a.take(7, "conf")))
        }
    };
    let get_or_create = {
        let env = env.clone();
        move |_: &Interpreter, mut a: Args| {
            new_spark_context(&env, None, None, given(a.take(0, "conf")))
        }
    };
    crate::ship::context_class(crate::refused::context(NativeClass::new("SparkContext")))
        .with_repr(|inst| {
            let Ok(sc) = inst.data.clone().downcast::<Sc>() else {
                return "<SparkContext>".into();
            };
            let conf = sc.env.conf.borrow();
            let get = |k: &str| conf.get(k).map_or("", String::as_str).to_string();
            format!(
                "<SparkContext master={} appName={}>",
                get("spark.master"),
                get("spark.app.name")
            )
        })
        .constructor(new_sc)
        .static_attr(
            "getOrCreate",
            NativeFunction::new("getOrCreate", get_or_create),
        )
        .property("defaultParallelism", |_, this| {
            Ok(Value::Int(sc_of(this)?.env.default_parallelism() as i64))
        })
        .property("defaultMinPartitions", |_, this| {
            Ok(Value::Int(
                sc_of(this)?.env.default_parallelism().min(2) as i64
            ))
        })
        // RDD checkpoints change nothing for an in-memory engine.
        .method("setCheckpointDir", |_, _, mut a| {
            convert::string(&a.require(0, "dirName", "setCheckpointDir")?, "dirName")?;
            Ok(Value::None)
        })
        .property("version", |_, _| Ok(Value::str("3.5.9")))
        .property("pythonVer", |_, _| Ok(Value::str("3.11")))
        .property("startTime", |_, this| {
            Ok(Value::Int(sc_of(this)?.env.start_ms))
        })
        // A local master's application id: `local-` and the start time.
        .property("applicationId", |_, this| {
            Ok(Value::str(&format!("local-{}", sc_of(this)?.env.start_ms)))
        })
        // Runnel has no web UI (Spark's is off too when `spark.ui.enabled` is false).
        .property("uiWebUrl", |_, _| Ok(Value::None))
        .method("setLocalProperty", |_, this, mut a| {
            let key = convert::string(&a.require(0, "key", "setLocalProperty")?, "key")?;
            let value = a.require(1, "value", "setLocalProperty")?;
            let sc = sc_of(this)?;
            let mut props = sc.env.local_properties.borrow_mut();
            // PySpark passes None on to the JVM, which removes the property.
            if matches!(value, Value::None) {
                props.remove(&key);
            } else {
                props.insert(key, convert::string(&value, "value")?);
            }
            Ok(Value::None)
        })
        .method("getLocalProperty", |_, this, mut a| {
            let key = convert::string(&a.require(0, "key", "getLocalProperty")?, "key")?;
            let sc = sc_of(this)?;
            let props = sc.env.local_properties.borrow();
            Ok(props.get(&key).map_or(Value::None, |v| Value::str(v)))
        })
        .property("appName", |_, this| setting(this, "spark.app.name"))
        .property("master", |_, this| setting(this, "spark.master"))
        .method("getConf", |_, this, _| {
            let env = &sc_of(this)?.env;
            let conf = Conf {
                settings: RefCell::new(env.conf.borrow().clone()),
            };
            Ok(instance(&env.classes()?.spark_conf, conf))
        })
        .method("broadcast", |_, this, a| {
            crate::shared_vars::broadcast(&sc_of(this)?.env, a)
        })
        .method("accumulator", |_, this, a| {
            crate::shared_vars::accumulator(&sc_of(this)?.env, a)
        })
        // `range(start, end=None, step=1, numSlices=None)`: `parallelize(range(...))`.
        .method("range", |_, this, mut a| {
            let sc = sc_of(this)?;
            // PySpark makes Python's `range(start, end, step)`, with its TypeError.
            let whole = |v: &Value| match v {
                Value::Int(i) => Ok(*i),
                Value::Bool(b) => Ok(i64::from(*b)),
                other => Err(Error::type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    other.type_name()
                ))),
            };
            let start = whole(&a.require(0, "start", "range")?)?;
            let (start, end) = match given(a.take(1, "end")) {
                Some(end) => (start, whole(&end)?),
                None => (0, start),
            };
            let step = match a.take(2, "step") {
                Some(s) => whole(&s)?,
                None => 1,
            };
            let n = slices(a.take(3, "numSlices"), &sc.env)?;
            let items = int_range(start, end, step, sc.env.options.max_collection_len)?;
            let lineage = crate::rdd_lineage::Lineage::parallelized(&sc.env, items.len(), n, true);
            let rdd = Shared::new(Rdd::parallelize_range(items, n));
            crate::rdd::traced_rdd(&sc.env, rdd, Some(lineage))
        })
        // Runnel prints no logs: setting their level changes nothing.
        .method("setLogLevel", |_, _, mut a| {
            convert::string(&a.require(0, "logLevel", "setLogLevel")?, "logLevel")?;
            Ok(Value::None)
        })
        .property("_jvm", |_, this| crate::jvm::jvm(&sc_of(this)?.env))
        .method("stop", |_, _, _| Ok(Value::None))
        .method("parallelize", |py, this, mut a| {
            let sc = sc_of(this)?;
            let data = a.require(0, "c", "parallelize")?;
            let n = slices(a.take(1, "numSlices"), &sc.env)?;
            let is_range = data.type_name() == "range";
            let items = py.iterate(&data)?;
            let len = items.len();
            let lineage = crate::rdd_lineage::Lineage::parallelized(&sc.env, len, n, is_range);
            if is_range {
                let rdd = Shared::new(Rdd::parallelize_range(items, n));
                return crate::rdd::traced_rdd(&sc.env, rdd, Some(lineage));
            }
            // What `collect` reads: the records as pickled now (copies the program's
            // later changes do not reach), when pickle changes them.
            let held = match items.iter().any(runnel_core::value::changed_by_pickle) {
                true => {
                    let copies = items.iter().map(crate::udf::isolate);
                    let copies = copies.collect::<Result<Vec<_>>>()?;
                    Some(Shared::new(Rdd::parallelize_pickled(copies, n)))
                }
                false => None,
            };
            let rdd = Shared::new(Rdd::parallelize(items, n));
            crate::rdd::held_rdd(&sc.env, rdd, held, lineage)
        })
        .method("emptyRDD", |_, this, _| {
            let env = &sc_of(this)?.env;
            let lineage = crate::rdd_lineage::Lineage::empty(env);
            crate::rdd::traced_rdd(env, Shared::new(Rdd::empty()), Some(lineage))
        })
        .method("union", |py, this, mut a| {
            let sc = sc_of(this)?;
            let values = py.iterate(&a.require(0, "rdds", "union")?)?;
            let rdds = values.iter().map(rdd_of).collect::<Result<Vec<RddRef>>>()?;
            let traced = values
                .iter()
                .map(|v| crate::rdd::obj(v).ok().and_then(|o| o.lineage.clone()))
                .collect::<Option<Vec<_>>>()
                .filter(|l| !l.is_empty());
            let lineage = traced.map(|l| crate::rdd_lineage::Lineage::sc_union(&sc.env, &l));
            let rdd = Shared::new(Rdd::union(&rdds));
            crate::jobs::concat(&rdds, &rdd);
            crate::rdd::traced_rdd(&sc.env, rdd, lineage)
        })
        .method("textFile", |_, this, mut a| {
            let sc = sc_of(this)?;
            let path = convert::string(&a.require(0, "name", "textFile")?, "name")?;
            let min = convert::opt_count(a.take(1, "minPartitions"), "minPartitions")?
                .unwrap_or(sc.env.default_parallelism().min(2));
            let text = sc.env.host.read_file(&path)?;
            let rdd = Rdd::text_file(&text, min);
            let lineage =
                crate::rdd_lineage::Lineage::text_file(&sc.env, &path, rdd.num_partitions());
            crate::rdd::traced_rdd(&sc.env, Shared::new(rdd), Some(lineage))
        })
}

/// Python's `range(start, end, step)` as values.
fn int_range(start: i64, end: i64, step: i64, max_len: usize) -> Result<Vec<Value>> {
    if step == 0 {
        return Err(Error::value_error("range() arg 3 must not be zero"));
    }
    let len = (i128::from(end) - i128::from(start) + i128::from(step) - i128::from(step.signum()))
        / i128::from(step);
    if len > max_len as i128 {
        return Err(Error::new(
            "MemoryError",
            format!("sc.range of {len} records is more than this run allows"),
        ));
    }
    let mut out = Vec::new();
    let mut i = start;
    while (step > 0 && i < end) || (step < 0 && i > end) {
        out.push(Value::Int(i));
        i = match i.checked_add(step) {
            Some(next) => next,
            None => break,
        };
    }
    Ok(out)
}

/// `parallelize`'s `numSlices` (default: `defaultParallelism`); PySpark divides by it
/// before anything else.
fn slices(v: Option<Value>, env: &Env) -> Result<usize> {
    match convert::opt_count(v, "numSlices")? {
        Some(0) => Err(Error::new(
            "ZeroDivisionError",
            "integer division or modulo by zero",
        )),
        n => Ok(n.unwrap_or(env.default_parallelism())),
    }
}

/// A setting of the program's SparkContext, as a str.
fn setting(this: &Value, key: &str) -> Result<Value> {
    let env = &sc_of(this)?.env;
    let conf = env.conf.borrow();
    Ok(conf.get(key).map_or(Value::None, |v| Value::str(v)))
}

/// A `SparkContext` whose master (or `conf`) sets the default parallelism.
fn new_spark_context(
    env: &Rc<Env>,
    master: Option<Value>,
    app_name: Option<Value>,
    conf: Option<Value>,
) -> Result<Value> {
    let mut settings = match &conf {
        Some(c) => conf_of(c)?.settings.borrow().clone(),
        None => BTreeMap::new(),
    };
    if let Some(m) = master {
        settings.insert("spark.master".into(), convert::string(&m, "master")?);
    }
    if let Some(n) = app_name {
        settings.insert("spark.app.name".into(), convert::string(&n, "appName")?);
    }
    for (k, v) in env.conf.borrow().iter() {
        settings.entry(k.clone()).or_insert_with(|| v.clone());
    }
    *env.conf.borrow_mut() = settings.clone();
    if let Some(n) = parallelism_of(&settings)? {
        env.parallelism.set(n);
    }
    spark_context(env)
}

/// The session's `SparkContext` (one, as PySpark has one active context).
pub(crate) fn spark_context(env: &Rc<Env>) -> Result<Value> {
    if let Some(sc) = env.spark_context.get() {
        return Ok(sc.clone());
    }
    let sc = instance(&env.classes()?.spark_context, Sc { env: env.clone() });
    let _ = env.spark_context.set(sc.clone());
    Ok(sc)
}

/// A `SparkConf`'s settings. Only the master and `spark.default.parallelism` change
/// anything here (the partitions a program gets by default); the rest are kept for `get`.
#[derive(Default)]
struct Conf {
    settings: RefCell<BTreeMap<String, String>>,
}

/// `SparkConf`: `set`, `setMaster`, `setAppName`, `setAll`, chained, and `get`.
fn spark_conf_class(env: &Rc<Env>) -> NativeClass {
    let env = env.clone();
    let setter = |key: &'static str| {
        move |_: &Interpreter, conf: &Value, mut a: Args| {
            let value = convert::string(&a.require(0, "value", key)?, "value")?;
            put(conf, key.to_string(), value)
        }
    };
    NativeClass::new("SparkConf")
        .constructor(move |_, _| Ok(instance(&env.classes()?.spark_conf, Conf::default())))
        .method("setAppName", setter("spark.app.name"))
        .method("setMaster", setter("spark.master"))
        .method("set", |_, obj, mut a| {
            let key = convert::string(&a.require(0, "key", "set")?, "key")?;
            put(obj, key, a.require(1, "value", "set")?.to_str())
        })
        .method("setAll", |py, obj, mut a| {
            for pair in py.iterate(&a.require(0, "pairs", "setAll")?)? {
                let (k, v) = pair.as_pair()?;
                put(obj, convert::string(&k, "key")?, v.to_str())?;
            }
            Ok(obj.clone())
        })
        .method("setIfMissing", |_, obj, mut a| {
            let key = convert::string(&a.require(0, "key", "setIfMissing")?, "key")?;
            let value = a.require(1, "value", "setIfMissing")?.to_str();
            conf_of(obj)?
                .settings
                .borrow_mut()
                .entry(key)
                .or_insert(value);
            Ok(obj.clone())
        })
        .method("contains", |_, obj, mut a| {
            let key = convert::string(&a.require(0, "key", "contains")?, "key")?;
            Ok(Value::Bool(
                conf_of(obj)?.settings.borrow().contains_key(&key),
            ))
        })
        .method("getAll", |_, obj, _| {
            let conf = conf_of(obj)?;
            let pairs = conf.settings.borrow();
            let pairs = pairs
                .iter()
                .map(|(k, v)| Value::pair(Value::str(k), Value::str(v)));
            Ok(Value::list(pairs.collect()))
        })
        .method("toDebugString", |_, obj, _| {
            let conf = conf_of(obj)?;
            let lines: Vec<String> = conf
                .settings
                .borrow()
                .iter()
                .map(|(k, v)| format!("{k}={v}"))
                .collect();
            Ok(Value::str(&lines.join("\n")))
        })
        .method("get", |_, obj, mut a| {
            let key = convert::string(&a.require(0, "key", "get")?, "key")?;
            let default = a.take(1, "defaultValue").unwrap_or(Value::None);
            let conf = conf_of(obj)?;
            let got = conf.settings.borrow().get(&key).map(|v| Value::str(v));
            Ok(got.unwrap_or(default))
        })
}

fn conf_of(v: &Value) -> Result<Rc<Conf>> {
    this::<Conf>(v, "SparkConf")
}

/// Sets `key` on the `SparkConf` `conf`; returns it, for chaining.
fn put(conf: &Value, key: String, value: String) -> Result<Value> {
    conf_of(conf)?.settings.borrow_mut().insert(key, value);
    Ok(conf.clone())
}

/// The default parallelism the settings ask for, as Spark's local scheduler computes it:
/// `spark.default.parallelism` if set, else the master's thread count (`local`: 1,
/// `local[N]` and `local[N,F]`: N). `local[*]` (the machine's cores in Spark) and
/// cluster masters keep the session's default, so that output does not depend on the
/// machine. `None`: nothing asked.
fn parallelism_of(settings: &BTreeMap<String, String>) -> Result<Option<usize>> {
    let bad = |what: &str| Error::new("ValueError", format!("Could not parse {what}"));
    if let Some(p) = settings.get("spark.default.parallelism") {
        return match p.trim().parse::<usize>() {
            Ok(n) if n > 0 => Ok(Some(n)),
            _ => Err(bad(&format!("spark.default.parallelism: '{p}'"))),
        };
    }
    let Some(master) = settings.get("spark.master") else {
        return Ok(None);
    };
    if master == "local" {
        return Ok(Some(1));
    }
    let Some(inner) = master
        .strip_prefix("local[")
        .and_then(|m| m.strip_suffix(']'))
    else {
        return Ok(None);
    };
    let threads = inner.split(',').next().unwrap_or("").trim();
    if threads == "*" {
        return Ok(None);
    }
    match threads.parse::<usize>() {
        Ok(n) if n > 0 => Ok(Some(n)),
        _ => Err(bad(&format!("Master URL: '{master}'"))),
    }
}

/// A `StorageLevel` (PySpark's class: five fields, its own `repr`, `str` and `==`).
/// Storage levels change nothing for an in-memory engine; programs pass them on and
/// print them.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) struct StorageLevel {
    pub(crate) use_disk: bool,
    pub(crate) use_memory: bool,
    pub(crate) use_off_heap: bool,
    pub(crate) deserialized: bool,
    pub(crate) replication: i64,
}

impl StorageLevel {
    const fn new(disk: bool, memory: bool, off_heap: bool, deser: bool, rep: i64) -> Self {
        StorageLevel {
            use_disk: disk,
            use_memory: memory,
            use_off_heap: off_heap,
            deserialized: deser,
            replication: rep,
        }
    }
    /// `StorageLevel.NONE`: what an RDD has until it is persisted.
    pub(crate) const NONE: StorageLevel = StorageLevel::new(false, false, false, false, 1);
    /// `cache()`'s level.
    pub(crate) const MEMORY_ONLY: StorageLevel = StorageLevel::new(false, true, false, false, 1);

    /// PySpark's `__str__`: "Disk Memory Serialized 1x Replicated".
    fn describe(&self) -> String {
        let mut out = String::new();
        for (on, word) in [
            (self.use_disk, "Disk "),
            (self.use_memory, "Memory "),
            (self.use_off_heap, "OffHeap "),
        ] {
            if on {
                out.push_str(word);
            }
        }
        out.push_str(if self.deserialized {
            "Deserialized "
        } else {
            "Serialized "
        });
        out + &format!("{}x Replicated", self.replication)
    }

    fn repr(&self) -> String {
        let b = |v: bool| if v { "True" } else { "False" };
        format!(
            "StorageLevel({}, {}, {}, {}, {})",
            b(self.use_disk),
            b(self.use_memory),
            b(self.use_off_heap),
            b(self.deserialized),
            self.replication
        )
    }
}

/// A `StorageLevel` value of `level` (what `rdd.getStorageLevel()` returns).
pub(crate) fn storage_level_value(env: &Env, level: StorageLevel) -> Result<Value> {
    Ok(instance(&env.classes()?.storage_level, level))
}

/// The level a `StorageLevel` value holds (`persist(level)`, `socketTextStream`'s).
pub(crate) fn storage_level_of(v: &Value) -> Result<StorageLevel> {
    NativeInstance::data_of::<StorageLevel>(v)
        .map(|l| *l)
        .ok_or_else(|| {
            Error::type_error(format!(
                "storageLevel must be a StorageLevel, not {}",
                v.type_name()
            ))
        })
}

/// The `StorageLevel` class with PySpark 3.5's constants (`MEMORY_AND_DISK_SER` and the
/// other `_SER` levels are Scala's only: PySpark has none, as here).
fn storage_level_module() -> (Rc<NativeClass>, Value) {
    let field = |f: fn(&StorageLevel) -> Value| {
        move |_: &Interpreter, t: &Value| Ok(f(&*this::<StorageLevel>(t, "StorageLevel")?))
    };
    let mut class = NativeClass::new("StorageLevel")
        .property("useDisk", field(|l| Value::Bool(l.use_disk)))
        .property("useMemory", field(|l| Value::Bool(l.use_memory)))
        .property("useOffHeap", field(|l| Value::Bool(l.use_off_heap)))
        .property("deserialized", field(|l| Value::Bool(l.deserialized)))
        .property("replication", field(|l| Value::Int(l.replication)));
    class.repr = Some(Rc::new(|inst| {
        inst.data
            .clone()
            .downcast::<StorageLevel>()
            .map(|l| l.repr())
            .unwrap_or_default()
    }));
    class.slots.str = Some(Rc::new(|inst| {
        inst.data
            .clone()
            .downcast::<StorageLevel>()
            .map(|l| l.describe())
            .unwrap_or_default()
    }));
    class.slots.eq = Some(Rc::new(|a, b| {
        let level = |i: &NativeInstance| i.data.clone().downcast::<StorageLevel>().ok();
        matches!((level(a), level(b)), (Some(x), Some(y)) if x == y)
    }));
    // `__eq__` without `__hash__`: unhashable, as PySpark's.
    class.slots.hash = Some(Rc::new(|_| None));
    let class = Rc::new(class);
    let constructor = {
        let class = class.clone();
        move |_: &Interpreter, mut a: Args| {
            let mut flag =
                |i, name| -> Result<bool> { Ok(a.require(i, name, "StorageLevel")?.truthy()) };
            let (disk, memory) = (flag(0, "useDisk")?, flag(1, "useMemory")?);
            let (off_heap, deser) = (flag(2, "useOffHeap")?, flag(3, "deserialized")?);
            let rep = match a.take(4, "replication") {
                Some(v) => convert::int(&v, "replication")?,
                None => 1,
            };
            let level = StorageLevel::new(disk, memory, off_heap, deser, rep);
            Ok(instance(&class, level))
        }
    };
    let level = |disk, memory, off_heap, deser, rep| {
        instance(
            &class,
            StorageLevel::new(disk, memory, off_heap, deser, rep),
        )
    };
    // The class value programs see holds the constants, which are instances of `class`
    // (a native class cannot hold instances of itself).
    let mut outer = NativeClass::new("StorageLevel").constructor(constructor);
    for (name, value) in [
        ("NONE", instance(&class, StorageLevel::NONE)),
        ("DISK_ONLY", level(true, false, false, false, 1)),
        ("DISK_ONLY_2", level(true, false, false, false, 2)),
        ("DISK_ONLY_3", level(true, false, false, false, 3)),
        ("MEMORY_ONLY", instance(&class, StorageLevel::MEMORY_ONLY)),
        ("MEMORY_ONLY_2", level(false, true, false, false, 2)),
        ("MEMORY_AND_DISK", level(true, true, false, false, 1)),
        ("MEMORY_AND_DISK_2", level(true, true, false, false, 2)),
        ("OFF_HEAP", level(true, true, true, false, 1)),
        ("MEMORY_AND_DISK_DESER", level(true, true, false, true, 1)),
    ] {
        outer = outer.static_attr(name, value);
    }
    (class, outer.into_value().1)
}
