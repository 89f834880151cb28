//! What a learner sees when a program uses its StreamingContext in the wrong order: one
//! traceback naming the exception Spark raises (PySpark's Py4JJavaError for what Spark's
//! JVM refuses), its message and the program's line, and no Rust panic.

use std::process::{Command, Output};

/// `runnel run` of `program` on the logical clock for 2 batches.
fn run(program: &str) -> (Output, String, String) {
    let dir = tempfile::tempdir().expect("tmp");
    let path = dir.path().join("prog.py");
    std::fs::write(&path, program).expect("write");
    let out = Command::new(env!("CARGO_BIN_EXE_runnel"))
        .args(["run", &path.display().to_string(), "--clock", "logical"])
        .args(["--batches", "2"])
        .output()
        .expect("run");
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(!stderr.contains("panicked"), "{stderr}");
    (out, stdout, stderr)
}

const QUEUE: &str = "lines = ssc.queueStream([sc.parallelize(['a b'])])\n";

/// The traceback's last line is `exc` and it points at `line` of the program.
fn fails_at(program: &str, line: u32, exc: &str) -> String {
    let (out, _, stderr) = run(program);
    assert!(!out.status.success(), "{stderr}");
    assert!(
        stderr.contains(&format!("prog.py\", line {line}")),
        "{stderr}"
    );
    let last = stderr.lines().last().unwrap_or_default().to_string();
    assert!(last.starts_with(exc), "{stderr}");
    last
}

#[test]
fn a_start_without_outputs_is_sparks_requirement() {
    let program =
        format!("{QUEUE}words = lines.flatMap(str.split)\nssc.start()\nssc.awaitTermination()\n");
    let last = fails_at(&program, 3, "Py4JJavaError: ");
    assert!(
        last.contains("requirement failed: No output operations registered, so nothing to execute")
    );
}

#[test]
fn outputs_added_after_start_are_refused_by_the_jvm() {
    let program = format!(
        "{QUEUE}lines.pprint()\nssc.start()\nlines.count().pprint()\nssc.awaitTermination()\n"
    );
    let last = fails_at(
        &program,
        4,
        "Py4JJavaError: java.lang.IllegalStateException: ",
    );
    assert!(
        last.ends_with("after starting a context is not supported"),
        "{last}"
    );
}

/// PySpark builds a Python step made after start lazily: only its output operation
/// reaches the JVM, which refuses it.
#[test]
fn a_step_made_after_start_fails_at_its_output() {
    let program = format!(
        "{QUEUE}lines.pprint()\nssc.start()\nwords = lines.flatMap(str.split)\nwords.count().pprint()\nssc.awaitTermination()\n"
    );
    let last = fails_at(
        &program,
        5,
        "Py4JJavaError: java.lang.IllegalStateException: ",
    );
    assert!(
        last.ends_with("after starting a context is not supported"),
        "{last}"
    );
}

/// SPARK-5063: PySpark pickles a DStream step's function each batch, when it generates
/// the batch's jobs; one that refers to an RDD fails the first batch, before any output.
#[test]
fn a_step_that_refers_to_an_rdd_fails_the_batch() {
    let program = format!(
        "{QUEUE}lookup = sc.parallelize([1])\nlines.pprint()\nlines.map(lambda l: lookup.count()).pprint()\nssc.start()\nssc.awaitTermination()\n"
    );
    let (out, stdout, stderr) = run(&program);
    assert!(!out.status.success(), "{stderr}");
    assert_eq!(stdout, "", "{stderr}");
    assert!(
        stderr.contains("PicklingError: Could not serialize object: PySparkRuntimeError: [RDD_TRANSFORM_ONLY_VALID_ON_DRIVER] It appears that you are attempting to broadcast an RDD or reference an RDD from an \naction or transformation."),
        "{stderr}"
    );
}

#[test]
fn a_second_start_only_warns_and_a_stopped_context_cannot_start() {
    let program = format!(
        "{QUEUE}lines.pprint()\nssc.start()\nssc.start()\nssc.awaitTerminationOrTimeout(1)\n"
    );
    let (out, stdout, stderr) = run(&program);
    assert!(out.status.success(), "{stderr}");
    assert_eq!(
        stderr,
        "WARN StreamingContext: StreamingContext has already been started\n"
    );
    assert!(stdout
        .contains("Time: 1970-01-01 00:00:01\n-------------------------------------------\na b\n"));

    let program = format!(
        "{QUEUE}lines.pprint()\nssc.start()\nssc.awaitTerminationOrTimeout(1)\nssc.stop(False)\nssc.start()\n"
    );
    let last = fails_at(&program, 6, "Py4JJavaError: ");
    assert!(last.ends_with("IllegalStateException: StreamingContext has already been stopped"));
}

/// Spark's `awaitTermination()` before `start()` waits forever; Runnel says why instead.
#[test]
fn awaiting_a_context_never_started() {
    let program = format!("{QUEUE}lines.pprint()\nssc.awaitTermination()\n");
    let last = fails_at(
        &program,
        3,
        "ValueError: StreamingContext has not been started yet",
    );
    assert!(last.contains("call ssc.start() first"), "{last}");
    // With a timeout it waits, returns False and runs nothing, as Spark's.
    let program = format!("{QUEUE}lines.pprint()\nprint(ssc.awaitTerminationOrTimeout(0.5))\n");
    let (out, stdout, stderr) = run(&program);
    assert!(out.status.success(), "{stderr}");
    assert!(stdout.starts_with("False\n"), "{stdout}");
}
