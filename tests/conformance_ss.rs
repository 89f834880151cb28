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
    let out = run_case_recorded(src, false);
    assert!(out.error.is_none(), "the program failed: {:?}", out.error);
    out.stdout
}

/// The run's whole output, with every micro-batch recorded when `record` is set.
fn run_case_recorded(src: &str, record: bool) -> runnel_pyspark::RunOutput {
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
    run_program(
        &format!("{PRELUDE}{program}{EPILOGUE}"),
        RunOptions {
            session: SessionOptions {
                record_queries: record,
                ..SessionOptions::default()
            },
            batches: 10,
            io: Rc::new(MemoryIo::with_files(files)),
        },
    )
}

/// `--json` records each micro-batch: its rows, the watermark it ran with and the one
/// after it, and the state (here the tumbling-window golden's run).
#[test]
fn json_records_rows_watermarks_and_state_per_batch() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("conformance-ss");
    let src = fs::read_to_string(dir.join("cases/ss_tumbling_watermark_append.py")).expect("case");
    let out = run_case_recorded(&src, true);
    let batches = &out.queries["query0"];
    assert_eq!(batches.len(), 5);
    // 2026-01-01 00:00:00 UTC in ms; the watermark is max event time - 10 s, never back.
    let t0 = 1_767_225_600_000i64;
    let wms: Vec<Option<i64>> = batches.iter().map(|b| b.watermark_ms).collect();
    assert_eq!(
        wms,
        vec![
            Some(0),
            Some(t0 - 6_000),
            Some(t0 + 2_000),
            Some(t0 + 17_000),
            Some(t0 + 35_000)
        ]
    );
    assert_eq!(
        batches[4].input_rows, 0,
        "the last batch is the data-less one"
    );
    assert_eq!(
        batches[3].rows,
        vec![vec![
            "{2026-01-01 00:00:00, 2026-01-01 00:00:10}".to_string(),
            "3".into()
        ]]
    );
    let state: Vec<usize> = batches.iter().map(|b| b.state.len()).collect();
    assert_eq!(state, vec![1, 2, 3, 3, 1]);
    let json = serde_json::to_value(&out).expect("serializes");
    assert_eq!(
        json["queries"]["query0"][3]["columns"],
        serde_json::json!(["window", "count"])
    );
}

/// A stream-stream join's state as `--json` shows it shrinks as rows age out: the rows
/// per batch are Spark's `numRowsTotal` for the same run (`lastProgress`'s state
/// operator, recorded on PySpark 3.5.9 for both the left and the full outer join).
#[test]
fn json_state_of_a_stream_join_follows_spark_eviction() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("conformance-ss");
    for case in ["ss_join_left_outer_range", "ss_join_full_outer_range"] {
        let src = fs::read_to_string(dir.join(format!("cases/{case}.py"))).expect("case");
        let out = run_case_recorded(&src, true);
        let state: Vec<usize> = out.queries["query0"]
            .iter()
            .map(|b| b.state.len())
            .collect();
        assert_eq!(state, vec![3, 4, 7, 8, 5, 5, 2], "{case}");
    }
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

