//! What the front end tells the core's graph description ([`Graph::annotate`]): which
//! PySpark call made each DStream, from which DStreams, on which program line, and which
//! module variable holds it.

use crate::dstream::{stream_id, DStream};
use crate::session::Ctx;
use runnel_core::stream::{Graph, StreamId};
use runnel_core::{Result, Value};
use runnel_python::{Args, Interpreter, NativeInstance};
use std::rc::Rc;

/// A native method of `DStream` or `StreamingContext` that annotates the DStream it
/// returns with the call `op`.
pub(crate) fn annotated(
    op: &'static str,
    method: impl Fn(&Interpreter, &Value, Args) -> Result<Value> + 'static,
) -> impl Fn(&Interpreter, &Value, Args) -> Result<Value> + 'static {
    move |py, this, args| {
        let Some((ctx, own)) = receiver(this) else {
            return method(py, this, args);
        };
        let first_new = ctx.graph.borrow().num_streams();
        let mut parents: Vec<StreamId> = own.into_iter().collect();
        parents.extend(dstreams_in(&args));
        let line = py.module_line();
        let plain = own.is_none() || makes_plain_dstream(op, &args);
        let mut result = method(py, this, args)?;
        if let Some(id) = stream_id(&result).filter(|id| id.0 >= first_new) {
            if let Ok(mut g) = ctx.graph.try_borrow_mut() {
                g.annotate(first_new, id, op, parents, line);
            }
            if !plain {
                result = crate::glue::as_subclass(result, &ctx.env.classes()?.transformed_dstream);
            }
        }
        Ok(result)
    }
}

/// Whether PySpark's DStream method `op` returns a plain `DStream` (one it makes on the
/// JVM) rather than a `TransformedDStream` (a Python function over the parent's RDDs).
fn makes_plain_dstream(op: &str, args: &Args) -> bool {
    match op {
        "window" | "union" | "updateStateByKey" | "transformWith" => true,
        // With an inverse function PySpark makes a `PythonReducedWindowedDStream`.
        "reduceByKeyAndWindow" => args
            .positional
            .get(1)
            .or_else(|| {
                args.keywords
                    .iter()
                    .find(|(k, _)| k == "invFunc")
                    .map(|(_, v)| v)
            })
            .is_some_and(|v| !matches!(v, Value::None)),
        _ => false,
    }
}

/// The context a method acts on, and the DStream it was called on (if any).
fn receiver(this: &Value) -> Option<(Rc<Ctx>, Option<StreamId>)> {
    if let Some(d) = NativeInstance::data_of::<DStream>(this) {
        return Some((d.ctx.clone(), Some(d.id)));
    }
    NativeInstance::data_of::<Ctx>(this).map(|c| (c, None))
}

/// The DStreams among a call's arguments (also inside a list or tuple: `ssc.union([a, b])`).
fn dstreams_in(args: &Args) -> Vec<StreamId> {
    let values = args
        .positional
        .iter()
        .chain(args.keywords.iter().map(|(_, v)| v));
    let mut ids = Vec::new();
    for v in values {
        match v {
            Value::List(items) => {
                if let Ok(items) = items.borrow() {
                    ids.extend(items.iter().filter_map(stream_id));
                }
            }
            Value::Tuple(items) => ids.extend(items.iter().filter_map(stream_id)),
            other => ids.extend(stream_id(other)),
        }
    }
    ids
}

/// Names each DStream of `graph` after the module variable holding it.
pub(crate) fn name_streams(py: &Interpreter, graph: &mut Graph) {
    for (name, value) in py.globals() {
        if let Some(id) = stream_id(&value) {
            graph.name_stream(id, &name);
        }
    }
}
