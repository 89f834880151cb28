//! Pieces whose rules come from Java and Spark: double text, show() tables, timestamps,
//! intervals, the SQL subset, split patterns.

use runnel_sql::datum::{java_double, Datum};
use runnel_sql::show::show_string;
use runnel_sql::timefmt::{format_ts, parse_interval, parse_ts};
use runnel_sql::types::{parse_ddl, DataType, Field, Schema};

#[test]
fn doubles_print_as_java_does() {
    assert_eq!(java_double(1.0), "1.0");
    assert_eq!(java_double(0.001), "0.001");
    assert_eq!(java_double(1e-4), "1.0E-4");
    assert_eq!(java_double(1.5e-5), "1.5E-5");
    assert_eq!(java_double(1e7), "1.0E7");
    assert_eq!(java_double(123456789.0), "1.23456789E8");
    assert_eq!(java_double(-2.5), "-2.5");
    assert_eq!(java_double(f64::NAN), "NaN");
    assert_eq!(java_double(f64::NEG_INFINITY), "-Infinity");
}

fn schema(names: &[&str]) -> Schema {
    Schema::new(
        names
            .iter()
            .map(|n| Field::new(n, DataType::String))
            .collect(),
    )
}

#[test]
fn show_truncates_pads_and_counts_full_width_characters() {
    let rows = vec![
        vec![Datum::str("una cadena muy larga que se corta"), Datum::Null],
        vec![Datum::str("日本"), Datum::str("x")],
    ];
    let t = show_string(&schema(&["name", "note"]), &rows, 20, 20, 0);
    assert_eq!(
        t,
        "+--------------------+----+\n|                name|note|\n+--------------------+----+\n|una cadena muy la...|NULL|\n|                日本|   x|\n+--------------------+----+\n"
    );
    let t = show_string(
        &schema(&["a"]),
        &[vec![Datum::str("una cadena muy larga que se corta")]],
        20,
        0,
        0,
    );
    assert!(t.contains("|una cadena muy larga que se corta|"));
    let t = show_string(&schema(&["a", "b"]), &rows, 1, 20, 0);
    assert!(t.ends_with("only showing top 1 row\n"), "{t}");
}

#[test]
fn timestamps_and_intervals() {
    let t = parse_ts("2026-01-01 00:00:01", 0).expect("a timestamp");
    assert_eq!(t, 1_767_225_601_000_000);
    assert_eq!(
        parse_ts("2026-01-01T00:00:01.5Z", 3_600_000),
        Some(t + 500_000)
    );
    assert_eq!(parse_ts("not a time", 0), None);
    assert_eq!(format_ts(t + 120_000, 0), "2026-01-01 00:00:01.12");
    assert_eq!(format_ts(t, 3_600_000), "2026-01-01 01:00:01");
    assert_eq!(parse_interval("10 seconds").unwrap(), 10_000_000);
    assert_eq!(parse_interval("1 minute 30 seconds").unwrap(), 90_000_000);
    assert!(parse_interval("ten seconds").is_err());
}

#[test]
fn ddl_schemas() {
    let s = parse_ddl("user STRING, ts TIMESTAMP, n INT, tags ARRAY<STRING>").unwrap();
    assert_eq!(
        s.simple_string(),
        "struct<user:string,ts:timestamp,n:int,tags:array<string>>"
    );
    assert!(parse_ddl("user BLOB").is_err());
}

#[test]
fn sql_subset_and_its_errors() {
    let view = runnel_sql::plan::rows(schema(&["user", "text"]), vec![]);
    let lookup = |name: &str| {
        if name == "t" {
            Ok(view.clone())
        } else {
            Err(runnel_core::Error::new("AnalysisException", "no table"))
        }
    };
    let p = runnel_sql::sql::query(
        "SELECT user, upper(text) AS t, count(*) FROM t WHERE user <> 'x' GROUP BY user, upper(text)",
        &lookup,
    )
    .unwrap();
    assert_eq!(p.schema.names(), vec!["user", "t", "count(1)"]);
    let e =
        runnel_sql::sql::query("SELECT text, count(*) FROM t GROUP BY user", &lookup).unwrap_err();
    assert!(
        e.message.starts_with("[MISSING_AGGREGATION]"),
        "{}",
        e.message
    );
    let p = runnel_sql::sql::query(
        "SELECT user, count(*) FROM t GROUP BY user ORDER BY user DESC LIMIT 3",
        &lookup,
    )
    .unwrap();
    assert_eq!(p.schema.names(), vec!["user", "count(1)"]);
    let e = runnel_sql::sql::query("SELECT FROM t", &lookup).unwrap_err();
    assert_eq!(e.exc_type, "ParseException");
    assert!(runnel_sql::sql::query("SELECT * FROM nope", &lookup).is_err());
}

#[test]
fn split_patterns_follow_java() {
    use runnel_sql::expr::{EvalCtx, Expr};
    let split = |s: &str, p: &str| {
        let e = Expr::Call(
            "split".into(),
            vec![runnel_sql::expr::lit_str(s), runnel_sql::expr::lit_str(p)],
        );
        match e.eval(&[], &EvalCtx::default()).unwrap() {
            Datum::Array(xs) => xs.iter().map(|x| x.text(0, "null")).collect::<Vec<_>>(),
            other => panic!("{other:?}"),
        }
    };
    assert_eq!(split("a b  c", " "), vec!["a", "b", "", "c"]);
    assert_eq!(split("a b  c", "\\s+"), vec!["a", "b", "c"]);
    assert_eq!(split("a,b;c", "[,;]"), vec!["a", "b", "c"]);
    assert_eq!(split("a b ", " "), vec!["a", "b", ""]);
}
