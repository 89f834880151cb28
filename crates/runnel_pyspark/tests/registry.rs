//! The npm package follows the operator registry: `web/operators.js` and the generated
//! part of `web/index.d.ts` are exactly what the registry renders (run with
//! `RUNNEL_REGENERATE=1` to rewrite them after changing an entry), and PySpark's DStream
//! class has an entry for every method.

use runnel_pyspark::operators::{export, Receiver, OPERATORS};
use std::path::PathBuf;

fn web(file: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../web")
        .join(file)
}

fn regenerate() -> bool {
    std::env::var_os("RUNNEL_REGENERATE").is_some()
}

#[test]
fn operators_js_is_the_registry() {
    let path = web("operators.js");
    let want = export::operators_js();
    if regenerate() {
        std::fs::write(&path, &want).unwrap();
    }
    let got = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        got == want,
        "web/operators.js differs from the operator registry: run RUNNEL_REGENERATE=1 cargo test -p runnel_pyspark --test registry"
    );
}

#[test]
fn the_typescript_types_follow_the_registry() {
    let path = web("index.d.ts");
    let text = std::fs::read_to_string(&path).unwrap();
    let begin = text
        .find(export::DTS_BEGIN)
        .expect("index.d.ts has the generated section");
    let end = text[begin..]
        .find(export::DTS_END)
        .expect("the section's end")
        + begin;
    let end = (end + export::DTS_END.len() + 1).min(text.len());
    let want = export::index_dts_section();
    if regenerate() {
        let new = format!("{}{}{}", &text[..begin], want, &text[end..]);
        std::fs::write(&path, new).unwrap();
        return;
    }
    assert!(
        text[begin..end] == want,
        "web/index.d.ts's builder types differ from the operator registry: run RUNNEL_REGENERATE=1 cargo test -p runnel_pyspark --test registry"
    );
}

#[test]
fn every_dstream_method_of_pyspark_is_an_entry() {
    // PySpark 3.5's DStream class (pyspark/streaming/dstream.py), every public method.
    let pyspark = "context count filter flatMap map mapPartitions mapPartitionsWithIndex reduce \
        reduceByKey combineByKey partitionBy foreachRDD pprint mapValues flatMapValues glom \
        cache persist checkpoint groupByKey countByValue saveAsTextFiles transform \
        transformWith repartition union cogroup join leftOuterJoin rightOuterJoin \
        fullOuterJoin slice window reduceByWindow countByWindow countByValueAndWindow \
        groupByKeyAndWindow reduceByKeyAndWindow updateStateByKey";
    let mut got: Vec<&str> = OPERATORS
        .iter()
        .filter(|o| o.receiver == Receiver::DStream)
        .map(|o| o.name)
        .collect();
    let mut want: Vec<&str> = pyspark.split_whitespace().collect();
    want.sort();
    got.sort();
    assert_eq!(got, want);
    for o in OPERATORS {
        assert!(
            !o.doc.is_empty() && o.example.contains(o.name),
            "{}",
            o.name
        );
    }
}
