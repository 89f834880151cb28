//! `rdd.toDebugString()`: the lineage of the JVM RDDs PySpark would have made, in Spark's
//! text. PySpark pipelines narrow Python steps into one `PythonRDD`, made (and numbered)
//! only when the JVM needs it: when `toDebugString` shows it, or when a shuffle or union
//! reads it. A shuffle is PySpark's `partitionBy`: a map-side `PythonRDD` and a
//! `PairwiseRDD` (at the program's call), a `ShuffledRDD` and a `MapPartitionsRDD`.
//! The JVM RDDs take their ids from the session's `rdd.id()` counter when made, so a
//! traced RDD's `id()` is its JVM RDD's, as in PySpark.

use crate::session::Env;
use runnel_core::Value;
use runnel_python::Args;
use std::cell::{Cell, OnceCell};
use std::rc::Rc;

/// Where the JVM RDDs being made say they were made: Spark's thread-local call site.
#[derive(Default)]
pub(crate) struct Sites {
    /// The site new RDDs take instead of their own (a computing DStream's creation site);
    /// PySpark's `SCCallSiteSync` clears it when it ends.
    pub(crate) current: Cell<Option<&'static str>>,
    /// Python runs in Spark Streaming's callback thread, where PySpark's call site of a
    /// shuffle is py4j's `call` (the first frame outside pyspark) rather than the program's.
    pub(crate) in_callback: Cell<bool>,
}

/// The py4j frame PySpark names as the call site of a shuffle made in a DStream callback.
/// Spark prints where its py4j is installed; Runnel names a `pip install pyspark==3.5.9`
/// into the python:3.11 image's Python.
pub(crate) const PY4J_CALL: &str =
    "call at /usr/local/lib/python3.11/site-packages/py4j/clientserver.py:644";

impl Sites {
    /// `default`, unless a computing DStream's site overrides it.
    fn or(&self, default: &'static str) -> String {
        self.current.get().unwrap_or(default).to_string()
    }
}

/// A JVM RDD of the lineage.
pub(crate) struct Node {
    class: &'static str,
    id: i64,
    call: String,
    parts: usize,
    /// Parents, each with whether it is a shuffle dependency.
    deps: Vec<(Rc<Node>, bool)>,
}

/// How PySpark reads a JVM RDD's records (its `_jrdd_deserializer`); a union of RDDs read
/// alike is a plain `UnionRDD`, others are first reserialized by a Python step.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Ser {
    /// `parallelize`'s batches of this many records.
    Batched(usize),
    /// A `partitionBy`'s output.
    Shuffled,
    /// The context's serializer: what a Python step writes.
    Context,
}

/// What an RDD value stands for on the JVM.
pub(crate) enum Lineage {
    /// A JVM RDD of its own (`parallelize`, a shuffle's result, a union).
    Jvm(Rc<Node>, Ser),
    /// PySpark's `PipelinedRDD`: Python steps over `base`; its `PythonRDD` once made.
    Pipelined {
        base: Rc<Node>,
        parts: usize,
        made: OnceCell<Rc<Node>>,
    },
}

const PYTHON_RDD: &str = "RDD at PythonRDD.scala:53";

impl Lineage {
    /// `sc.parallelize(list of len records, parts)`; of a non-empty `range`, PySpark
    /// parallelizes an empty list and makes the numbers in a Python step.
    pub(crate) fn parallelized(env: &Env, len: usize, parts: usize, range: bool) -> Lineage {
        let call = env.sites.or("readRDDFromFile at PythonRDD.scala:289");
        let range = range && len > 0;
        let len = if range { 0 } else { len };
        let batch = (len / parts.max(1)).clamp(1, 1024);
        let list = node(env, "ParallelCollectionRDD", call, parts, Vec::new());
        let lineage = Lineage::Jvm(list, Ser::Batched(batch));
        if range {
            lineage.then_step()
        } else {
            lineage
        }
    }

    /// A JVM RDD of `class` made by Spark itself (a queue's union, `makeRDD`), at `call`
    /// unless a computing DStream's site overrides it.
    pub(crate) fn jvm_rdd(
        env: &Env,
        class: &'static str,
        call: &'static str,
        parts: usize,
        deps: &[Rc<Lineage>],
        ser: Ser,
    ) -> Lineage {
        let deps = deps.iter().map(|d| (d.jvm(env), false)).collect();
        Lineage::Jvm(node(env, class, env.sites.or(call), parts, deps), ser)
    }

    /// The RDD PySpark wraps around this one's JVM RDD (`RDD(jrdd, ctx, ser)`), as a
    /// DStream hands its batches to Python.
    pub(crate) fn wrapped(&self, env: &Env, ser: Ser) -> Lineage {
        Lineage::Jvm(self.jvm(env), ser)
    }

