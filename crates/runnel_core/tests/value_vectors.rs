//! Checks the value module against vectors computed by CPython 3.11
//! (`tests/data/gen_value_vectors.py`, run with `PYTHONHASHSEED=0`).

use runnel_core::value::{portable_hash, python_hash, PyDict, PySet};
use runnel_core::Value;
use serde_json::Value as Json;

fn vectors(section: &str) -> Vec<Json> {
    let text = include_str!("data/value_vectors.json");
    let all: Json = serde_json::from_str(text).expect("vectors are JSON");
    all[section].as_array().expect("section exists").clone()
}

/// Decodes the generator's JSON encoding of a Python value.
fn decode(j: &Json) -> Value {
    match j {
        Json::Null => Value::None,
        Json::Bool(b) => Value::Bool(*b),
        Json::Number(n) => Value::Int(n.as_i64().expect("i64")),
        Json::String(s) => Value::str(s),
        Json::Array(items) => Value::list(items.iter().map(decode).collect()),
        Json::Object(o) => {
            let (tag, body) = o.iter().next().expect("tagged value");
            match tag.as_str() {
                "float" => Value::Float(body.as_str().unwrap().parse().expect("float")),
                "tuple" => Value::tuple(items(body)),
                "set" => Value::set(set_of(body)),
                "frozenset" => Value::FrozenSet(set_of(body).into()),
                "dict" => {
                    let mut d = PyDict::new();
                    for kv in body.as_array().unwrap() {
                        d.insert(decode(&kv[0]), decode(&kv[1])).unwrap();
                    }
                    Value::dict(d)
                }
                other => panic!("unknown tag {other}"),
            }
        }
    }
}

fn items(j: &Json) -> Vec<Value> {
    j.as_array().unwrap().iter().map(decode).collect()
}

fn set_of(j: &Json) -> PySet {
    let mut s = PySet::new();
    for v in items(j) {
        s.insert(v).unwrap();
    }
    s
}

/// Runs `check` on every vector and fails listing the first mismatches.
fn check_all(section: &str, check: impl Fn(&Json) -> Option<String>) {
    let vs = vectors(section);
    let failures: Vec<String> = vs.iter().filter_map(&check).collect();
    let shown: Vec<&String> = failures.iter().take(25).collect();
    assert!(
        failures.is_empty(),
        "{section}: {} of {} failed:\n{shown:#?}",
        failures.len(),
        vs.len()
    );
}

#[test]
fn hash_matches_cpython() {
    check_all("hash", |v| {
        let value = decode(&v[0]);
        let got = python_hash(&value).ok();
        (got != v[1].as_i64()).then(|| format!("hash({value:?}) = {got:?}, want {}", v[1]))
    });
}

#[test]
fn portable_hash_matches_pyspark() {
    check_all("portable_hash", |v| {
        let value = decode(&v[0]);
        let got = portable_hash(&value).ok();
        (got != v[1].as_i64()).then(|| format!("portable_hash({value:?}) = {got:?}, want {}", v[1]))
    });
}

#[test]
fn repr_and_str_match_cpython() {
    check_all("repr", |v| {
        let value = decode(&v[0]);
        let (repr, s) = (value.repr(), value.to_str());
        (repr != v[1] || s != v[2])
            .then(|| format!("repr {repr:?} str {s:?}, want {} {}", v[1], v[2]))
    });
}
