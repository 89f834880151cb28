//! The driver's side of the PySpark API (`tests/driver_api/*.py`) against what Spark 3.5.9
//! printed for the same program (`*.spark`: the program run with `PYTHONHASHSEED=0
//! /work/venv-spark/bin/python`, stdout only).

use std::path::Path;
use std::process::Command;

/// `program` run for `batches` batches on the logical clock (its `time.sleep` runs them
/// on Spark's wall clock): its stdout, after checking it succeeded.
fn stdout_of(program: &str, batches: usize) -> String {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/driver_api");
    stdout_at(&dir.join(program), batches)
}

fn stdout_at(path: &Path, batches: usize) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_runnel"))
        .args(["run", "--batches", &batches.to_string()])
        .arg(path)
        .output()
        .expect("run runnel");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into()
}

#[test]
fn context_storage_levels_sampling_and_approximate_actions_are_sparks() {
    assert_eq!(
        stdout_of("context.py", 1),
        include_str!("driver_api/context.spark")
    );
}

#[test]
fn an_rdd_prints_as_its_jvm_rdd() {
    assert_eq!(
        stdout_of("repr.py", 0),
        include_str!("driver_api/repr.spark")
    );
}

/// The slides' `createQUEUERDD` (defined by the program, and Runnel's predefined one): the
/// RDDs of its queue print as Spark's, in the foreachRDD of the stream and of a step.
#[test]
fn the_slides_queue_rdds_print_as_sparks() {
    let spark = include_str!("driver_api/queue_repr.spark");
    assert_eq!(stdout_of("queue_repr.py", 2), spark);
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/driver_api");
    let own = std::fs::read_to_string(dir.join("queue_repr.py")).expect("program");
    let predefined = own.replace("def createQUEUERDD(data):", "def unused(data):");
    assert_ne!(own, predefined);
    let path = std::env::temp_dir().join(format!("queue_repr_{}.py", std::process::id()));
    std::fs::write(&path, predefined).expect("write");
    let got = stdout_at(&path, 2);
    let _ = std::fs::remove_file(&path);
    assert_eq!(got, spark);
}
