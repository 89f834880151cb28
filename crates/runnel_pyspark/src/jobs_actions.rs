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
    /// A shuffle (or a step Runnel makes apart) over this RDD and the RDDs given to it,
    /// after this many jobs over this RDD (`sortByKey`'s count and sample): its map side
    /// (with what its functions add) runs once, at the first job over what it makes.
    Shuffle(usize),
    /// A step partition by partition over this RDD (after this many jobs over it), which
    /// every job over what it makes computes again.
    Narrow(usize),
    /// A method Runnel does not trace: one job over this RDD and the RDDs given to it, now
    /// (what it makes is computed already and counts as a source).
    Eager,
}

/// The methods that run no job: transformations Runnel traces, and what needs no records.
const LAZY: &[&str] = &[
    "map",
    "flatMap",
    "filter",
    "mapPartitions",
    "mapPartitionsWithIndex",
    "mapPartitionsWithSplit",
    "mapValues",
    "flatMapValues",
    "keyBy",
    "glom",
    "keys",
    "values",
    "reduceByKey",
    "union",
    "cache",
    "persist",
    "unpersist",
    "getNumPartitions",
    "setName",
    "name",
    "id",
    "getStorageLevel",
    "checkpoint",
    "localCheckpoint",
    "isCheckpointed",
    "getCheckpointFile",
    "toDebugString",
    "partitioner",
    "context",
];

/// The shuffles whose functions run on the reduce side too (PySpark's `combineByKey`).
const COMBINES: &[&str] = &["combineByKey", "aggregateByKey", "foldByKey"];

fn jobs_of(name: &str, this: &Value, a: &Args) -> Jobs {
    let first_int = || match a.positional.first().or(a.keywords.first().map(|(_, v)| v)) {
        Some(Value::Int(n)) => Some(usize::try_from(*n).unwrap_or(0)),
        _ => None,
    };
    match name {
        _ if LAZY.contains(&name) => Jobs::Lazy,
        "take" => first_int().map_or(Jobs::Lazy, Jobs::Take),
        "first" | "isEmpty" => Jobs::Take(1),
        // Each pipelines a step over the RDD and collects or reduces its results.
        "collect" | "count" | "sum" | "reduce" | "fold" | "aggregate" | "foreach"
        | "foreachPartition" | "max" | "min" | "mean" | "stdev" | "variance" | "sampleStdev"
        | "sampleVariance" | "stats" | "countByValue" | "countByKey" | "collectAsMap" | "top"
        | "takeOrdered" | "reduceByKeyLocally" | "treeReduce" | "treeAggregate"
        | "saveAsTextFile" | "lookup" | "countApprox" | "sumApprox" | "meanApprox" => Jobs::All(1),
        // With a bucket count: a min/max job first.
        "histogram" => Jobs::All(if first_int().is_some() { 2 } else { 1 }),
        // Counts each partition first when there are several.
        "zipWithIndex" => match crate::rdd::rdd_of(this) {
            Ok(r) if r.num_partitions() > 1 => Jobs::Narrow(1),
            _ => Jobs::Narrow(0),
        },
        "zipWithUniqueId" | "sample" | "sampleByKey" => Jobs::Narrow(0),
        "distinct" | "groupByKey" | "groupBy" | "combineByKey" | "aggregateByKey" | "foldByKey"
        | "partitionBy" | "join" | "leftOuterJoin" | "rightOuterJoin" | "fullOuterJoin"
        | "cogroup" | "groupWith" | "subtract" | "subtractByKey" | "intersection"
        | "repartition" | "coalesce" | "cartesian" | "zip" => Jobs::Shuffle(0),
        // A count and a sample job first, unless into one partition.
        "sortByKey" | "sortBy" => {
            let at = if name == "sortBy" { 2 } else { 1 };
            let n = a.positional.get(at).or_else(|| {
                let named = a
                    .keywords
                    .iter()
                    .find(|(k, _)| k.as_str() == "numPartitions");
                named.map(|(_, v)| v)
            });
            let parts = crate::rdd::rdd_of(this).map_or(0, |r| r.num_partitions());
            match n {
                Some(Value::Int(1)) => Jobs::Shuffle(0),
                None if parts == 1 => Jobs::Shuffle(0),
                _ => Jobs::Shuffle(2),
            }
        }
        _ => Jobs::Eager,
    }
}

/// `coalesce(1)` without a shuffle, or a `sortByKey` (into one partition when it runs one
/// round of tasks): PySpark's `CoalescedRDD`, narrow.
fn into_one_without_shuffle(name: &str, a: &Args) -> bool {
    match name {
        "coalesce" => {
            let named = |k: &str| a.keywords.iter().find(|(n, _)| n.as_str() == k);
            let n = a
                .positional
                .first()
                .or(named("numPartitions").map(|(_, v)| v));
            let shuffle = a.positional.get(1).or(named("shuffle").map(|(_, v)| v));
            matches!(n, Some(Value::Int(1))) && !matches!(shuffle, Some(Value::Bool(true)))
        }
        "sortByKey" => true,
        _ => false,
    }
}

