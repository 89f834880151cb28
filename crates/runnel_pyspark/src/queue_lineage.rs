//! `ssc.queueStream`'s JVM RDDs, made in the order PySpark's `queueStream` makes them: the
//! default parallelized first, then the queued lists; all reserialized by a Python step
//! when they are not read alike; each queued RDD's JVM RDD; the default's, or Spark's
//! `makeRDD` of one empty partition.

use crate::rdd_lineage::{Lineage, Ser};
use crate::session::Env;
use crate::stream_lineage::Mirror;
use runnel_core::stream::StreamId;
use runnel_core::Value;
use std::cell::RefCell;
use std::rc::Rc;

/// The RDDs a `queueStream` call has made so far (`None`: one whose making is untraced).
pub(crate) struct Queued<'a> {
    env: &'a Env,
    made: RefCell<Vec<Option<Rc<Lineage>>>>,
    /// The default: none, traced, or untraced (`Some(None)`).
    default: RefCell<Option<Option<Rc<Lineage>>>>,
}

impl<'a> Queued<'a> {
    pub(crate) fn new(env: &'a Env) -> Queued<'a> {
        Queued {
            env,
            made: RefCell::new(Vec::new()),
            default: RefCell::new(None),
        }
    }

    /// An RDD the program made.
    pub(crate) fn rdd(&self, v: &Value) {
        let lineage = crate::rdd::obj(v).ok().and_then(|o| o.lineage.clone());
        self.made.borrow_mut().push(lineage);
    }

    /// `sc.parallelize(list)` of `len` records (a `range`: PySpark's Python step).
    pub(crate) fn list(&self, len: usize, range: bool) {
        let n = self.env.default_parallelism();
        let lineage = Lineage::parallelized(self.env, len, n, range);
        self.made.borrow_mut().push(Some(Rc::new(lineage)));
    }

    /// The default (made first, if there is one) is done; the queued RDDs follow.
    pub(crate) fn default_done(&self, has_default: bool) {
        if has_default {
            *self.default.borrow_mut() = self.made.borrow_mut().pop();
        }
    }

    /// Describes the queue stream `id` to the model once its RDDs are all made.
    pub(crate) fn finish(&self, mirror: &Mirror, id: StreamId, one_at_a_time: bool) {
        let env = self.env;
        let made = self.made.take();
        let rdds: Option<Vec<Rc<Lineage>>> = made.into_iter().collect();
        let default = self.default.take().map_or(Some(None), |d| d.map(Some));
        let (Some(mut rdds), Some(default)) = (rdds, default) else {
            return mirror.unmodelled(id, "queueStream of RDDs Runnel does not trace");
        };
        if rdds.is_empty() {
            return mirror.unmodelled(id, "queueStream of no RDDs");
        }
        // `_check_serializers`: all reserialized when they are not read alike.
        if rdds.iter().any(|r| r.ser() != rdds[0].ser()) {
            for r in &mut rdds {
                if let Some(step) = r.reserialized() {
                    *r = Rc::new(step);
                }
            }
        }
        let ser = rdds[0].ser();
        // `toRDDQueue([r._jrdd for r in rdds])`.
        let queue = rdds
            .iter()
            .map(|r| Rc::new(r.wrapped(env, r.ser())))
            .collect();
        let default = match default {
            // `default._reserialize(rdds[0]._jrdd_deserializer)._jrdd`.
            Some(d) if d.ser() != ser => d.then_step().wrapped(env, ser),
            Some(d) => d.wrapped(env, ser),
            None => Lineage::jvm_rdd(
                env,
                "ParallelCollectionRDD",
                "makeRDD at StreamingContext.scala:468",
                1,
                &[],
                Ser::Context,
            ),
        };
        mirror.queue(id, queue, one_at_a_time, Rc::new(default), ser);
    }
}