/// The rate source and a processing-time trigger on the logical clock (it starts at 0),
/// against Spark's rules: triggers at multiples of the interval
/// (`ProcessingTimeExecutor`), one batch each; the first batch at offset 0 with no rows;
/// each batch the values of the whole seconds since the source started
/// (`valueAtSecond`), dealt to `numPartitions` partitions read one after another, each
/// stamped `start + round((v - first) * ms per value)`; `current_timestamp()` the
/// batch's trigger time.
#[test]
fn rate_source_and_processing_time_trigger_follow_spark_rules() {
    let program = r#"
from pyspark.sql import SparkSession
from pyspark.sql.functions import current_timestamp, col
spark = SparkSession.builder.master("local[2]").appName("rate").getOrCreate()
ms = lambda c: (col(c).cast("double") * 1000).cast("long")
rate = spark.readStream.format("rate").option("rowsPerSecond", 3).load()
def show(df, epoch):
    print(epoch, [(r.value, r.ts, r.now) for r in df.collect()])
q = rate.withColumn("now", current_timestamp()).select("value", ms("timestamp").alias("ts"), ms("now").alias("now"))
query = q.writeStream.trigger(processingTime="2 seconds").foreachBatch(show).start()
query.awaitTermination(7)
query.stop()
"#;
    let out = run_program(
        program,
        RunOptions {
            session: SessionOptions::default(),
            batches: 20,
            io: Rc::new(MemoryIo::with_files(BTreeMap::new())),
        },
    );
    assert!(out.error.is_none(), "{:?}", out.error);
    // 3 rows a second: ms per value 2000 / 6 = 333.3; partition 0 takes the even
    // values, partition 1 the odd ones.
    let want = "0 []
1 [(0, 0, 2000), (2, 667, 2000), (4, 1333, 2000), (1, 333, 2000), (3, 1000, 2000), (5, 1667, 2000)]
2 [(6, 2000, 4000), (8, 2667, 4000), (10, 3333, 4000), (7, 2333, 4000), (9, 3000, 4000), (11, 3667, 4000)]
3 [(12, 4000, 6000), (14, 4667, 6000), (16, 5333, 6000), (13, 4333, 6000), (15, 5000, 6000), (17, 5667, 6000)]
";
    assert_eq!(out.stdout, want);
}

/// `trigger(continuous=...)` on the logical clock, against Spark's rules
/// (`ContinuousExecution`, `RateStreamContinuousStream`, the console sink's per-epoch
/// commit): every epoch commits, rows or not; with 4 rows a second over 2 partitions each
/// partition makes a row every 500 ms (values p, p + 2, ...) and a row goes to the epoch
/// it is made in; an epoch's rows come partition by partition.
#[test]
fn continuous_trigger_commits_every_epoch_with_the_rows_made_in_it() {
    let program = r#"
from pyspark.sql import SparkSession
spark = SparkSession.builder.master("local[2]").appName("c").getOrCreate()
rate = spark.readStream.format("rate").option("rowsPerSecond", 4).option("numPartitions", 2).load()
q = rate.selectExpr("value", "value % 2 as m").where("value < 8").writeStream.format("console").trigger(continuous="1 second").start()
q.awaitTermination(3.5)
q.stop()
"#;
    let out = run_program(
        program,
        RunOptions {
            session: SessionOptions::default(),
            batches: 20,
            io: Rc::new(MemoryIo::with_files(BTreeMap::new())),
        },
    );
    assert!(out.error.is_none(), "{:?}", out.error);
    let table = |rows: &[(i64, i64)]| {
        let mut t = String::from("+-----+---+\n|value|  m|\n+-----+---+\n");
        for (v, m) in rows {
            t += &format!("|{v:>5}|{m:>3}|\n");
        }
        t + "+-----+---+\n"
    };
    let batch = |n: usize, rows: &[(i64, i64)]| {
        format!(
            "-------------------------------------------\nBatch: {n}\n-------------------------------------------\n{}\n",
            table(rows)
        )
    };
    let want = batch(0, &[(0, 0), (2, 0), (1, 1), (3, 1)])
        + &batch(1, &[(4, 0), (6, 0), (5, 1), (7, 1)])
        + &batch(2, &[]);
    assert_eq!(out.stdout, want);
}

/// `writeStream.foreach(writer)`: open(partition, epoch), process(row) for each row,
/// close(None) per epoch, printing on stderr as Spark's Python workers do (what
/// PySpark 3.5.9 printed there for `ss_foreach_writer.py`; its stdout is empty).
#[test]
fn foreach_writer_prints_on_stderr_as_spark_workers_do() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("conformance-ss");
    let src = fs::read_to_string(dir.join("cases/ss_foreach_writer.py")).expect("case");
    let out = run_case_recorded(&src, false);
    assert!(out.error.is_none(), "{:?}", out.error);
    assert_eq!(out.stdout, "");
    assert_eq!(
        out.stderr,
        "open 0 0\nrow ana 30\nrow bob 10\nclose None\nopen 0 1\nrow eva 40\nclose None\n"
    );
}

