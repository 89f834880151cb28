//! The trivial lambdas a word count is made of (`l.split(sep)`, `(w, 1)`, `a + b`) run
//! natively, fused into `reduceByKey`'s combiner. A `def` with the same body always goes
//! through the interpreter, so each program is run both ways: the output must not change.

use runnel_tests::run;

/// The program with `lambda`s, and the same program with `def`s.
fn both_forms(data: &str, sep: &str, one: &str) -> (String, String) {
    let head = format!(
        "lines = ssc.queueStream([sc.parallelize({data}, 2), sc.parallelize(({data})[::-1], 3)])\n"
    );
    let fast = format!(
        "{head}lines.flatMap(lambda l: l.split({sep})).map(lambda w: (w, {one}))\
         .reduceByKey(lambda a, b: a + b).pprint(100)\n"
    );
    let slow = format!(
        "{head}def split(l):\n    return l.split({sep})\n\
         def pair(w):\n    return (w, {one})\n\
         def add(a, b):\n    return a + b\n\
         lines.flatMap(split).map(pair).reduceByKey(add).pprint(100)\n"
    );
    let [fast, slow] = [fast, slow].map(|src| {
        let out = run(&src, "prog.py", 2, 1.0, &[]);
        // A traceback names the function's own line: compare the errors themselves (a
        // failed job's is on stderr, the stream going on; a run's ends it).
        let errors = |text: &str| {
            text.lines()
                .filter(|l| l.contains("Error"))
                .collect::<Vec<_>>()
                .join("\n")
        };
        let error = out.error.as_deref().map(errors);
        format!("{}{}{:?}", out.stdout, errors(&out.stderr), error)
    });
    (fast, slow)
}

#[test]
fn words_split_on_one_char_count_as_in_the_interpreter() {
    let data = r#"["el gato  y el perro", "", " canción é canción ", "日本 語 日本", "x"] * 3"#;
    let (fast, slow) = both_forms(data, r#"" ""#, "1");
    assert_eq!(fast, slow);
    assert!(fast.contains("('canción', 6)"), "{fast}");
    assert!(fast.contains("('', "), "{fast}");
}

#[test]
fn words_split_on_a_longer_or_wide_separator_count_as_in_the_interpreter() {
    let data = r#"["a, b, a", "b,c, a", "日本、語、日本"]"#;
    for sep in [r#"", ""#, r#""、""#, r#""a""#] {
        let (fast, slow) = both_forms(data, sep, "1");
        assert_eq!(fast, slow, "sep {sep}");
    }
}

#[test]
fn counts_past_the_int64_range_and_float_counts_add_as_in_the_interpreter() {
    let data = r#"["w w w v"]"#;
    for one in ["9223372036854775807", "0.5", "'s'", "True"] {
        let (fast, slow) = both_forms(data, r#"" ""#, one);
        assert_eq!(fast, slow, "value {one}");
    }
}

#[test]
fn a_record_that_is_not_a_str_fails_as_in_the_interpreter() {
    let (fast, slow) = both_forms(r#"["a b", 7]"#, r#"" ""#, "1");
    assert_eq!(fast, slow);
    assert!(fast.contains("AttributeError"), "{fast}");
}
