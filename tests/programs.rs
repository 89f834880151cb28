//! Whole programs: the course's full-program form, errors people meet, and the promises the
//! CLI makes (warnings, files, where prints go). Expected outputs come from Spark's goldens,
//! never written here by hand.

use runnel_pyspark::{run_program, MemoryIo, RunOptions, SessionOptions};
use runnel_tests::{compare, conformance_dir, run, Mode};
use std::rc::Rc;

fn golden(name: &str) -> serde_json::Value {
    let path = conformance_dir()
        .join("expected")
        .join(format!("{name}.json"));
    serde_json::from_str(&std::fs::read_to_string(path).expect("golden")).expect("json")
}

/// The `map_upper` case written as a complete program, as students run it with
/// spark-submit: it must print what Spark printed for the snippet.
#[test]
fn a_full_program_prints_what_spark_printed() {
    let src = r#"
from pyspark import SparkContext, SparkConf
from pyspark.streaming import StreamingContext

def createQueue(sc, data):
    queue = []
    for datum in data:
        rdd = sc.emptyRDD()
        for partition in datum:
            rdd = rdd.union(sc.parallelize(partition, 1))
        queue += [rdd]
    return queue

if __name__ == "__main__":
    sc = SparkContext(appName="miPrograma")
    sc.setLogLevel("ERROR")
    ssc = StreamingContext(sc, 1)
    data = [[["uno", "dos", "tres"]],
            [["cuatro", "cinco"]]]
    inputStream = ssc.queueStream(createQueue(sc, data))
    nuevoDStream = inputStream.map(lambda record: record.upper())
    nuevoDStream.pprint()
    ssc.start()
    ssc.awaitTerminationOrTimeout(3)
    ssc.stop(stopSparkContext=True, stopGraceFully=True)
"#;
    let got = run(src, "miPrograma.py", 10, 1.0, &["nuevoDStream"]);
    let problems = compare(&golden("map_upper"), &got, Mode::Exact);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn a_syntax_error_names_line_and_column() {
    let got = run("x = 1\ny = (2 +\n", "bad.py", 1, 1.0, &[]);
    let err = got.error.expect("a syntax error");
    assert!(err.contains("bad.py"), "{err}");
    assert!(err.contains("line 2"), "{err}");
    assert!(err.contains("SyntaxError"), "{err}");
}

/// A PySpark method Runnel does not have is refused by name with why, not reported as a
/// missing attribute; the calls that only label jobs for Spark's UI do nothing.
#[test]
fn missing_pyspark_methods_are_refused_by_name() {
    let src = "sc.setJobGroup('g', 'nightly')\n\
               sc.setLocalProperty('k', 'v')\n\
               s = ssc.queueStream(createQUEUERDD([[['a', 'b']]]))\n\
               s.foreachRDD(lambda rdd: print(rdd.pipe('cat').collect()))\n";
    let got = run(src, "pipe.py", 1, 1.0, &[]);
    let err = got.error.expect("refused");
    assert!(
        err.contains(
            "NotImplementedError: RDD.pipe() is not supported in Runnel: the engine runs no external processes"
        ),
        "{err}"
    );
    assert!(err.contains("line 4"), "{err}");
}

/// DataFrame attributes Runnel does not have (`df.rdd`, `describe`) are refused by name in
/// the batch, with the line, rather than reported as missing attributes.
#[test]
fn missing_dataframe_attributes_are_refused_by_name() {
    let program = |call: &str| {
        format!(
            "from pyspark.sql import SparkSession\n\
             s = ssc.queueStream(createQUEUERDD([[['a', 'b']]]))\n\
             def f(rdd):\n    \
                 spark = SparkSession.builder.getOrCreate()\n    \
                 df = rdd.map(lambda w: (w, 1)).toDF(['word', 'n'])\n    \
                 print(df.select(df.word).collect())\n    \
                 {call}\n\
             s.foreachRDD(f)\n"
        )
    };
    for (call, refusal) in [
        (
            "df.rdd.map(lambda r: r.word).collect()",
            "NotImplementedError: DataFrame.rdd is not supported in Runnel: a DataFrame does not turn back into an RDD here",
        ),
        (
            "df.describe().show()",
            "NotImplementedError: DataFrame.describe() is not supported in Runnel: summary statistics are not implemented",
        ),
    ] {
        let got = run(&program(call), "df_refused.py", 1, 1.0, &[]);
        let err = got.error.expect("refused");
        assert!(err.contains(refusal), "{err}");
        assert!(err.contains("line 7"), "{err}");
    }
}

#[test]
fn a_failing_udf_names_the_exception_the_line_and_the_batch() {
    let src = "data = [[[1, 2]], [[3, 0]]]\n\
               s = ssc.queueStream(createQUEUERDD(data))\n\
               def inv(x):\n    return 10 // x\n\
               s.map(inv).pprint()\n";
    let got = run(src, "div.py", 3, 1.0, &[]);
    let err = runnel_tests::failure(&got).expect("ZeroDivisionError");
    assert!(
        err.starts_with("Traceback (most recent call last):"),
        "{err}"
    );
    assert!(err.contains("ZeroDivisionError"), "{err}");
    assert!(err.contains("line 4"), "{err}");
    assert!(err.contains("1970-01-01 00:00:02"), "the batch time: {err}");
    // The first batch ran and printed before the failure.
    assert!(
        got.stdout.contains("Time: 1970-01-01 00:00:01"),
        "{}",
        got.stdout
    );
}

/// A partition whose step fails fails the batch only when a job computes it (pprint's
/// `take(11)` stops at partition 0 when it holds 11 records), after the outputs before.
#[test]
fn a_failing_partition_fails_the_job_that_computes_it() {
    let src = "data = [[[str(i) for i in range(12)], ['x']], [['1'], ['y']]]\n\
               s = ssc.queueStream(createQUEUERDD(data))\n\
               s.count().pprint()\n\
               s.map(int).pprint()\n";
    let got = run(src, "lazy.py", 2, 1.0, &[]);
    let err = runnel_tests::failure(&got).expect("the second batch's ValueError");
    assert!(
        err.contains("ValueError: invalid literal for int()"),
        "{err}"
    );
    assert!(err.contains("1970-01-01 00:00:02"), "the batch time: {err}");
    // The first batch's partition 1 was never computed; the second batch's count ran
    // before the map's take reached its partition 1.
    assert!(got.stdout.contains("\n9\n...\n"), "{}", got.stdout);
    assert!(
        got.stdout.ends_with(
            "Time: 1970-01-01 00:00:02\n-------------------------------------------\n2\n\n"
        ),
        "{}",
        got.stdout
    );
}

#[test]
fn an_endless_udf_ends_with_the_step_budget_error() {
    let src = "def spin(x):\n    while True:\n        pass\n\
               ssc.queueStream(createQUEUERDD([[[1]]])).map(spin).pprint()\n";
    let session = SessionOptions {
        step_budget: 100_000,
        ..SessionOptions::default()
    };
    let got = run_program(
        src,
        RunOptions {
            session,
            batches: 1,
            io: Rc::new(MemoryIo::default()),
        },
    );
    let err = got.error.expect("the budget error");
    assert!(err.contains("StepBudgetExceeded"), "{err}");
}

#[test]
fn stateful_operators_without_checkpoint_warn_and_run() {
    let src = "s = ssc.queueStream(createQUEUERDD([[[('a', 1)]]]))\n\
               s.updateStateByKey(lambda vs, st: sum(vs) + (st or 0)).pprint()\n";
    let got = run(src, "state.py", 2, 1.0, &[]);
    assert!(got.error.is_none(), "{:?}", got.error);
    assert!(
        got.stderr.contains("checkpoint"),
        "warning expected: {}",
        got.stderr
    );
    assert!(got.stdout.contains("('a', 1)"), "{}", got.stdout);
    let with_dir = format!("ssc.checkpoint('ckpt')\n{src}");
    let got = run(&with_dir, "state.py", 2, 1.0, &[]);
    assert!(
        !got.stderr.contains("checkpoint"),
        "no warning once a directory is set: {}",
        got.stderr
    );
}

#[test]
fn a_program_without_outputs_is_refused_like_spark() {
    let got = run(
        "s = ssc.queueStream(createQUEUERDD([[[1]]])).map(lambda x: x)\n",
        "none.py",
        1,
        1.0,
        &[],
    );
    let err = got.error.expect("no outputs");
    assert!(err.contains("No output operations registered"), "{err}");
}

#[test]
fn prints_in_tasks_go_to_stderr_and_on_the_driver_to_stdout() {
    let src = "def show(x):\n    print('task', x)\n    return x\n\
               def each(rdd):\n    print('driver', rdd.count())\n\
               s = ssc.queueStream(createQUEUERDD([[[7]]])).map(show)\n\
               s.foreachRDD(each)\n";
    let got = run(src, "prints.py", 1, 1.0, &[]);
    assert!(got.error.is_none(), "{:?}", got.error);
    assert_eq!(got.stdout, "driver 1\n");
    assert!(got.stderr.contains("task 7"), "{}", got.stderr);
}

#[test]
fn save_as_text_files_writes_sparks_layout() {
    let src =
        "ssc.queueStream(createQUEUERDD([[[1, 2], [3]]])).saveAsTextFiles('out/nums', 'txt')\n";
    let io = Rc::new(MemoryIo::default());
    let got = run_program(
        src,
        RunOptions {
            session: SessionOptions::default(),
            batches: 2,
            io: io.clone(),
        },
    );
    assert!(got.error.is_none(), "{:?}", got.error);
    let files = io.files.borrow();
    assert_eq!(
        files
            .get("out/nums-1000.txt/part-00000")
            .map(String::as_str),
        Some("1\n2\n")
    );
    assert_eq!(
        files
            .get("out/nums-1000.txt/part-00001")
            .map(String::as_str),
        Some("3\n")
    );
    assert_eq!(
        files.get("out/nums-1000.txt/_SUCCESS").map(String::as_str),
        Some("")
    );
    // The dry queue's batch: one empty partition.
    assert_eq!(
        files
            .get("out/nums-2000.txt/part-00000")
            .map(String::as_str),
        Some("")
    );
}

#[test]
fn unsupported_python_is_named_with_its_line() {
    let got = run(
        "x = 1\nclass A(metaclass=type):\n    pass\n",
        "cls.py",
        1,
        1.0,
        &[],
    );
    let err = got.error.expect("metaclasses are unsupported");
    assert!(err.contains("metaclass"), "{err}");
    assert!(err.contains("line 2"), "{err}");
}

/// The slides' checkpoint-recovery form (`StreamingContext.getOrCreate`), with `SparkConf`
/// and `StorageLevel`, prints what Spark printed for the same pipeline (`x_queue_of_lists`).
#[test]
fn get_or_create_runs_the_setup_function() {
    let src = r#"
from pyspark import SparkContext, SparkConf, StorageLevel
from pyspark.streaming import StreamingContext

def functionToCreateContext():
    conf = SparkConf().setAppName("miPrograma").setMaster("local[2]")
    sc = SparkContext.getOrCreate(conf)
    ssc = StreamingContext(sc, 1)
    nuevoDStream = ssc.queueStream([[1, 2, 3, 4, 5], ["a", "b", "c"]])
    nuevoDStream.persist(StorageLevel.MEMORY_AND_DISK)
    nuevoDStream.pprint()
    ssc.checkpoint("checkpoint")
    return ssc

context = StreamingContext.getOrCreate("checkpoint", functionToCreateContext)
context.start()
context.awaitTermination()
"#;
    let got = run(src, "recovery.py", 3, 1.0, &[]);
    let mut expected = golden("x_queue_of_lists");
    // The variable lives inside the setup function, so only the printed text is compared.
    expected
        .as_object_mut()
        .expect("object")
        .remove("nuevoDStream");
    let problems = compare(&expected, &got, Mode::Exact);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn runaway_recursion_is_a_short_recursion_error() {
    let src = "def f(n):\n    return 1 + f(n + 1)\nf(0)\n";
    let got = run(src, "rec.py", 1, 1.0, &[]);
    let err = got.error.expect("RecursionError");
    assert!(
        err.ends_with("RecursionError: maximum recursion depth exceeded"),
        "{err}"
    );
    assert!(
        err.contains("more times]"),
        "repeated frames collapse as in CPython: {err}"
    );
    assert!(err.lines().count() < 15, "{err}");
}

/// A host's native function, defined as a global, serves as a UDF (how the npm package
/// runs a JS app's callbacks).
#[test]
fn host_globals_serve_as_udfs() {
    let twice = runnel_python::NativeFunction::new("twice", |_, a| {
        let x = a
            .positional
            .first()
            .cloned()
            .unwrap_or(runnel_core::Value::None);
        x.binop(runnel_core::value::BinOp::Mul, &runnel_core::Value::Int(2))
    });
    let session = SessionOptions {
        globals: vec![("twice".into(), twice)],
        record: vec!["nuevoDStream".into()],
        ..SessionOptions::default()
    };
    let src = "nuevoDStream = ssc.queueStream(createQUEUERDD([[[1, 2], [3]]])).map(twice)\nnuevoDStream.pprint()\n";
    let got = run_program(
        src,
        RunOptions {
            session,
            batches: 1,
            io: Rc::new(MemoryIo::default()),
        },
    );
    assert!(got.error.is_none(), "{:?}", got.error);
    assert_eq!(
        got.streams["nuevoDStream"][0].partitions,
        vec![
            vec!["2".to_string(), "4".to_string()],
            vec!["6".to_string()]
        ]
    );
}

/// `lambda a, b: a + b` runs natively on numbers; on anything else, and on errors, it is
/// the Python function, with Python's result and traceback.
#[test]
fn native_fast_paths_keep_python_results_and_errors() {
    let src = "data = [[[('k', 'a'), ('k', 'b'), ('n', 1), ('n', 2.5)]]]\n\
               s = ssc.queueStream(createQUEUERDD(data)).reduceByKey(lambda a, b: a + b)\n\
               s.pprint()\n";
    let got = run(src, "fast.py", 1, 1.0, &[]);
    assert!(got.error.is_none(), "{:?}", got.error);
    assert!(
        got.stdout.contains("('k', 'ab')") && got.stdout.contains("('n', 3.5)"),
        "{}",
        got.stdout
    );
    let bad = "data = [[[('k', 1), ('k', 'x')]]]\n\
               ssc.queueStream(createQUEUERDD(data)).reduceByKey(lambda a, b: a + b).pprint()\n";
    let err = runnel_tests::failure(&run(bad, "bad.py", 1, 1.0, &[])).expect("TypeError");
    assert!(
        err.contains("unsupported operand type(s) for +: 'int' and 'str'"),
        "{err}"
    );
    assert!(
        err.contains("line 2, in <lambda>"),
        "the lambda's frame: {err}"
    );
}

/// The master a program names sets `sc.defaultParallelism` as Spark's local scheduler
/// does (its thread count), and with it the partitions of `parallelize`, `queueStream`
/// and a DStream's `reduceByKey`; `local[*]` keeps the session's default (2).
#[test]
fn the_programs_master_sets_the_default_parallelism() {
    let src = |make_sc: &str| {
        format!(
            "from pyspark import SparkContext, SparkConf\n\
             from pyspark.streaming import StreamingContext\n\
             {make_sc}\n\
             ssc = StreamingContext(sc, 1)\n\
             print(sc.defaultParallelism, sc.parallelize(range(10)).getNumPartitions())\n\
             s = ssc.queueStream([list(range(8))])\n\
             s.foreachRDD(lambda r: print('queue', r.getNumPartitions()))\n\
             s.map(lambda x: (x, 1)).reduceByKey(lambda a, b: a + b)\
             .foreachRDD(lambda r: print('reduced', r.getNumPartitions()))\n"
        )
    };
    for (make_sc, n) in [
        ("sc = SparkContext('local[4]', 'app')", 4),
        ("sc = SparkContext(master='local')", 1),
        (
            "sc = SparkContext(conf=SparkConf().setMaster('local[3,2]'))",
            3,
        ),
        (
            "sc = SparkContext(conf=SparkConf().set('spark.default.parallelism', 5))",
            5,
        ),
        ("sc = SparkContext('local[*]')", 2),
        ("sc = SparkContext(appName='miPrograma')", 2),
    ] {
        let got = run(&src(make_sc), "prog.py", 1, 1.0, &[]);
        assert_eq!(got.error, None, "{make_sc}");
        assert_eq!(
            got.stdout,
            format!("{n} {n}\nqueue {n}\nreduced {n}\n"),
            "{make_sc}"
        );
    }
    let bad = "from pyspark import SparkContext\nsc = SparkContext('local[x]')\n";
    let got = run(bad, "prog.py", 0, 1.0, &[]);
    let err = got.error.expect("a bad master is an error");
    assert!(
        err.contains("ValueError: Could not parse Master URL: 'local[x]'"),
        "{err}"
    );
}

/// A program whose every batch fails to generate its jobs (its transform function raises
/// on the driver each time) ends the run after as many batches again, each error on
/// stderr, instead of waiting forever for a batch that runs jobs.
#[test]
fn a_batch_that_never_generates_jobs_ends_the_run() {
    let src = r#"
data = [[[1, 2]], [[3]]]
s = ssc.queueStream(createQUEUERDD(data))
def boom(rdd):
    raise ValueError("never")
s.transform(boom).pprint()
"#;
    let got = run(src, "stall.py", 3, 1.0, &[]);
    assert!(got.error.is_none(), "{:?}", got.error);
    assert_eq!(got.stdout, "");
    let failed = got.stderr.matches("Error generating jobs for time").count();
    assert_eq!(failed, 4, "{}", got.stderr);
}
