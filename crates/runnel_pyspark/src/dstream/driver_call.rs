//! One call of a `transform` function on the driver, kept for the batch: PySpark composes
//! the function into every DStream step that pipelines it, so the JVM calls it again for
//! each JVM DStream whose pipeline holds it (the model asks, [`Mirror::set_recall`]).

use crate::executor::Handed;
use crate::rdd::batch_rdd;
use crate::session::Env;
use crate::stream_lineage::Mirror;
use crate::udf::Udf;
use runnel_core::rdd::RddRef;
use runnel_core::stream::StreamId;
use runnel_core::time::{DateTime, Time};
use runnel_core::{Error, Result, Value};
use std::rc::Rc;

/// `func(rdd)` or `func(time, rdd)` of DStream `id` at `t`, over the core's batches `rdds`.
pub(super) struct DriverCall {
    pub(super) u: Udf,
    pub(super) env: Rc<Env>,
    pub(super) with_time: bool,
    pub(super) id: StreamId,
    pub(super) t: Time,
    pub(super) rdds: Vec<Option<RddRef>>,
    /// How each batch reaches the function.
    pub(super) handed: Vec<Handed>,
}

impl DriverCall {
    /// Calls the function with the batches as PySpark wraps them (their JVM lineage from
    /// the model), telling the model what it returned.
    pub(super) fn run(&self, mirror: &Mirror) -> Result<Value> {
        let env = &self.env;
        let mut args = Vec::with_capacity(self.rdds.len() + 1);
        if self.with_time {
            let tz = env.options.tz_offset_ms;
            args.push(Value::object(DateTime::from_millis(self.t.0, tz)));
        }
        let inputs = mirror.transform_inputs(env, self.id, self.t.0);
        for (i, r) in self.rdds.iter().enumerate() {
            let lineage = inputs.as_ref().and_then(|l| l.get(i).cloned());
            args.push(match r {
                Some(r) => {
                    let lineage = lineage.ok_or(mirror.why_untraced());
                    batch_rdd(env, r.clone(), lineage, self.handed[i])?
                }
                None => Value::None,
            });
        }
        // What the function raises on the driver fails the batch's job generation (a
        // step's task error stays the error of the jobs that compute it).
        let result = self.u.call_driver(args).map_err(Error::generating);
        if let Ok(v) = &result {
            match crate::rdd::obj(v).ok().and_then(|o| o.lineage.clone()) {
                Some(l) => mirror.transform_result(env, self.id, l),
                None => mirror.give_up("a transform function whose result Runnel does not trace"),
            }
        }
        mirror.callback_done(env);
        result
    }
}