/// RDD method `name` on `this` (`run` runs it): with the jobs PySpark's method runs, and
/// what computing their partitions adds to accumulators.
pub(crate) fn run_method(
    name: &str,
    this: &Value,
    a: Args,
    run: impl Fn(&Value, Args) -> Result<Value>,
) -> Result<Value> {
    let Ok(o) = obj(this) else {
        return run(this, a);
    };
    let inputs = || {
        let args = a.positional.iter().chain(a.keywords.iter().map(|(_, v)| v));
        let others = args.filter_map(|v| obj(v).ok().map(|o| o.rdd.clone()));
        std::iter::once(o.rdd.clone())
            .chain(others)
            .collect::<Vec<_>>()
    };
    match jobs_of(name, this, &a) {
        Jobs::Lazy => return run(this, a),
        Jobs::Take(num) => jobs::take(&o.rdd, num).map_err(at_call)?,
        Jobs::All(n) => (0..n)
            .try_for_each(|_| jobs::job_all(&o.rdd))
            .map_err(at_call)?,
        Jobs::Eager => inputs()
            .iter()
            .try_for_each(jobs::job_all)
            .map_err(at_call)?,
        Jobs::Shuffle(before) | Jobs::Narrow(before) => {
            let inputs = inputs();
            let narrow = matches!(jobs_of(name, this, &a), Jobs::Narrow(_));
            let into_one = into_one_without_shuffle(name, &a);
            let again = a.clone();
            let (made, rounds) = jobs::capture(|| run(this, a));
            let made = match made {
                Err(e) if before == 0 && !narrow && e.exc_type != runnel_python::STEP_BUDGET => {
                    return failed_shuffle(&o, e, || run(&o.emptied()?, again));
                }
                Err(e) if before > 0 => return Err(at_call(e)),
                made => made?,
            };
            // `sortByKey`'s count and sample jobs run at the call, over the steps before
            // the shuffle: a task of theirs that fails fails the call.
            if before > 0 {
                if let Some(e) = crate::rdd::rdd_of(&made)
                    .ok()
                    .and_then(|r| jobs::failure(&r))
                {
                    return Err(at_call(e));
                }
            }
            // `sortBy`'s count and sample jobs run over `keyBy(keyfunc)`: its keyfunc too.
            let keyed: jobs::Updates = match name {
                "sortBy" => rounds.iter().flatten().flatten().cloned().collect(),
                _ => Vec::new(),
            };
            for _ in 0..before {
                jobs::job_all(&o.rdd).map_err(at_call)?;
                crate::shared_vars::add_updates(&keyed)?;
            }
            // `combineByKey` and the two built on it, and `sortByKey`, run their reduce
            // tasks as a round of their own; with one round, PySpark's `partitionBy`
            // found the RDD placed already and nothing was shuffled (a sort into one
            // partition coalesces).
            let by_key = COMBINES.contains(&name) || (name == "sortByKey" && rounds.len() > 1);
            match crate::rdd::rdd_of(&made) {
                Ok(rdd) if jobs::node_of(&rdd).is_some() => {}
                Ok(rdd) if by_key && rounds.len() < 2 => {
                    jobs::narrow(&o.rdd, &rdd, rounds);
                }
                Ok(rdd) if narrow && rdd.num_partitions() == o.rdd.num_partitions() => {
                    jobs::narrow(&o.rdd, &rdd, rounds);
                }
                Ok(rdd) if by_key => jobs::reduced(&inputs, &rdd, rounds),
                // Into one partition without a shuffle: every job reads all of this RDD.
                Ok(rdd) if into_one && rdd.num_partitions() == 1 && rounds.len() < 2 => {
                    jobs::coalesced(&o.rdd, &rdd, rounds)
                }
                Ok(rdd) => jobs::shuffle_of(&inputs, &rdd, rounds),
                Err(_) => {}
            }
            return Ok(made);
        }
    }
    run(this, a).map_err(at_call)
}

/// A task's error raised by a job the method runs now (an action, `sortByKey`'s count and
/// sample): the call fails on the driver, so in a `transform` function it fails the
/// batch's job generation, as on Spark.
fn at_call(mut e: runnel_core::Error) -> runnel_core::Error {
    if let Some(c) = e.context.as_mut() {
        c.in_task = false;
    }
    e
}

/// A shuffle whose tasks failed with `e` (a key that cannot be hashed, a function that
/// raised): PySpark makes the shuffled RDD at the call and runs its map tasks in the first
/// job over it, so what it makes (`over_nothing`: the call over no records, for its
/// partitions) fails every job that computes it; an error the call raises over no records
/// is the driver's, raised now.
fn failed_shuffle(
    o: &crate::rdd::RddObj,
    e: runnel_core::Error,
    over_nothing: impl FnOnce() -> Result<Value>,
) -> Result<Value> {
    let (made, _) = jobs::capture(over_nothing);
    let made = made.map_err(|_| e.clone())?;
    let rdd = crate::rdd::rdd_of(&made)?;
    let parts = rdd.num_partitions();
    jobs::narrow_failing(&o.rdd, &rdd, vec![Vec::new(); parts], vec![Some(e); parts]);
    Ok(made)
}