    /// A narrow Python step over this RDD, pipelined with the steps before it.
    pub(crate) fn then_step(&self) -> Lineage {
        Lineage::Pipelined {
            base: self.base(),
            parts: self.parts(),
            made: OnceCell::new(),
        }
    }

    /// A shuffle into `parts` partitions made by `method` at the program's `call_site`;
    /// `then_python`: PySpark runs a Python step over the shuffled records
    /// (`reduceByKey`, `groupByKey`), as `partitionBy` alone does not.
    pub(crate) fn shuffle(
        &self,
        env: &Env,
        method: &str,
        call_site: &str,
        parts: usize,
        then_python: bool,
    ) -> Lineage {
        let call = if env.sites.in_callback.get() {
            PY4J_CALL.to_string()
        } else {
            format!("{method} at {call_site}")
        };
        // PySpark's `SCCallSiteSync` around the map side clears the call site after it.
        env.sites.current.set(None);
        let map_parts = self.parts();
        let map_side = node(
            env,
            "PythonRDD",
            call.clone(),
            map_parts,
            vec![(self.base(), false)],
        );
        let pairs = node(env, "PairwiseRDD", call, map_parts, vec![(map_side, false)]);
        let shuffled_call = "partitionBy at NativeMethodAccessorImpl.java:0".to_string();
        let shuffled = node(
            env,
            "ShuffledRDD",
            shuffled_call,
            parts,
            vec![(pairs, true)],
        );
        let call = "mapPartitions at PythonRDD.scala:160".to_string();
        let result = node(
            env,
            "MapPartitionsRDD",
            call,
            parts,
            vec![(shuffled, false)],
        );
        let result = Lineage::Jvm(result, Ser::Shuffled);
        if then_python {
            result.then_step()
        } else {
            result
        }
    }

    /// `a.union(b)`: a `UnionRDD` over the JVM RDDs of both, each first reserialized
    /// (a Python step) unless both are read alike, as PySpark's `union`.
    pub(crate) fn union(&self, env: &Env, other: &Lineage) -> Lineage {
        let (ser, a, b) = if self.ser() == other.ser() {
            (self.ser(), self.jvm(env), other.jvm(env))
        } else {
            let (a, b) = (self.reserialized(), other.reserialized());
            let a = a.as_ref().unwrap_or(self).jvm(env);
            (Ser::Context, a, b.as_ref().unwrap_or(other).jvm(env))
        };
        let call = env.sites.or("union at NativeMethodAccessorImpl.java:0");
        let parts = self.parts() + other.parts();
        let deps = vec![(a, false), (b, false)];
        Lineage::Jvm(node(env, "UnionRDD", call, parts, deps), ser)
    }

    /// PySpark's `_reserialize()`: a Python step unless a Python step wrote this RDD.
    pub(crate) fn reserialized(&self) -> Option<Lineage> {
        (self.ser() != Ser::Context).then(|| self.then_step())
    }

    pub(crate) fn ser(&self) -> Ser {
        match self {
            Lineage::Jvm(_, ser) => *ser,
            Lineage::Pipelined { .. } => Ser::Context,
        }
    }

    /// A Python step over this RDD made into a PythonRDD to run a job (its id taken).
    pub(crate) fn run_step(&self, env: &Env) {
        self.then_step().jvm(env);
    }

    pub(crate) fn parts(&self) -> usize {
        match self {
            Lineage::Jvm(n, _) => n.parts,
            Lineage::Pipelined { parts, .. } => *parts,
        }
    }

    /// The JVM RDD Python steps over this one read (a pipeline's own input).
    fn base(&self) -> Rc<Node> {
        match self {
            Lineage::Jvm(n, _) => n.clone(),
            Lineage::Pipelined { base, .. } => base.clone(),
        }
    }

    /// This RDD's JVM RDD, making a pipeline's `PythonRDD` (and its id) the first time.
    pub(crate) fn jvm_id(&self, env: &Env) -> i64 {
        self.jvm(env).id
    }

    fn jvm(&self, env: &Env) -> Rc<Node> {
        match self {
            Lineage::Jvm(n, _) => n.clone(),
            Lineage::Pipelined { base, parts, made } => made
                .get_or_init(|| {
                    node(
                        env,
                        "PythonRDD",
                        env.sites.or(PYTHON_RDD),
                        *parts,
                        vec![(base.clone(), false)],
                    )
                })
                .clone(),
        }
    }

    /// Spark's `RDD.toDebugString`.
    pub(crate) fn debug_string(&self, env: &Env) -> String {
        let top = self.jvm(env);
        let (first, prefix) = with_parts(&top, "");
        let mut lines = vec![first];
        children(&top, &prefix, &mut lines);
        lines.join("\n")
    }
}

