//! The jobs each RDD method runs, as `pyspark/rdd.py` runs them (see [`crate::jobs`]).

use crate::jobs;
use crate::rdd::obj;
use runnel_core::{Result, Value};
use runnel_python::Args;

/// What a method does with jobs.
enum Jobs {
    /// None: a transformation Runnel traces (its node joins the lineage), or no RDD work.
    Lazy,
    /// `take(num)`'s scans (`first` and `isEmpty` take one).
    Take(usize),
    /// One job over every partition, this many times.
    All(usize),
    /// A method Runnel does not trace: one job over this RDD and the RDDs given to it, now
    /// (what it makes is computed already and counts as a source).
    Eager,
}

fn jobs_of(name: &str, this: &Value, a: &Args) -> Jobs {
    let first_int = || match a.positional.first().or(a.keywords.first().map(|(_, v)| v)) {
        Some(Value::Int(n)) => Some(usize::try_from(*n).unwrap_or(0)),
        _ => None,
    };
    match name {
        "map"
        | "flatMap"
        | "filter"
        | "mapPartitions"
        | "mapPartitionsWithIndex"
        | "mapValues"
        | "flatMapValues"
        | "keyBy"
        | "glom"
        | "keys"
        | "values"
        | "reduceByKey"
        | "union"
        | "cache"
        | "persist"
        | "unpersist"
        | "getNumPartitions"
        | "setName"
        | "name"
        | "id"
        | "getStorageLevel"
        | "checkpoint"
        | "localCheckpoint"
        | "isCheckpointed"
        | "getCheckpointFile"
        | "toDebugString"
        | "partitioner"
        | "context" => Jobs::Lazy,
        "take" => first_int().map_or(Jobs::Lazy, Jobs::Take),
        "first" | "isEmpty" => Jobs::Take(1),
        // Each pipelines a step over the RDD and collects or reduces its results.
        "collect" | "count" | "sum" | "reduce" | "fold" | "aggregate" | "foreach"
        | "foreachPartition" | "max" | "min" | "mean" | "stdev" | "variance" | "sampleStdev"
        | "sampleVariance" | "stats" | "countByValue" | "countByKey" | "collectAsMap" | "top"
        | "takeOrdered" | "reduceByKeyLocally" | "treeReduce" | "treeAggregate"
        | "saveAsTextFile" | "lookup" => Jobs::All(1),
        // With a bucket count: a min/max job first.
        "histogram" => Jobs::All(if first_int().is_some() { 2 } else { 1 }),
        // Counts each partition first when there are several.
        "zipWithIndex" => match crate::rdd::rdd_of(this) {
            Ok(r) if r.num_partitions() > 1 => Jobs::All(1),
            _ => Jobs::Lazy,
        },
        _ => Jobs::Eager,
    }
}

/// Before RDD method `name` runs on `this`: the jobs PySpark's method runs, with what
/// computing their partitions adds to accumulators.
pub(crate) fn before_method(name: &str, this: &Value, a: &Args) -> Result<()> {
    let Ok(o) = obj(this) else {
        return Ok(());
    };
    match jobs_of(name, this, a) {
        Jobs::Lazy => Ok(()),
        Jobs::Take(num) => jobs::take(&o.rdd, num),
        Jobs::All(n) => (0..n).try_for_each(|_| jobs::job_all(&o.rdd)),
        Jobs::Eager => {
            jobs::job_all(&o.rdd)?;
            for v in a.positional.iter().chain(a.keywords.iter().map(|(_, v)| v)) {
                if let Ok(other) = obj(v) {
                    jobs::job_all(&other.rdd)?;
                }
            }
            Ok(())
        }
    }
}
