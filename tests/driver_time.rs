//! What the driver's own code does to a running program: `time.sleep` lets the batches of
//! those seconds run (as Spark's go on while its driver sleeps), `sc._jvm` is accepted,
//! and a call that does not fit an operator's parameters is a clear error at its line.
//! Outputs are compared with Spark's goldens, never written here.

use runnel_tests::{compare, conformance_dir, run, Mode};

fn golden(name: &str) -> serde_json::Value {
    let path = conformance_dir()
        .join("expected")
        .join(format!("{name}.json"));
    serde_json::from_str(&std::fs::read_to_string(path).expect("golden")).expect("json")
}

/// The `map_upper` case as a full program that ends with `ssc.start()`, `time.sleep(...)`
/// and `ssc.stop()` (the common tutorial shape), quieting Spark's logs through the JVM.
fn map_upper_sleeping(sleeps: &str) -> String {
    format!(
        r#"
import time
from pyspark import SparkContext
from pyspark.streaming import StreamingContext

sc = SparkContext(appName="sleepy")
sc.setLogLevel("WARN")
log4j = sc._jvm.org.apache.log4j
log4j.LogManager.getLogger("org").setLevel(log4j.Level.ERROR)
sc._jvm.org.apache.log4j.LogManager.getRootLogger().setLevel(log4j.Level.ERROR)
ssc = StreamingContext(sc, 1)
data = [[["uno", "dos", "tres"]], [["cuatro", "cinco"]]]
queue = []
for datum in data:
    rdd = sc.emptyRDD()
    for partition in datum:
        rdd = rdd.union(sc.parallelize(partition, 1))
    queue += [rdd]
nuevoDStream = ssc.queueStream(queue).map(lambda record: record.upper())
nuevoDStream.pprint()
ssc.start()
{sleeps}
ssc.stop()
print("stopped")
"#
    )
}

#[test]
fn the_batches_of_a_sleep_run_during_it() {
    let golden = golden("map_upper");
    let seconds = golden["batches"].as_i64().unwrap();
    for sleeps in [
        format!("time.sleep({seconds})"),
        format!("time.sleep({})\ntime.sleep({})", seconds as f64 - 0.5, 0.5),
        format!("ssc.awaitTerminationOrTimeout({seconds})"),
    ] {
        // Many more batches allowed than the sleep covers: the sleep decides.
        let mut got = run(
            &map_upper_sleeping(&sleeps),
            "sleepy.py",
            100,
            1.0,
            &["nuevoDStream"],
        );
        assert_eq!(got.error, None, "{sleeps}");
        assert!(
            got.stdout.ends_with("stopped\n"),
            "{sleeps}: {}",
            got.stdout
        );
        got.stdout.truncate(got.stdout.len() - "stopped\n".len());
        let problems = compare(&golden, &got, Mode::Exact);
        assert!(problems.is_empty(), "{sleeps}:\n{}", problems.join("\n"));
        assert_eq!(
            got.stderr.matches("there is no JVM").count(),
            1,
            "said once: {}",
            got.stderr
        );
    }
}

#[test]
fn a_sleep_before_start_or_inside_a_batch_runs_no_batch() {
    let src = r#"
import time
time.sleep(5)
nums = ssc.queueStream([[1], [2], [3]])
def slow(rdd):
    time.sleep(10)
    print(rdd.collect())
nums.foreachRDD(slow)
ssc.start()
time.sleep(2)
ssc.stop()
"#;
    let got = run(src, "slow.py", 10, 1.0, &[]);
    assert_eq!(got.error, None);
    assert_eq!(got.stdout, "[1]\n[2]\n");
}

#[test]
fn a_misspelt_keyword_names_the_operator_the_argument_meant_and_the_line() {
    let src = "nums = ssc.queueStream([[1]])\n\ncounts = nums.map(lambda x: (x, 1)).reduceByKey(lambda a, b: a + b, numPartition=2)\n";
    let got = run(src, "typo.py", 1, 1.0, &[]);
    let err = got.error.expect("a TypeError");
    assert!(err.contains("line 3"), "{err}");
    assert!(
        err.contains("TypeError: DStream.reduceByKey() got an unexpected keyword argument 'numPartition'. Did you mean 'numPartitions'?"),
        "{err}"
    );
}

#[test]
fn binary_records_stream_without_files_is_refused_at_its_line() {
    // This host has no directories to read.
    let src = "x = 1\nrecords = ssc.binaryRecordsStream(\"data\", 4)\n";
    let err = run(src, "bin.py", 1, 1.0, &[]).error.expect("refused");
    assert!(
        err.contains("line 2") && err.contains("BinaryFiles") && err.contains("not available"),
        "{err}"
    );
    // Any int length is taken (Spark fails later, when a file is read).
    let src = "records = ssc.binaryRecordsStream(\"data\", 0)\n";
    let err = run(src, "bin.py", 1, 1.0, &[]).error.expect("refused");
    assert!(err.contains("not available"), "{err}");
    // Its arguments are checked first, as for every operator.
    let src = "records = ssc.binaryRecordsStream(\"data\")\n";
    let err = run(src, "bin.py", 1, 1.0, &[]).error.expect("refused");
    assert!(
        err.contains("missing 1 required positional argument: 'recordLength'"),
        "{err}"
    );
}

/// Every entry of the operator registry is a method of the Python class it names.
#[test]
fn every_registry_entry_has_its_method() {
    use runnel_pyspark::operators::{Receiver, OPERATORS};
    let mut src = String::from("nums = ssc.queueStream([[1]])\n");
    for op in OPERATORS {
        let target = match op.receiver {
            Receiver::StreamingContext => "ssc",
            Receiver::DStream => "nums",
        };
        src.push_str(&format!("assert callable({target}.{})\n", op.name));
    }
    src.push_str("nums.pprint()\n");
    let got = run(&src, "registry.py", 1, 1.0, &[]);
    assert_eq!(got.error, None);
}

/// Spark's own streaming tests slice on the driver after letting batches run: with
/// `remember`, the past batches are there (none recomputed from the queue).
#[test]
fn slice_on_the_driver_after_a_sleep_returns_the_remembered_batches() {
    let src = r#"
import time
from datetime import datetime
ssc.remember(10)
nums = ssc.queueStream([[1], [2], [3], [4]])
nums.pprint()
ssc.start()
time.sleep(3)
print([r.collect() for r in nums.slice(0, 3)])
print([r.collect() for r in nums.slice(datetime.fromtimestamp(2), datetime.fromtimestamp(3))])
ssc.stop()
"#;
    let got = run(src, "slice.py", 10, 1.0, &[]);
    assert_eq!(got.error, None);
    assert!(
        got.stdout.ends_with("[[1], [2], [3]]\n[[2], [3]]\n"),
        "{}",
        got.stdout
    );
}