/// `start(); time.sleep(s); stop()`: Spark's query runs while its driver sleeps, so the
/// batches of those seconds print before the program goes on (with `maxFilesPerTrigger`
/// 1, one file a batch; the default trigger polls again at once).
#[test]
fn a_sleep_runs_the_active_querys_batches() {
    let program = r#"
import time
from pyspark.sql import SparkSession
spark = SparkSession.builder.master("local[2]").appName("sleep").getOrCreate()
lines = spark.readStream.option("maxFilesPerTrigger", 1).text("/in")
q = lines.writeStream.format("console").start()
time.sleep(2)
q.stop()
print("after")
"#;
    let mut files = BTreeMap::new();
    files.insert("/in/a.txt".to_string(), "uno\n".to_string());
    files.insert("/in/b.txt".to_string(), "dos\n".to_string());
    let out = run_program(
        program,
        RunOptions {
            session: SessionOptions::default(),
            batches: 20,
            io: Rc::new(MemoryIo::with_files(files)),
        },
    );
    assert!(out.error.is_none(), "{:?}", out.error);
    let batch = |n: usize, v: &str| {
        format!("-------------------------------------------\nBatch: {n}\n-------------------------------------------\n+-----+\n|value|\n+-----+\n|  {v}|\n+-----+\n\n")
    };
    assert_eq!(out.stdout, batch(0, "uno") + &batch(1, "dos") + "after\n");
}

/// `recentProgress`' `stateOperators` (top-down, Spark's short names, `numRowsTotal`)
/// per batch, as PySpark 3.5.9 printed them for the same runs: a windowed count over a
/// stream join, and a count over a deduplication.
#[test]
fn progress_lists_each_state_operator_and_its_rows() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("conformance-ss");
    let dedup = r#"data = [['{"ts": "2026-01-01 00:00:01", "user": "ana"}', '{"ts": "2026-01-01 00:00:02", "user": "ana"}', '{"ts": "2026-01-01 00:00:03", "user": "bob"}'],
        ['{"ts": "2026-01-01 00:00:30", "user": "eva"}']]
# --- program ---
events = spark.readStream.schema("ts TIMESTAMP, user STRING").option("maxFilesPerTrigger", 1).json(input_dir)
query = events.withWatermark("ts", "5 seconds").dropDuplicates(["user", "ts"]).groupBy("user").count().writeStream.outputMode("update").format("console").start()
"#;
    let join = fs::read_to_string(dir.join("cases/ss_join_then_window_count.py")).expect("case");
    let cases = [
        (join.as_str(), "[(0, [('stateStoreSave', 0), ('symmetricHashJoin', 3)]), (1, [('stateStoreSave', 2), ('symmetricHashJoin', 6)]), (2, [('stateStoreSave', 3), ('symmetricHashJoin', 8)]), (3, [('stateStoreSave', 4), ('symmetricHashJoin', 5)]), (4, [('stateStoreSave', 1), ('symmetricHashJoin', 2)])]"),
        (dedup, "[(0, [('stateStoreSave', 2), ('dedupe', 3)]), (1, [('stateStoreSave', 3), ('dedupe', 4)]), (2, [('stateStoreSave', 3), ('dedupe', 1)])]"),
    ];
    for (src, want) in cases {
        let src = format!(
            "{src}\nquery.processAllAvailable()\nprint([(p[\"batchId\"], [(o[\"operatorName\"], o[\"numRowsTotal\"]) for o in p[\"stateOperators\"]]) for p in query.recentProgress])\n"
        );
        let out = run_case(&src);
        assert_eq!(out.lines().last(), Some(want));
    }
}
