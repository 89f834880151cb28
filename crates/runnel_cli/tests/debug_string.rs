//! `rdd.toDebugString()` against what Spark 3.5.9 printed for the same program
//! (`tests/debug_string/*.spark`: the program run with `PYTHONHASHSEED=0
//! /work/venv-spark/bin/python`, its absolute path then replaced by `PROG`, and the
//! directory of the py4j PySpark names in streaming call sites, `site-packages`, by `SITE`).

use std::path::Path;
use std::process::Command;

fn run(program: &str) -> (bool, String, String) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/debug_string")
        .join(program);
    let path = path.display().to_string();
    let out = Command::new(env!("CARGO_BIN_EXE_runnel"))
        .args(["run", &path])
        .output()
        .expect("run runnel");
    let stdout = String::from_utf8_lossy(&out.stdout)
        .replace(&path, "PROG")
        .replace("/usr/local/lib/python3.11/site-packages", "SITE");
    (
        out.status.success(),
        stdout,
        String::from_utf8_lossy(&out.stderr).into(),
    )
}

#[test]
fn lineage_of_narrow_steps_shuffles_and_unions_is_sparks() {
    let (ok, stdout, stderr) = run("lineage.py");
    assert!(ok, "{stderr}");
    let spark = include_str!("debug_string/lineage.spark");
    assert_eq!(stdout, spark);
}

#[test]
fn unions_reserialize_as_pysparks() {
    let (ok, stdout, stderr) = run("unions.py");
    assert!(ok, "{stderr}");
    assert_eq!(stdout, include_str!("debug_string/unions.spark"));
}

/// The JVM RDDs PySpark's actions make (a pipeline's own PythonRDD for `collect`, one
/// more per job for `count`, `take`...), seen in the ids of the RDDs made after them.
#[test]
fn ids_after_actions_are_sparks() {
    let (ok, stdout, stderr) = run("actions.py");
    assert!(ok, "{stderr}");
    assert_eq!(stdout, include_str!("debug_string/actions.spark"));
}

/// PySpark parallelizes a non-empty `range` (and `sc.range`) as an empty list and a
/// Python step.
#[test]
fn ranges_are_a_python_step_over_an_empty_list() {
    let (ok, stdout, stderr) = run("ranges.py");
    assert!(ok, "{stderr}");
    assert_eq!(stdout, include_str!("debug_string/ranges.spark"));
}

/// `distinct`, `combineByKey`, `foldByKey` and `aggregateByKey` shuffle as `reduceByKey`,
/// each at its own call site.
#[test]
fn by_key_shuffles_are_sparks() {
    let (ok, stdout, stderr) = run("by_key.py");
    assert!(ok, "{stderr}");
    assert_eq!(stdout, include_str!("debug_string/by_key.spark"));
}

/// The RDDs DStream batches hand to `foreachRDD` and `transform` functions: a queue of
/// lists (reserialized, as their batch sizes differ), steps PySpark pipelines into one
/// `PythonTransformedDStream` (a `reduceByKey` recomputed by each DStream that pipelines
/// it), a cached one, a transform function's own RDDs; ids across 4 batches, the last
/// one from the empty queue's `makeRDD`. (The program's functions make no RDDs on Spark's
/// job threads, so Spark's ids do not depend on how fast its jobs run.)
#[test]
fn dstream_batches_lineage_and_ids_are_sparks() {
    let (ok, stdout, stderr) = run("stream_queue.py");
    assert!(ok, "{stderr}");
    assert_eq!(stdout, include_str!("debug_string/stream_queue.spark"));
}

/// `queueStream(oneAtATime=False)` (a `UnionRDD` of the queue), defaults (an RDD, a list),
/// `union` and `transformWith` (`PythonTransformed2DStream`, its empty RDD each batch),
/// `groupByKey`, `count` and `countByValue` over a union.
#[test]
fn dstream_unions_and_queue_defaults_are_sparks() {
    let (ok, stdout, stderr) = run("stream_union.py");
    assert!(ok, "{stderr}");
    assert_eq!(stdout, include_str!("debug_string/stream_union.spark"));
}

#[test]
fn an_rdd_whose_making_is_not_traced_is_refused_by_name() {
    let (ok, _, stderr) = run("untraced.py");
    assert!(!ok);
    assert!(stderr.contains("toDebugString() of this RDD"), "{stderr}");
    assert!(stderr.contains("line 2"), "{stderr}");
}
