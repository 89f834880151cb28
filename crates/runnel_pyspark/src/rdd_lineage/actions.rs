//! The JVM RDDs and jobs of PySpark's RDD actions (ids, and what the jobs cache and
//! checkpoint).

use super::{Node, PY4J_CALL};
use crate::session::Env;
use runnel_core::Value;
use runnel_python::Args;
use std::rc::Rc;

/// Before the action `name` runs on the RDD `this`: the JVM RDDs PySpark makes to run it
/// (as recorded on Spark 3.5.9), so later ids stay Spark's. `collect` makes the RDD's own
/// PythonRDD (kept); `count`, `reduce`, `sum`, `stats`, `top`... pipeline one more Python
/// step over it; `take` (and `first`, `isEmpty`) one per job it runs.
pub(crate) fn before_action(name: &str, this: &Value, a: &Args) {
    let Ok(o) = crate::rdd::obj(this) else { return };
    let Some(lineage) = &o.lineage else { return };
    let env = &o.env;
    let num = match name {
        "collect" | "collectAsMap" => {
            let node = lineage.jvm(env);
            job_ran(env, &node, None, PY4J_CALL);
            // `collect`'s `SCCallSiteSync` clears the call site when it ends.
            env.sites.current.set(None);
            return;
        }
        "getNumPartitions" => {
            lineage.jvm(env);
            return;
        }
        "saveAsTextFile" => return lineage.saved(env),
        // Each pipelines a Python step over the RDD and collects its results: one job.
        "count" | "reduce" | "foreach" | "countByKey" | "sum" | "max" | "min" | "mean"
        | "stdev" | "variance" | "sampleStdev" | "sampleVariance" | "stats" | "fold"
        | "aggregate" | "countByValue" | "top" | "takeOrdered" | "foreachPartition"
        | "reduceByKeyLocally" | "lookup" => {
            lineage.run_job(env, None, PY4J_CALL);
            return;
        }
        // Counts each partition first when there are several.
        "zipWithIndex" => {
            if o.rdd.num_partitions() > 1 {
                lineage.run_job(env, None, PY4J_CALL);
            }
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
    for parts in take_jobs(&sizes, num) {
        lineage.run_job(env, Some(parts), RUN_JOB);
    }
}

/// The site of a job PySpark's `take` runs (`sc.runJob`, outside PySpark's call-site
/// bookkeeping): the JVM's own frame.
pub(crate) const RUN_JOB: &str = "runJob at PythonRDD.scala:181";

/// A job ran over partitions `parts` of `node`: what it caches, and in a DStream callback
/// (where Runnel models checkpoints) what it checkpoints ([`crate::rdd_cache::job_ran`]).
pub(super) fn job_ran(env: &Env, node: &Rc<Node>, parts: Option<Vec<usize>>, site: &str) {
    let in_callback = env.sites.in_callback.get();
    crate::rdd_cache::job_ran(env, node, parts, (site, in_callback));
}

/// The partitions of each job PySpark's `take(num)` runs over partitions of these sizes:
/// one partition first, then more each round, until it has `num` records.
pub(crate) fn take_jobs(sizes: &[usize], num: usize) -> Vec<Vec<usize>> {
    let scans = crate::jobs::take_scans(sizes, num);
    scans.into_iter().map(|scan| scan.collect()).collect()
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
            assert_eq!(take_jobs(sizes, num).len(), jobs, "{sizes:?} take({num})");
        }
    }
}