/// Before the action `name` runs on the RDD `this`: the JVM RDDs PySpark makes to run it
/// (as recorded on Spark 3.5.9), so later ids stay Spark's. `collect` makes the RDD's own
/// PythonRDD (kept); `count`, `reduce`, `foreach`, `countByKey` pipeline one more Python
/// step over it; `take` (and `first`, `isEmpty`) one per job it runs.
pub(crate) fn before_action(name: &str, this: &Value, a: &Args) {
    let Ok(o) = crate::rdd::obj(this) else { return };
    let Some(lineage) = &o.lineage else { return };
    let env = &o.env;
    let num = match name {
        "collect" | "collectAsMap" => {
            lineage.jvm(env);
            // `collect`'s `SCCallSiteSync` clears the call site when it ends.
            env.sites.current.set(None);
            return;
        }
        "getNumPartitions" => {
            lineage.jvm(env);
            return;
        }
        "count" | "reduce" | "foreach" | "countByKey" => {
            lineage.run_step(env);
            return;
        }
        "take" => match a.positional.first().or(a.keywords.first().map(|(_, v)| v)) {
            Some(Value::Int(n)) => usize::try_from(*n).unwrap_or(0),
            _ => return,
        },
        "first" | "isEmpty" => 1,
        _ => return,
    };
    lineage.jvm(env);
    let sizes: Vec<usize> = o.rdd.partitions.iter().map(Vec::len).collect();
    for _ in 0..take_jobs(&sizes, num) {
        lineage.run_step(env);
    }
}

/// The jobs PySpark's `take(num)` runs over partitions of these sizes: one partition
/// first, then more each round, until it has `num` records.
pub(crate) fn take_jobs(sizes: &[usize], num: usize) -> usize {
    let (mut items, mut scanned, mut jobs) = (0usize, 0usize, 0);
    while items < num && scanned < sizes.len() {
        let mut tries = 1;
        if scanned > 0 {
            tries = if items == 0 {
                scanned * 4
            } else {
                let more =
                    (1.5 * num as f64 * scanned as f64 / items as f64) as i64 - scanned as i64;
                (more.max(1) as usize).min(scanned * 4)
            };
        }
        let left = num - items;
        let end = (scanned + tries).min(sizes.len());
        items += sizes[scanned..end]
            .iter()
            .map(|s| (*s).min(left))
            .sum::<usize>();
        scanned += tries;
        jobs += 1;
    }
    jobs
}

fn node(
    env: &Env,
    class: &'static str,
    call: String,
    parts: usize,
    deps: Vec<(Rc<Node>, bool)>,
) -> Rc<Node> {
    Rc::new(Node {
        class,
        id: env.next_rdd_id(),
        call,
        parts,
        deps,
    })
}

/// `Class[id] at call []` (the brackets: no storage level).
fn describe(n: &Node) -> String {
    format!("{}[{}] at {} []", n.class, n.id, n.call)
}

/// `(N) description` after `lead`, and the prefix of the lines under it.
fn with_parts(n: &Node, lead: &str) -> (String, String) {
    let count = format!("({})", n.parts);
    let left = (count.len() - 1) / 2;
    let next = format!("{}|{}", " ".repeat(left), " ".repeat(count.len() - left));
    (format!("{lead}{count} {}", describe(n)), next)
}

/// The lines of `n`'s parents under `prefix`, as Spark's `debugChildren`.
fn children(n: &Node, prefix: &str, lines: &mut Vec<String>) {
    let last = n.deps.len().saturating_sub(1);
    for (i, (parent, shuffle)) in n.deps.iter().enumerate() {
        if *shuffle {
            let this = prefix.trim_end().trim_end_matches('|');
            let (first, next) = with_parts(parent, &format!("{this}+-"));
            lines.push(first);
            let indent = if i == last { "  " } else { "| " };
            let next = format!("{this}{indent}{next}");
            children(parent, &next, lines);
        } else {
            lines.push(format!("{prefix}{}", describe(parent)));
            children(parent, prefix, lines);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::take_jobs;

    /// The jobs PySpark 3.5.9's `take` loop (pyspark/rdd.py) runs, from that loop run on
    /// CPython over the same partition sizes.
    #[test]
    fn take_runs_pysparks_jobs() {
        let ones = [1; 20];
        let cases: [(&[usize], usize, usize); 6] = [
            (&[5, 5], 1, 1),
            (&[0, 0, 0, 0, 0, 0, 9], 3, 3),
            (&ones, 10, 3),
            (&[], 1, 0),
            (&[2, 0, 0, 0, 0], 5, 3),
            (&[3, 3], 0, 0),
        ];
        for (sizes, num, jobs) in cases {
            assert_eq!(take_jobs(sizes, num), jobs, "{sizes:?} take({num})");
        }
    }
}
