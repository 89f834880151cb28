//! The driver's side of the PySpark API (`tests/driver_api/*.py`) against what Spark 3.5.9
//! printed for the same program (`*.spark`: the program run with `PYTHONHASHSEED=0
//! /work/venv-spark/bin/python`, stdout only).

use std::path::Path;
use std::process::Command;

/// `program` run for `batches` batches on the logical clock (its `time.sleep` runs them
/// on Spark's wall clock): its stdout, after checking it succeeded.
fn stdout_of(program: &str, batches: usize) -> String {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/driver_api");
    let out = Command::new(env!("CARGO_BIN_EXE_runnel"))
        .args(["run", "--batches", &batches.to_string()])
        .arg(dir.join(program))
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
