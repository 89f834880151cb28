//! `SparkContext`, `SparkConf`, `StreamingContext`, the `pyspark` modules, and the slides'
//! predefined `sc`, `ssc` and `createQUEUERDD`.

use crate::convert::{self, given};
use crate::dstream::new_dstream;
use crate::glue::{instance, shared_instance, this};
use crate::rdd::{new_rdd, rdd_of};
use crate::session::{Ctx, Env, Source};
use runnel_core::rdd::{Rdd, RddRef};
use runnel_core::value::Shared;
use runnel_core::{Error, Result, Value};
use runnel_python::{Args, Interpreter, NativeClass, NativeFunction};
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

/// The native classes, to make instances of.
pub(crate) struct Classes {
    pub(crate) spark_context: Rc<NativeClass>,
    pub(crate) spark_conf: Rc<NativeClass>,
    pub(crate) streaming_context: Rc<NativeClass>,
    pub(crate) dstream: Rc<NativeClass>,
    pub(crate) rdd: Rc<NativeClass>,
}

/// A `SparkContext`: all of them share the session.
pub(crate) struct Sc {
    pub(crate) env: Rc<Env>,
}

/// Registers the `pyspark` modules and the predefined globals.
pub(crate) fn install(interp: &Rc<Interpreter>, env: &Rc<Env>) {
    let (sc_class, sc_value) = spark_context_class(env).into_value();
    let (ssc_class, ssc_value) = streaming_context_class(env).into_value();
    let (dstream, dstream_value) = crate::dstream::class().into_value();
    let (rdd, rdd_value) = crate::rdd::class().into_value();
    let (conf_class, conf_value) = spark_conf_class(env).into_value();
    let classes = Classes {
        spark_context: sc_class.clone(),
        spark_conf: conf_class,
        streaming_context: ssc_class.clone(),
        dstream,
        rdd,
    };
    let _ = env.classes.set(classes);
    let storage = storage_level_module();
    interp.register_module(
        "pyspark",
        vec![
            ("SparkContext", sc_value.clone()),
            ("SparkConf", conf_value.clone()),
            ("RDD", rdd_value.clone()),
            ("StorageLevel", storage.clone()),
        ],
    );
    interp.register_module("pyspark.context", vec![("SparkContext", sc_value.clone())]);
    interp.register_module("pyspark.conf", vec![("SparkConf", conf_value)]);
    interp.register_module("pyspark.rdd", vec![("RDD", rdd_value)]);
    interp.register_module("pyspark.storagelevel", vec![("StorageLevel", storage)]);
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
        vec![("DStream", dstream_value)],
    );

    // The slides' snippets run with `sc`, `ssc` and `createQUEUERDD` already defined.
    let sc = instance(&sc_class, Sc { env: env.clone() });
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

/// The slides' `createQUEUERDD(data)`: one RDD per entry, whose partitions are the entry's
/// lists (`emptyRDD().union(parallelize(p, 1))...`), so `[]` is an RDD of zero partitions.
fn create_queue_rdds(env: &Rc<Env>, data: Value) -> Result<Value> {
    let interp = env.interp()?;
    let mut rdds = Vec::new();
    for datum in interp.iterate(&data)? {
        let partitions = interp
            .iterate(&datum)?
            .iter()
            .map(|p| interp.iterate(p))
            .collect::<Result<_>>()?;
        rdds.push(new_rdd(env, Shared::new(Rdd::new(partitions)))?);
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
            new_spark_context(&env, master, given(a.take(7, "conf")))
        }
    };
    let get_or_create = {
        let env = env.clone();
        move |_: &Interpreter, mut a: Args| new_spark_context(&env, None, given(a.take(0, "conf")))
    };
    NativeClass::new("SparkContext")
        .constructor(new_sc)
        .static_attr(
            "getOrCreate",
            NativeFunction::new("getOrCreate", get_or_create),
        )
        .property("defaultParallelism", |_, this| {
            Ok(Value::Int(sc_of(this)?.env.default_parallelism() as i64))
        })
        .property("version", |_, _| Ok(Value::str("3.5.9")))
        .property("appName", |_, _| Ok(Value::str("runnel")))
        .property("master", |_, _| Ok(Value::str("local[2]")))
        .method("setLogLevel", |_, _, _| Ok(Value::None))
        .method("getConf", |_, this, _| {
            let sc = sc_of(this)?;
            Ok(instance(&sc.env.classes()?.spark_conf, Conf::default()))
        })
        .method("stop", |_, _, _| Ok(Value::None))
        .method("parallelize", |py, this, mut a| {
            let sc = sc_of(this)?;
            let data = a.require(0, "c", "parallelize")?;
            let n = convert::opt_count(a.take(1, "numSlices"), "numSlices")?
                .unwrap_or(sc.env.default_parallelism());
            let is_range = data.type_name() == "range";
            let items = py.iterate(&data)?;
            let rdd = if is_range {
                Rdd::parallelize_range(items, n)
            } else {
                Rdd::parallelize(items, n)
            };
            new_rdd(&sc.env, Shared::new(rdd))
        })
        .method("emptyRDD", |_, this, _| {
            new_rdd(&sc_of(this)?.env, Shared::new(Rdd::empty()))
        })
        .method("union", |py, this, mut a| {
            let sc = sc_of(this)?;
            let rdds = py
                .iterate(&a.require(0, "rdds", "union")?)?
                .iter()
                .map(rdd_of)
                .collect::<Result<Vec<RddRef>>>()?;
            new_rdd(&sc.env, Shared::new(Rdd::union(&rdds)))
        })
        .method("textFile", |_, this, mut a| {
            let sc = sc_of(this)?;
            let path = convert::string(&a.require(0, "name", "textFile")?, "name")?;
            let min = convert::opt_count(a.take(1, "minPartitions"), "minPartitions")?
                .unwrap_or(sc.env.default_parallelism().min(2));
            let text = sc.env.host.read_file(&path)?;
            new_rdd(&sc.env, Shared::new(Rdd::text_file(&text, min)))
        })
}

