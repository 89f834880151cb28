//! Structured Streaming: every case of `tests/conformance-ss/cases` against what real
//! PySpark 3.5.9 printed (`tests/conformance-ss/expected`, recorded with
//! `harness_ss.py`), compared exactly. Each case runs as `check_ss.py` runs it: its data
//! files in an input folder (file order = batch order), then the standalone program
//! (SparkSession prelude, the case, `processAllAvailable(); time.sleep(1);
//! processAllAvailable(); stop()`).

use runnel_pyspark::{run_program, MemoryIo, RunOptions, SessionOptions};
use runnel_python::{Config, Host, Interpreter};
use std::collections::BTreeMap;
use std::fs;
use std::path::Path;
use std::rc::Rc;

const PRELUDE: &str = r#"from pyspark.sql import SparkSession
import time
spark = (SparkSession.builder.master("local[2]").appName("ss-case")
         .config("spark.ui.enabled", "false").config("spark.ui.showConsoleProgress", "false")
         .config("spark.sql.session.timeZone", "UTC").config("spark.sql.shuffle.partitions", "2")
         .getOrCreate())
spark.sparkContext.setLogLevel("ERROR")
input_dir = '/case/in'
checkpoint_dir = '/case/ck'
"#;

const EPILOGUE: &str = "
query.processAllAvailable()
time.sleep(1)
query.processAllAvailable()
query.stop()
";

struct Quiet;
impl Host for Quiet {
    fn stdout(&self, _: &str) {}
    fn stderr(&self, _: &str) {}
    fn now_millis(&self) -> i64 {
        0
    }
}

/// The case's `data`: one list of lines per input file.
fn data_of(head: &str) -> Vec<Vec<String>> {
    let interp = Interpreter::new(Config::default(), Rc::new(Quiet));
    interp.run_module(head).expect("the case's data runs");
    let data = interp.get_global("data").expect("a `data` list");
    interp
        .iterate(&data)
        .expect("data is a list")
        .iter()
        .map(|f| {
            interp
                .iterate(f)
                .expect("a list of lines")
                .iter()
                .map(|l| match l {
                    runnel_core::Value::Str(s) => s.to_string(),
                    other => panic!("a line must be a str, got {}", other.repr()),
                })
                .collect()
        })
        .collect()
}

/// What the standalone program prints on Runnel.
pub fn run_case(src: &str) -> String {
    let (head, program) = src
        .split_once("# --- program ---")
        .expect("a program marker");
    let mut files = BTreeMap::new();
    for (i, lines) in data_of(head).iter().enumerate() {
        files.insert(
            format!("/case/in/part-{i:03}.json"),
            lines.join("\n") + "\n",
        );
    }
    let out = run_program(
        &format!("{PRELUDE}{program}{EPILOGUE}"),
        RunOptions {
            session: SessionOptions::default(),
            batches: 10,
            io: Rc::new(MemoryIo::with_files(files)),
        },
    );
    assert!(out.error.is_none(), "the program failed: {:?}", out.error);
    out.stdout
}

#[test]
fn every_structured_streaming_case_matches_spark_exactly() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("conformance-ss");
    let mut names: Vec<String> = fs::read_dir(dir.join("cases"))
        .expect("cases folder")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".py"))
        .collect();
    names.sort();
    assert!(names.len() >= 4, "expected at least the 4 first cases");
    let mut failures = Vec::new();
    for name in &names {
        let src = fs::read_to_string(dir.join("cases").join(name)).expect("case");
        let want = fs::read_to_string(dir.join("expected").join(name.replace(".py", ".txt")))
            .expect("golden");
        let got = run_case(&src);
        if got != want {
            failures.push(format!("{name}:\n--- expected\n{want}\n--- got\n{got}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
