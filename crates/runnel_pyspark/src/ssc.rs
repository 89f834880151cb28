//! `StreamingContext`: its sources, the operators over several DStreams, and its life
//! (`start`, `awaitTermination*`, `stop`).

use crate::convert;
use crate::describe::annotated;
use crate::dstream::{checked, new_dstream};
use crate::glue::{shared_instance, this};
use crate::operators::Receiver;
use crate::rdd::{batch_rdd, rdd_of};
use crate::session::{Ctx, Env, Source};
use runnel_core::rdd::{Rdd, RddRef};
use runnel_core::value::Shared;
use runnel_core::{Error, Result, Value};
use runnel_python::{Args, Interpreter, NativeClass, NativeFunction};
use std::rc::Rc;

pub(crate) fn ctx_of(v: &Value) -> Result<Rc<Ctx>> {
    this::<Ctx>(v, "StreamingContext")
}

/// The streaming context that has started and not stopped, or `None`.
fn active_context(env: &Rc<Env>) -> Result<Value> {
    let active = env.active.borrow().clone();
    match active {
        Some(ctx) if ctx.started.get() && !ctx.stopped.get() => {
            Ok(shared_instance(&env.classes()?.streaming_context, ctx))
        }
        _ => Ok(Value::None),
    }
}

pub(crate) fn class(env: &Rc<Env>) -> NativeClass {
    let env = env.clone();
    let env_for_new = env.clone();
    crate::ship::context_class(NativeClass::new("StreamingContext"))
        .constructor(move |_, mut a| {
            let env = &env_for_new;
            let _sc = a.require(0, "sparkContext", "StreamingContext")?;
            let batch = a.take(1, "batchDuration").ok_or_else(|| {
                Error::type_error("StreamingContext() needs a batchDuration in seconds")
            })?;
            let batch_ms = convert::duration_ms(&batch, "batchDuration")?;
            if batch_ms <= 0 {
                return Err(Error::value_error("batchDuration must be positive"));
            }
            let ctx = Ctx::new(env.clone(), batch_ms);
            *ctx.previous.borrow_mut() = env.active.replace(Some(ctx.clone()));
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
        // `getActive()`: the context started and not yet stopped, as Spark's.
        .static_attr("getActive", {
            let env = env.clone();
            NativeFunction::new("getActive", move |_, _| active_context(&env))
        })
        // `getActiveOrCreate(checkpointPath, setupFunc)`: the active context, else what
        // the setup function makes (recovery from a checkpoint comes with checkpointing).
        .static_attr("getActiveOrCreate", {
            let env = env.clone();
            NativeFunction::new("getActiveOrCreate", move |py, mut a| {
                a.require(0, "checkpointPath", "getActiveOrCreate")?;
                let setup = a.require(1, "setupFunc", "getActiveOrCreate")?;
                match active_context(&env)? {
                    Value::None => py.call(&setup, Args::default()),
                    active => Ok(active),
                }
            })
        })
        .property("sparkContext", |_, this| {
            crate::context::spark_context(&ctx_of(this)?.env)
        })
        .method("queueStream", op("queueStream", queue_stream))
        .method(
            "socketTextStream",
            op("socketTextStream", |_, this, mut a| {
                let host =
                    convert::string(&a.require(0, "hostname", "socketTextStream")?, "hostname")?;
                let port = convert::int(&a.require(1, "port", "socketTextStream")?, "port")?;
                let port = u16::try_from(port)
                    .map_err(|_| Error::value_error(format!("port must be 0-65535, got {port}")))?;
                let v = receiver(this, "socketTextStream", Source::Socket { host, port })?;
                if let Some(id) = crate::dstream::stream_id(&v) {
                    ctx_of(this)?.mirror.receiver(id);
                }
                Ok(v)
            }),
        )
        .method(
            "textFileStream",
            op("textFileStream", |_, this, mut a| {
                let directory =
                    convert::string(&a.require(0, "directory", "textFileStream")?, "directory")?;
                receiver(this, "textFileStream", Source::TextFiles { directory })
            }),
        )
        .method("transform", op("transform", transform))
        .method(
            "binaryRecordsStream",
            op("binaryRecordsStream", binary_records_stream),
        )
        .method("checkpoint", |_, this, mut a| {
            let dir = convert::string(&a.require(0, "directory", "checkpoint")?, "directory")?;
            *ctx_of(this)?.checkpoint_dir.borrow_mut() = Some(dir);
            Ok(Value::None)
        })
        .method("remember", |_, this, mut a| {
            let ms = convert::duration_ms(&a.require(0, "duration", "remember")?, "duration")?;
            let ctx = ctx_of(this)?;
            ctx.graph_mut()?.remember(ms);
            ctx.mirror.remember(ms);
            Ok(Value::None)
        })
        .method("start", |_, this, _| {
            ctx_of(this)?.start().map(|_| Value::None)
        })
        .method("stop", |_, this, _| {
            let ctx = ctx_of(this)?;
            if ctx.awaited.get() && ctx.env.host.defers_stop() {
                ctx.stop_requested.set(true);
            } else {
                ctx.stopped.set(true);
                fall_back(&ctx);
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
        .method("union", op("union", union))
}

/// `m`, its arguments checked against the registry's entry for `name`, the DStream it
/// makes annotated for the graph description.
fn op(
    name: &'static str,
    m: impl Fn(&Interpreter, &Value, Args) -> Result<Value> + 'static,
) -> impl Fn(&Interpreter, &Value, Args) -> Result<Value> + 'static {
    annotated(name, checked(Receiver::StreamingContext, name, m))
}

/// `ssc.union(*dstreams)`, with PySpark's checks.
fn union(_: &Interpreter, this: &Value, a: Args) -> Result<Value> {
    let ctx = ctx_of(this)?;
    let ids = a
        .positional
        .iter()
        .map(|s| {
            crate::dstream::stream_id(s).ok_or_else(|| {
                Error::type_error(format!("union() takes DStreams, not '{}'", s.type_name()))
            })
        })
        .collect::<Result<Vec<_>>>()?;
    let Some((&first, rest)) = ids.split_first() else {
        return Err(Error::value_error(
            "should have at least one DStream to union",
        ));
    };
    if rest.is_empty() {
        return Ok(a.positional[0].clone());
    }
    if !ctx.mirror.same_serializers(&ids) {
        return Err(Error::value_error(
            "All DStreams should have same serializer",
        ));
    }
    let mut graph = ctx.graph_mut()?;
    if ids
        .iter()
        .any(|id| graph.slide_ms(*id) != graph.slide_ms(first))
    {
        return Err(Error::value_error(
            "All DStreams should have same slide duration",
        ));
    }
    let id = graph.union_all(&ids)?;
    drop(graph);
    ctx.held_by_jvm(id);
    let parents = crate::jobs_stream::Source::Concat(ids.clone());
    ctx.jobs.set_source(id, parents);
    ctx.mirror.union(&ctx.env, id, ids);
    new_dstream(&ctx, id)
}

/// `ssc.transform(dstreams, transformFunc)`: PySpark calls `transformFunc(rdds)` with the
/// batch's RDDs as one tuple, on the driver.
fn transform(py: &Interpreter, this: &Value, mut a: Args) -> Result<Value> {
    let ctx = ctx_of(this)?;
    let ids = py
        .iterate(&a.require(0, "dstreams", "transform")?)?
        .iter()
        .map(|s| {
            crate::dstream::stream_id(s).ok_or_else(|| {
                Error::type_error(format!(
                    "transform() takes DStreams, not '{}'",
                    s.type_name()
                ))
            })
        })
        .collect::<Result<Vec<_>>>()?;
    let u = ctx.env.udf(a.require(1, "transformFunc", "transform")?)?;
    let handed: Vec<_> = {
        let g = ctx.graph_mut()?;
        ids.iter().map(|id| ctx.handed(&g, *id, true)).collect()
    };
    let (env, mirror, jobs) = (ctx.env.clone(), ctx.mirror.clone(), ctx.jobs.clone());
    let me = Rc::new(std::cell::Cell::new(None));
    let id_cell = me.clone();
    let f = Shared::new(move |t: runnel_core::time::Time, rdds: &[Option<RddRef>]| {
        let id = id_cell
            .get()
            .ok_or_else(|| Error::new("RuntimeError", "transform ran early"))?;
        let inputs = mirror.transform_inputs(&env, id, t.0);
        let mut args = Vec::with_capacity(rdds.len());
        for (i, r) in rdds.iter().enumerate() {
            let lineage = inputs.as_ref().and_then(|l| l.get(i).cloned());
            args.push(match r {
                Some(r) => {
                    let lineage = lineage.ok_or(mirror.why_untraced());
                    batch_rdd(&env, r.clone(), lineage, handed[i])?
                }
                None => Value::None,
            });
        }
        // As DStream.transform's: an error raised here fails the batch's job generation.
        let result = u
            .call_driver(vec![Value::tuple(args)])
            .map_err(Error::generating);
        if let Ok(v) = &result {
            match crate::rdd::obj(v).ok().and_then(|o| o.lineage.clone()) {
                Some(l) => mirror.transform_result(&env, id, l),
                None => mirror.give_up("a transform function whose result Runnel does not trace"),
            }
        }
        mirror.callback_done(&env);
        match result? {
            Value::None => Ok(None),
            v => match crate::rdd::ship_error(&v) {
                Some(e) => Err(e.generating()),
                None => {
                    let rdd = crate::rdd::result_rdd(&v)?;
                    // As DStream.transform's: a shuffle whose tasks fail fails the jobs
                    // of the streams built on this one.
                    if crate::jobs::would_fail(&rdd) {
                        jobs.resolve(id, t, &rdd);
                    }
                    Ok(Some(rdd))
                }
            },
        }
    });
    let id = ctx.graph_mut()?.transform("transform", ids.clone(), f);
    ctx.held_by_jvm(id);
    me.set(Some(id));
    ctx.mirror.many(id, ids);
    new_dstream(&ctx, id)
}

/// A context stopped before it started leaves the session's to the one before it (which
/// Spark's `getOrCreate`-less programs then start), unless that one stopped too.
fn fall_back(ctx: &Rc<Ctx>) {
    let env = &ctx.env;
    let is_current = env
        .active
        .borrow()
        .as_ref()
        .is_some_and(|c| Rc::ptr_eq(c, ctx));
    let previous = ctx.previous.borrow().clone();
    if let (false, true, Some(p)) = (ctx.started.get(), is_current, previous) {
        if !p.stopped.get() {
            *env.active.borrow_mut() = Some(p);
        }
    }
}

fn await_termination(this: &Value, timeout_ms: Option<i64>) -> Result<bool> {
    let ctx = ctx_of(this)?;
    if !ctx.started.get() {
        // Spark's waiter waits for a stop that never comes: the timeout passes and it
        // returns False; without one it would wait forever.
        return match timeout_ms {
            Some(ms) => {
                ctx.env.host.sleep(ms as f64 / 1000.0);
                Ok(false)
            }
            None => Err(Error::value_error(
                "StreamingContext has not been started yet: awaitTermination() would wait forever (call ssc.start() first)",
            )),
        };
    }
    ctx.awaited.set(true);
    ctx.raise_job_errors.set(true);
    let session = ctx.env.session()?;
    ctx.env
        .host
        .await_termination(&session, timeout_ms.map(|ms| ms as f64 / 1000.0))
}

/// `queueStream(rdds, oneAtATime=True, default=None)`: lists are parallelized with the
/// default parallelism, as PySpark does; a falsy `default` (an empty list) is none.
fn queue_stream(py: &Interpreter, this: &Value, mut a: Args) -> Result<Value> {
    let ctx = ctx_of(this)?;
    let n = ctx.env.default_parallelism();
    let queued = crate::queue_lineage::Queued::new(&ctx.env);
    let to_rdd = |v: &Value| -> Result<RddRef> {
        match rdd_of(v) {
            Ok(r) => {
                queued.rdd(v);
                Ok(r)
            }
            Err(_) => {
                let items = py.iterate(v)?;
                queued.list(items.len(), v.type_name() == "range");
                Ok(Shared::new(Rdd::parallelize(items, n)))
            }
        }
    };
    let default = convert::given(a.take(2, "default")).filter(|d| rdd_of(d).is_ok() || d.truthy());
    // PySpark parallelizes the default first.
    let default = default.map(|d| to_rdd(&d)).transpose()?;
    queued.default_done(default.is_some());
    let rdds = py
        .iterate(&a.require(0, "rdds", "queueStream")?)?
        .iter()
        .map(to_rdd)
        .collect::<Result<Vec<_>>>()?;
    let one_at_a_time = convert::truthy(a.take(1, "oneAtATime"), true);
    let id = ctx.graph_mut()?.queue_stream(rdds, one_at_a_time, default);
    queued.finish(&ctx.mirror, id, one_at_a_time);
    new_dstream(&ctx, id)
}

/// `ssc.binaryRecordsStream(directory, recordLength)`: the host hands each new file over
/// whole; the session cuts it into records ([`crate::Session::push_block`]).
fn binary_records_stream(_: &Interpreter, this: &Value, mut a: Args) -> Result<Value> {
    let name = "binaryRecordsStream";
    let directory = convert::string(&a.require(0, "directory", name)?, "directory")?;
    // Spark takes any int here; a length that is not positive fails the first batch that
    // reads a file ([`crate::binary_records::cut_files`]).
    let record_length = convert::int(&a.require(1, "recordLength", name)?, "recordLength")?;
    let ctx = ctx_of(this)?;
    let id = ctx.graph_mut()?.receiver_stream(name);
    let source = Source::BinaryFiles {
        directory,
        record_length,
    };
    ctx.env.host.open_source(id, &source)?;
    ctx.binary_streams.borrow_mut().insert(id, record_length);
    new_dstream(&ctx, id)
}

fn receiver(this: &Value, name: &str, source: Source) -> Result<Value> {
    let ctx = ctx_of(this)?;
    let id = ctx.graph_mut()?.receiver_stream(name);
    ctx.env.host.open_source(id, &source)?;
    new_dstream(&ctx, id)
}
