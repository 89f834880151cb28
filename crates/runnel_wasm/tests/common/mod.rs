//! Test bodies shared by the Node and the browser runs of the binding.

use js_sys::{Array, Object, Reflect};
use runnel_wasm::{run_program_js, LiveSession};
use wasm_bindgen::JsValue;

const WORD_COUNT: &str = "\
data = [[\"a b a\"], [\"b c\"]]
lines = ssc.queueStream(createQUEUERDD(data))
nuevoDStream = lines.flatMap(lambda l: l.split(\" \")).map(lambda w: (w, 1)).reduceByKey(lambda a, b: a + b)
nuevoDStream.pprint()
";

/// `{k: v, ...}` from pairs.
pub fn object(pairs: &[(&str, JsValue)]) -> JsValue {
    let o = Object::new();
    for (k, v) in pairs {
        Reflect::set(&o, &JsValue::from_str(k), v).expect("set");
    }
    o.into()
}

fn get(v: &JsValue, path: &[&str]) -> JsValue {
    path.iter().fold(v.clone(), |v, k| {
        Reflect::get(&v, &JsValue::from_str(k)).expect("get")
    })
}

fn record(names: &[&str]) -> JsValue {
    names
        .iter()
        .map(|n| JsValue::from_str(n))
        .collect::<Array>()
        .into()
}

pub fn run_program_gives_the_cli_object() {
    let options = object(&[
        ("batches", 2.into()),
        ("batchSeconds", 1.into()),
        ("record", record(&["nuevoDStream"])),
    ]);
    let out = run_program_js(WORD_COUNT, options)
        .map_err(JsValue::from)
        .expect("runs");
    let stdout = get(&out, &["stdout"]).as_string().expect("stdout");
    assert!(stdout.contains("Time: 1970-01-01 00:00:01\n"), "{stdout}");
    assert!(stdout.contains("('a', 2)"), "{stdout}");
    let batches = Array::from(&get(&out, &["streams", "nuevoDStream"]));
    assert_eq!(batches.length(), 2);
    assert_eq!(get(&batches.get(0), &["time_ms"]).as_f64(), Some(1000.0));
    assert!(
        get(&out, &["error"]).is_undefined(),
        "no error key on success, as the CLI"
    );
}

pub fn a_failing_program_reports_the_cli_message() {
    let out = run_program_js("x = 1 +\n", object(&[("batches", 1.into())]))
        .map_err(JsValue::from)
        .expect("resolves");
    let error = get(&out, &["error"]).as_string().expect("an error");
    assert!(error.contains("line 1"), "{error}");
}

pub fn a_runaway_udf_ends_with_the_step_budget_error() {
    let src = "def f(x):\n    while True:\n        x += 1\nnuevoDStream = ssc.queueStream([sc.parallelize([1])]).map(f)\nnuevoDStream.pprint()\n";
    let options = object(&[("batches", 1.into()), ("stepBudget", 10_000.into())]);
    let out = run_program_js(src, options)
        .map_err(JsValue::from)
        .expect("resolves");
    let error = get(&out, &["error"]).as_string().expect("an error");
    assert!(error.to_lowercase().contains("step"), "{error}");
    // The module is still usable.
    run_program_gives_the_cli_object();
}

pub fn bad_options_are_errors_not_traps() {
    assert!(run_program_js(WORD_COUNT, object(&[("batches", "four".into())])).is_err());
    assert!(
        run_program_js(WORD_COUNT, object(&[("batchSeconds", 1.into())])).is_err(),
        "batches is required"
    );
    assert!(run_program_js(
        WORD_COUNT,
        object(&[("batches", 1.into()), ("batchSeconds", (-1).into())])
    )
    .is_err());
    assert!(run_program_js(
        WORD_COUNT,
        object(&[("batches", 1.into()), ("clock", "system".into())])
    )
    .is_err());
}

pub fn a_live_session_runs_batch_by_batch_with_pushed_lines() {
    let options = object(&[
        ("clock", "logical".into()),
        ("record", record(&["nuevoDStream"])),
    ]);
    let mut session = LiveSession::new(options)
        .map_err(JsValue::from)
        .expect("session");
    let src = "lines = ssc.socketTextStream(\"localhost\", 9999)\nnuevoDStream = lines.map(lambda l: l.upper())\nnuevoDStream.pprint()\nssc.start()\nssc.awaitTermination()\nprint(\"after\")\n";
    let started = session.start(src).expect("starts");
    assert_eq!(
        get(&started, &["stdout"]).as_string().as_deref(),
        Some("after\n"),
        "statements after awaitTermination run first"
    );
    let sources = Array::from(&get(&started, &["sources"]));
    assert_eq!(sources.length(), 1);
    assert_eq!(
        get(&sources.get(0), &["key"]).as_string().as_deref(),
        Some("localhost:9999")
    );
    let stream = get(&sources.get(0), &["stream"]).as_f64().expect("stream") as usize;
    session
        .push_lines(stream, vec!["hola".into(), "mundo".into()])
        .map_err(JsValue::from)
        .expect("push");
    let batch = session.run_batch().expect("batch");
    assert_eq!(get(&batch, &["timeMs"]).as_f64(), Some(1000.0));
    assert_eq!(get(&batch, &["recordsIn"]).as_f64(), Some(2.0));
    let stdout = get(&batch, &["stdout"]).as_string().expect("stdout");
    assert!(stdout.contains("HOLA\nMUNDO\n"), "{stdout}");
    let parts = Array::from(&get(&batch, &["streams", "nuevoDStream"]));
    assert_eq!(parts.length(), 1);
    assert_eq!(session.next_batch_time_ms(), Some(2000.0));
    let empty = session.run_batch().expect("batch 2");
    assert_eq!(get(&empty, &["recordsIn"]).as_f64(), Some(0.0));
}

pub fn a_live_session_reports_errors_as_errors() {
    let mut session = LiveSession::new(JsValue::UNDEFINED)
        .map_err(JsValue::from)
        .expect("session");
    let failing = "ssc.queueStream([sc.parallelize([1])]).map(lambda x: 1 / 0).pprint()\n";
    let waits = format!("{failing}ssc.start()\nssc.awaitTermination()\n");
    assert!(session.start(&waits).is_ok());
    let err = session.run_batch().expect_err("fails");
    let message = get(&err, &["message"]).as_string().unwrap_or_default();
    assert!(message.contains("ZeroDivisionError"), "{message}");
    // A snippet (no awaitTermination) goes on as Spark's does; the batch carries the error.
    let mut session = LiveSession::new(JsValue::UNDEFINED)
        .map_err(JsValue::from)
        .expect("session");
    assert!(session.start(failing).is_ok());
    let batch = session.run_batch().expect("the stream goes on");
    let errors = Array::from(&get(&batch, &["jobErrors"]));
    assert_eq!(errors.length(), 1);
    let exc = get(&errors.get(0), &["excType"]).as_string();
    assert_eq!(exc.as_deref(), Some("ZeroDivisionError"));
    assert!(LiveSession::new(object(&[("clock", "sundial".into())])).is_err());
}

pub fn stop_after_await_with_timeout_is_deferred() {
    let options = object(&[("clock", "logical".into())]);
    let mut session = LiveSession::new(options)
        .map_err(JsValue::from)
        .expect("session");
    let src = "ssc.queueStream([sc.parallelize([1])]).pprint()\nssc.start()\nssc.awaitTerminationOrTimeout(2)\nssc.stop()\n";
    let started = session.start(src).expect("starts");
    assert_eq!(get(&started, &["stopRequested"]).as_bool(), Some(true));
    assert_eq!(get(&started, &["awaitTimeoutSeconds"]).as_f64(), Some(2.0));
    assert!(!session.is_stopped());
    assert!(session.run_batch().expect("batch").is_object());
}

fn js_functions(sources: &[&str]) -> JsValue {
    sources
        .iter()
        .map(|s| JsValue::from_str(s))
        .collect::<Array>()
        .into()
}

pub fn js_functions_are_globals_and_convert_values() {
    let src = "nuevoDStream = ssc.queueStream([sc.parallelize([\"a b a\", None])]).map(__js_0).flatMap(__js_1).map(__js_2).map(__js_3)\nnuevoDStream.pprint()\n";
    let options = object(&[
        ("batches", 1.into()),
        ("record", record(&["nuevoDStream"])),
        (
            "jsFunctions",
            js_functions(&[
                "l => l === null ? '' : l // null from None, back to a str",
                "function (l) { return l.split(' ').filter(w => w) }",
                "w => ({ w: [w, 1.5, 2 ** 60] })",
                "d => [d, Object.keys(d).length]",
            ]),
        ),
    ]);
    let out = run_program_js(src, options)
        .map_err(JsValue::from)
        .expect("runs");
    assert!(get(&out, &["error"]).is_undefined(), "{:?}", out);
    let stdout = get(&out, &["stdout"]).as_string().expect("stdout");
    // A plain object is a dict, an array a tuple, 2**60 (beyond 2**53) a float.
    assert!(
        stdout.contains("({'w': ('a', 1.5, 1.152921504606847e+18)}, 1)")
            && stdout.contains("({'w': ('b', 1.5, 1.152921504606847e+18)}, 1)"),
        "{stdout}"
    );
}

/// What made a run fail: its `error`, else its first failed job (a snippet goes on past
/// it, as Spark's JobScheduler does).
fn failure(out: &JsValue) -> String {
    if let Some(error) = get(out, &["error"]).as_string() {
        return error;
    }
    let first = Array::from(&get(out, &["job_errors"])).get(0);
    match first.is_object() {
        true => get(&first, &["traceback"]).as_string().unwrap_or_default(),
        false => String::new(),
    }
}

pub fn js_function_errors_are_python_errors_not_traps() {
    let cases = [
        (
            "() => { throw new Error('no') }",
            "JSError: no\n  in the batch of 1970-01-01 00:00:01",
        ),
        ("() => { throw 42 }", "JSError: 42"),
        (
            "() => Symbol('x')",
            "TypeError: a JS function returned a symbol",
        ),
        ("() => 10n", "TypeError: a JS function returned a bigint"),
        (
            "() => { const a = []; a.push(a); return a }",
            "ValueError: a value a JS function returned is nested too deeply",
        ),
    ];
    let src = "nuevoDStream = ssc.queueStream([sc.parallelize([1])]).map(__js_0)\nnuevoDStream.pprint()\n";
    for (f, want) in cases {
        let options = object(&[("batches", 1.into()), ("jsFunctions", js_functions(&[f]))]);
        let out = run_program_js(src, options)
            .map_err(JsValue::from)
            .expect("resolves");
        let error = failure(&out);
        assert!(error.contains(want), "{f}: {error}");
    }
    // A Python value with no JS counterpart, and a text that is no function.
    let opaque = "nuevoDStream = ssc.queueStream([sc.parallelize([0])]).map(lambda x: abs).map(__js_0)\nnuevoDStream.pprint()\n";
    let out = run_program_js(
        opaque,
        object(&[
            ("batches", 1.into()),
            ("jsFunctions", js_functions(&["x => 1"])),
        ]),
    )
    .map_err(JsValue::from)
    .expect("resolves");
    let error = failure(&out);
    assert!(
        error.contains(
            "TypeError: a Python builtin_function_or_method cannot be passed to a JS function"
        ),
        "{error}"
    );
    let err = run_program_js(
        src,
        object(&[
            ("batches", 1.into()),
            ("jsFunctions", js_functions(&["x =>", "1"])),
        ]),
    )
    .err()
    .map(JsValue::from)
    .expect("rejects");
    let message = get(&err, &["message"]).as_string().unwrap_or_default();
    assert!(
        message.contains("jsFunctions[0] is not a JS function expression (SyntaxError"),
        "{message}"
    );
}

/// The same arrivals as `tests/playground.rs`'s `arrival_times_cut_blocks_into_partitions`
/// give the same partitions: the worker drives the core's receiver tracker as the CLI does.
pub fn the_receiver_tracker_cuts_blocks_as_natively() {
    let options = object(&[("clock", "logical".into()), ("record", record(&["lines"]))]);
    let mut session = LiveSession::new(options)
        .map_err(JsValue::from)
        .expect("session");
    session
        .start("lines = ssc.socketTextStream('localhost', 9999)\nlines.pprint()\n")
        .expect("starts");
    let arrivals: [(f64, &[&str]); 5] = [
        (0.0, &["a", "b"]),
        (150.0, &["c"]),
        (250.0, &["d"]),
        (990.0, &["e"]),
        (1100.0, &["f"]),
    ];
    for (t, lines) in arrivals {
        let lines = lines.iter().map(|l| l.to_string()).collect();
        session
            .receive(0, t, lines)
            .map_err(JsValue::from)
            .expect("receive");
    }
    let mut got = Vec::new();
    for _ in 0..2 {
        let batch = session.run_batch().expect("batch");
        let parts = Array::from(&get(&batch, &["streams", "lines"]));
        let parts: Vec<Vec<String>> = parts
            .iter()
            .map(|p| {
                Array::from(&p)
                    .iter()
                    .filter_map(|r| r.as_string())
                    .collect()
            })
            .collect();
        got.push(parts);
    }
    let p = |xs: &[&str]| xs.iter().map(|x| format!("'{x}'")).collect::<Vec<_>>();
    assert_eq!(
        got,
        vec![
            vec![p(&["a", "b", "c"]), p(&["d"]), p(&["e"])],
            vec![p(&["f"])]
        ]
    );
}
