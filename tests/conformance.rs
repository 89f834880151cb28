//! Every case of `tests/conformance/cases` against the output real Spark 3.5.9 gave for it
//! (`tests/conformance/expected`, recorded by `tools/oracle/harness.py`).
//!
//! Spark's order is deterministic (PYTHONHASHSEED=0, its hash partitioner), so every case
//! is compared exactly, which is stricter than the `# compare:` header asks.

use runnel_pyspark::ExecutorRef;
use runnel_tests::{compare, conformance_dir, header, run_on, CountingPool, Mode};
use std::fs;

#[test]
fn every_case_matches_spark_exactly() {
    check_every_case(None);
}

/// The native parallel executor changes where partitions run, never what is printed.
#[test]
fn every_case_matches_spark_exactly_on_worker_threads() {
    let tasks = check_every_case(Some(3));
    // About half the cases have a step with a Python function over two or more
    // partitions (the others have one partition per batch, or no Python function).
    assert!(tasks > 100, "only {tasks} tasks ran on worker threads");
}

/// Runs every case (on `workers` threads when given) and returns how many tasks ran on
/// worker threads.
fn check_every_case(workers: Option<usize>) -> usize {
    let mut tasks = 0;
    let dir = conformance_dir();
    let mut names: Vec<String> = fs::read_dir(dir.join("cases"))
        .expect("cases folder")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".py"))
        .collect();
    names.sort();
    assert!(
        names.len() >= 25,
        "expected the course's 25 cases, found {}",
        names.len()
    );
    let mut failures = Vec::new();
    for name in &names {
        let stem = name.trim_end_matches(".py");
        let src = fs::read_to_string(dir.join("cases").join(name)).expect("case");
        let golden_path = dir.join("expected").join(format!("{stem}.json"));
        let golden: serde_json::Value =
            serde_json::from_str(&fs::read_to_string(&golden_path).expect("golden"))
                .expect("golden json");
        let batches = golden["batches"].as_i64().expect("batches");
        let seconds = golden["batch_seconds"].as_f64().expect("batch_seconds");
        let pool = workers.map(|n| CountingPool::new(n, &src, name));
        let executor = pool.clone().map(|p| ExecutorRef(p as _));
        let got = run_on(&src, name, batches, seconds, &["nuevoDStream"], executor);
        tasks += pool.map_or(0, |p| p.tasks.get());
        let declared = match header(&src, "compare") {
            Some("batch-multiset") => Mode::BatchMultiset,
            _ => Mode::Exact,
        };
        for mode in [declared, Mode::Exact] {
            let problems = compare(&golden, &got, mode);
            if !problems.is_empty() {
                failures.push(format!("{stem} ({mode:?}):\n  {}", problems.join("\n  ")));
                break;
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases differ from Spark:\n{}",
        failures.len(),
        names.len(),
        failures.join("\n")
    );
    tasks
}