/// A `SparkContext` whose master (or `conf`) sets the default parallelism.
fn new_spark_context(env: &Rc<Env>, master: Option<Value>, conf: Option<Value>) -> Result<Value> {
    let mut settings = match &conf {
        Some(c) => conf_of(c)?.settings.borrow().clone(),
        None => BTreeMap::new(),
    };
    if let Some(m) = master {
        settings.insert("spark.master".into(), convert::string(&m, "master")?);
    }
    if let Some(n) = parallelism_of(&settings)? {
        env.parallelism.set(n);
    }
    Ok(instance(
        &env.classes()?.spark_context,
        Sc { env: env.clone() },
    ))
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

/// `StorageLevel`: storage levels change nothing for an in-memory engine; programs only
/// pass them on (the slides suggest `StorageLevel.MEMORY_AND_DISK_SER` for receivers).
fn storage_level_module() -> Value {
    let (level, _) = NativeClass::new("StorageLevel").into_value();
    let mut class = NativeClass::new("StorageLevel");
    for name in [
        "DISK_ONLY",
        "DISK_ONLY_2",
        "MEMORY_ONLY",
        "MEMORY_ONLY_2",
        "MEMORY_AND_DISK",
        "MEMORY_AND_DISK_2",
        "MEMORY_AND_DISK_SER",
        "MEMORY_AND_DISK_DESER",
        "OFF_HEAP",
    ] {
        class = class.static_attr(name, instance(&level, ()));
    }
    class.into_value().1
}

fn ctx_of(v: &Value) -> Result<Rc<Ctx>> {
    this::<Ctx>(v, "StreamingContext")
}

fn streaming_context_class(env: &Rc<Env>) -> NativeClass {
    let env = env.clone();
    NativeClass::new("StreamingContext")
        .constructor(move |_, mut a| {
            let _sc = a.require(0, "sparkContext", "StreamingContext")?;
            let batch = a.take(1, "batchDuration").ok_or_else(|| {
                Error::type_error("StreamingContext() needs a batchDuration in seconds")
            })?;
            let batch_ms = convert::duration_ms(&batch, "batchDuration")?;
            if batch_ms <= 0 {
                return Err(Error::value_error("batchDuration must be positive"));
            }
            let ctx = Ctx::new(env.clone(), batch_ms);
            *env.active.borrow_mut() = Some(ctx.clone());
            Ok(shared_instance(&env.classes()?.streaming_context, ctx))
        })
        // Recovery from a checkpoint comes with checkpointing itself; until then there is
        // never checkpoint data to recover, and Spark then calls the setup function.
        .static_attr(
            "getOrCreate",
            NativeFunction::new("getOrCreate", |py, mut a| {
                a.require(0, "checkpointPath", "getOrCreate")?;
                let setup = a.require(1, "setupFunc", "getOrCreate")?;
                py.call(&setup, Args::default())
            }),
        )
        .property("sparkContext", |_, this| {
            let ctx = ctx_of(this)?;
            Ok(instance(
                &ctx.env.classes()?.spark_context,
                Sc {
                    env: ctx.env.clone(),
                },
            ))
        })
        .method("queueStream", queue_stream)
        .method("socketTextStream", |_, this, mut a| {
            let host = convert::string(&a.require(0, "hostname", "socketTextStream")?, "hostname")?;
            let port = convert::int(&a.require(1, "port", "socketTextStream")?, "port")?;
            let port = u16::try_from(port)
                .map_err(|_| Error::value_error(format!("port must be 0-65535, got {port}")))?;
            receiver(this, "socketTextStream", Source::Socket { host, port })
        })
        .method("textFileStream", |_, this, mut a| {
            let directory =
                convert::string(&a.require(0, "directory", "textFileStream")?, "directory")?;
            receiver(this, "textFileStream", Source::TextFiles { directory })
        })
        .method("checkpoint", |_, this, mut a| {
            let dir = convert::string(&a.require(0, "directory", "checkpoint")?, "directory")?;
            *ctx_of(this)?.checkpoint_dir.borrow_mut() = Some(dir);
            Ok(Value::None)
        })
        .method("remember", |_, _, _| Ok(Value::None))
        .method("start", |_, this, _| {
            ctx_of(this)?.start().map(|_| Value::None)
        })
        .method("stop", |_, this, _| {
            let ctx = ctx_of(this)?;
            if ctx.awaited.get() && ctx.env.host.defers_stop() {
                ctx.stop_requested.set(true);
            } else {
                ctx.stopped.set(true);
            }
            Ok(Value::None)
        })
        .method("awaitTermination", |_, this, mut a| {
            let timeout = convert::opt_duration_ms(a.take(0, "timeout"), "timeout")?;
            await_termination(this, timeout).map(|_| Value::None)
        })
        .method("awaitTerminationOrTimeout", |_, this, mut a| {
            let timeout = convert::duration_ms(
                &a.require(0, "timeout", "awaitTerminationOrTimeout")?,
                "timeout",
            )?;
            await_termination(this, Some(timeout)).map(Value::Bool)
        })
        .method("union", |py, this, a| {
            let ctx = ctx_of(this)?;
            let streams: Vec<Value> = a
                .positional
                .iter()
                .flat_map(|v| py.iterate(v).unwrap_or_else(|_| vec![v.clone()]))
                .collect();
            let mut ids = streams.iter().map(|s| {
                crate::dstream::stream_id(s)
                    .ok_or_else(|| Error::type_error("union() takes DStreams"))
            });
            let first = ids
                .next()
                .ok_or_else(|| Error::value_error("should have at least one DStream to union"))??;
            let mut acc = first;
            for id in ids {
                acc = ctx.graph_mut()?.union(acc, id?)?;
            }
            new_dstream(&ctx, acc)
        })
}

fn await_termination(this: &Value, timeout_ms: Option<i64>) -> Result<bool> {
    let ctx = ctx_of(this)?;
    ctx.awaited.set(true);
    if !ctx.started.get() {
        return Err(Error::value_error(
            "StreamingContext has not been started yet",
        ));
    }
    let session = ctx.env.session()?;
    ctx.env
        .host
        .await_termination(&session, timeout_ms.map(|ms| ms as f64 / 1000.0))
}

/// `queueStream(rdds, oneAtATime=True, default=None)`: lists are parallelized with the
/// default parallelism, as PySpark does.
fn queue_stream(py: &Interpreter, this: &Value, mut a: Args) -> Result<Value> {
    let ctx = ctx_of(this)?;
    let n = ctx.env.default_parallelism();
    let to_rdd = |v: &Value| -> Result<RddRef> {
        match rdd_of(v) {
            Ok(r) => Ok(r),
            Err(_) => Ok(Shared::new(Rdd::parallelize(py.iterate(v)?, n))),
        }
    };
    let rdds = py
        .iterate(&a.require(0, "rdds", "queueStream")?)?
        .iter()
        .map(to_rdd)
        .collect::<Result<Vec<_>>>()?;
    let one_at_a_time = convert::truthy(a.take(1, "oneAtATime"), true);
    let default = convert::given(a.take(2, "default"))
        .map(|d| to_rdd(&d))
        .transpose()?;
    let id = ctx.graph_mut()?.queue_stream(rdds, one_at_a_time, default);
    new_dstream(&ctx, id)
}

fn receiver(this: &Value, name: &str, source: Source) -> Result<Value> {
    let ctx = ctx_of(this)?;
    let id = ctx.graph_mut()?.receiver_stream(name);
    ctx.env.host.open_source(id, &source)?;
    new_dstream(&ctx, id)
}
