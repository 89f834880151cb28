//! Structured Streaming driven by its host, as the browser worker drives it: with a host
//! whose `awaitTermination` returns at once, the module code runs no micro-batch and each
//! `trigger_queries` runs one; the records carry what the playground draws (rows,
//! watermarks, state, event times, late rows) and the queries describe their plans. The
//! output equals Spark's golden (tests/conformance-ss/expected/ss_window_wordcount.txt).
#![cfg(feature = "sql")]

use runnel_core::stream::StreamId;
use runnel_core::time::Time;
use runnel_core::Result;
use runnel_pyspark::{Io, MemoryIo, Session, SessionHost, SessionOptions, Source};
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

/// A host that, like the worker's, returns from `awaitTermination` at once.
struct DeferringHost {
    out: RefCell<String>,
    files: MemoryIo,
}

impl SessionHost for DeferringHost {
    fn stdout(&self, text: &str) {
        self.out.borrow_mut().push_str(text);
    }
    fn stderr(&self, _text: &str) {}
    fn now_millis(&self) -> i64 {
        0
    }
    fn write_file(&self, path: &str, contents: &str) -> Result<()> {
        self.files.write(path, contents)
    }
    fn read_file(&self, path: &str) -> Result<String> {
        self.files.read(path)
    }
    fn list_dir(&self, dir: &str) -> Result<Vec<(String, i64)>> {
        self.files.list_dir(dir)
    }
    fn open_source(&self, _stream: StreamId, _source: &Source) -> Result<()> {
        Ok(())
    }
    fn zero_time(&self, _batch_ms: i64) -> Time {
        Time(0)
    }
    fn await_termination(&self, _session: &Session, _timeout: Option<f64>) -> Result<bool> {
        Ok(false)
    }
    fn defers_stop(&self) -> bool {
        true
    }
}

const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/conformance-ss/");

/// The case's data as files `in/part-NNN.json` (its lines are JSON strings of the data).
fn case_files(case: &str) -> BTreeMap<String, String> {
    let head = case.split("# --- program ---").next().unwrap();
    let mut files = BTreeMap::new();
    for (i, line) in head.lines().enumerate() {
        let lines: Vec<&str> = line.split('\'').skip(1).step_by(2).collect();
        files.insert(format!("in/part-{i:03}.json"), lines.join("\n") + "\n");
    }
    files
}

#[test]
fn a_deferring_host_runs_one_micro_batch_per_trigger() {
    let case = std::fs::read_to_string(format!("{ROOT}cases/ss_window_wordcount.py")).unwrap();
    let golden =
        std::fs::read_to_string(format!("{ROOT}expected/ss_window_wordcount.txt")).unwrap();
    let program = format!(
        "from pyspark.sql import SparkSession\n\
         spark = SparkSession.builder.config(\"spark.sql.shuffle.partitions\", \"2\").getOrCreate()\n\
         input_dir = \"in\"\n{}\nquery.awaitTermination()\nprint(\"after awaitTermination\")\n",
        case.split("# --- program ---\n").nth(1).unwrap()
    );
    let files = case_files(&case);
    assert_eq!(files.len(), 5);
    let host = Rc::new(DeferringHost {
        out: RefCell::default(),
        files: MemoryIo::with_files(files),
    });
    let session = Session::new(
        host.clone(),
        SessionOptions {
            record_queries: true,
            ..SessionOptions::default()
        },
    );
    session.run(&program).expect("the module code runs");
    // awaitTermination returned at once: no micro-batch yet.
    assert_eq!(host.out.take(), "after awaitTermination\n");
    assert!(session.has_active_queries());
    let plans = session.describe_queries();
    assert_eq!(plans.len(), 1);
    assert_eq!(
        (plans[0].mode.as_str(), plans[0].sink.as_str()),
        ("append", "console")
    );
    let ops: Vec<&str> = plans[0].plan.iter().map(|l| l.op.as_str()).collect();
    assert_eq!(ops[0], "Aggregate");
    assert!(ops.contains(&"EventTimeWatermark"), "{ops:?}");
    assert_eq!(plans[0].plan.last().unwrap().op, "FileStreamSource[json]");

    let mut records = Vec::new();
    let mut out = String::new();
    while session.trigger_queries(0).expect("a trigger") {
        out.push_str(&host.out.take());
        let mut batch = session.take_query_records();
        let list = batch.remove(&plans[0].name).unwrap_or_default();
        assert_eq!(list.len(), 1, "one micro-batch per trigger");
        records.extend(list);
        assert!(records.len() <= 10, "the triggers never end");
    }
    assert_eq!(
        out, golden,
        "the triggered micro-batches print what Spark printed"
    );
    assert_eq!(records.len(), 6);
    // Batch 0 saw its words' event times; the watermark moved to the max event time - 10 s.
    assert_eq!(
        records[0].event_times_ms.len(),
        7,
        "one per word: the watermark follows explode"
    );
    let t = |s: &str| runnel_sql::timefmt::parse_ts(s, 0).unwrap() / 1000;
    assert_eq!(records[0].next_watermark_ms, Some(t("2026-01-01 09:59:57")));
    // Batch 3 emits the windows the watermark passed; they leave the state.
    assert!(records[3].rows.iter().any(|r| r[1] == "tarde"));
    assert!(records[3].late.is_empty());
    // Batch 4's "muy tarde" (10:00:06) falls in a window that ended before the watermark
    // it ran with: both words are dropped as late, on that window.
    let window = "{2026-01-01 10:00:00, 2026-01-01 10:00:10}";
    assert_eq!(
        records[4].late,
        vec![window.to_string(), window.to_string()]
    );
    assert!(records[4].state.iter().all(|row| row[0] != window));
    // Batch 5 is Spark's data-less batch: the watermark moved past a window in the state.
    assert_eq!(records[5].input_rows, 0);
    assert!(records[5].event_times_ms.is_empty());
}

/// Each source is named in the plan as Spark 3.5's micro-batch reader of it.
#[test]
fn query_plans_name_each_source_as_spark_reads_it() {
    let host = Rc::new(DeferringHost {
        out: RefCell::default(),
        files: MemoryIo::with_files(BTreeMap::new()),
    });
    let session = Session::new(host, SessionOptions::default());
    let program = "from pyspark.sql import SparkSession\n\
         spark = SparkSession.builder.getOrCreate()\n\
         r = spark.readStream.format('rate').load()\n\
         s = spark.readStream.format('socket').option('host', 'localhost').option('port', 9999).load()\n\
         t = spark.readStream.text('in')\n\
         for df in (r, s, t):\n    df.writeStream.format('console').start()\n";
    session.run(program).expect("the module code runs");
    let sources: Vec<String> = session
        .describe_queries()
        .iter()
        .map(|q| q.plan.last().unwrap().op.clone())
        .collect();
    assert_eq!(
        sources,
        [
            "RateStreamMicroBatchStream",
            "TextSocketMicroBatchStream",
            "FileStreamSource[text]"
        ]
    );
}
