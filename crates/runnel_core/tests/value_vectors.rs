//! Checks the value module against vectors computed by CPython 3.11
//! (`tests/data/gen_value_vectors.py`, run with `PYTHONHASHSEED=0`).

use runnel_core::value::{
    format_value, portable_hash, python_hash, round, to_float, to_int_base_value, to_int_value,
    BinOp, CmpOp, PyDict, PySet,
};
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
                "int" => to_int_base_value(body.as_str().unwrap(), 10).expect("int"),
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

/// Compares an operation's result with a vector's expected outcome: same type and repr
/// (sets by content, their order being checked by `set_order_matches_cpython`), or the
/// same exception type and message.
fn outcome_mismatch(got: runnel_core::Result<Value>, want: &Json) -> Option<String> {
    match (got, want.get("err")) {
        (Ok(v), None) => {
            let expected = decode(&want["ok"]);
            let same = v.type_name() == want["type"]
                && match v {
                    Value::Set(_) | Value::FrozenSet(_) => v.py_eq(&expected),
                    _ => v.repr() == want["repr"],
                };
            (!same).then(|| {
                format!(
                    "got {} {v:?}, want {} {}",
                    v.type_name(),
                    want["type"],
                    want["repr"]
                )
            })
        }
        (Err(e), Some(err)) => {
            let same = e.exc_type == err[0] && (err[1].is_null() || e.message == err[1]);
            (!same).then(|| format!("got {}: {}, want {err}", e.exc_type, e.message))
        }
        (Ok(v), Some(err)) => Some(format!("got {v:?}, want {err}")),
        (Err(e), None) => Some(format!(
            "got {}: {}, want {}",
            e.exc_type, e.message, want["repr"]
        )),
    }
}

#[test]
fn binary_operators_match_cpython() {
    check_all("binop", |v| {
        let (a, b) = (decode(&v[0]), decode(&v[2]));
        let op = BinOp::from_symbol(v[1].as_str().unwrap()).expect("operator");
        outcome_mismatch(a.binop(op, &b), &v[3]).map(|m| format!("{a:?} {} {b:?}: {m}", v[1]))
    });
}

#[test]
fn unary_operators_and_divmod_match_cpython() {
    check_all("unary", |v| {
        let a = decode(&v[1]);
        let (got, want) = match v[0].as_str().unwrap() {
            "neg" => (a.neg(), &v[2]),
            "pos" => (a.pos(), &v[2]),
            "invert" => (a.invert(), &v[2]),
            _ => (a.divmod(&decode(&v[2])), &v[3]),
        };
        outcome_mismatch(got, want).map(|m| format!("{}({a:?}, ...): {m}", v[0]))
    });
}

#[test]
fn percent_formatting_matches_cpython() {
    check_all("printf", |v| {
        let (fmt, args) = (decode(&v[0]), decode(&v[1]));
        outcome_mismatch(fmt.binop(BinOp::Mod, &args), &v[2])
            .map(|m| format!("{fmt:?} % {args:?}: {m}"))
    });
}

#[test]
fn set_order_matches_cpython() {
    check_all("sets", |v| {
        let mut s = PySet::new();
        for step in v[0].as_array().unwrap() {
            let x = decode(&step[1]);
            if step[0] == "add" {
                s.insert(x).unwrap();
            } else {
                s.remove(&x).unwrap();
            }
        }
        let got = Value::set(s).repr();
        (got != v[2]).then(|| format!("got {got}, want {}", v[2]))
    });
}

#[test]
fn format_spec_matches_cpython() {
    check_all("format", |v| {
        let (value, spec) = (decode(&v[0]), v[1].as_str().unwrap());
        let got = format_value(&value, spec).map(|s| Value::str(&s));
        outcome_mismatch(got, &v[2]).map(|m| format!("format({value:?}, {spec:?}): {m}"))
    });
}

#[test]
fn comparisons_match_cpython() {
    check_all("compare", |v| {
        let (a, b) = (decode(&v[0]), decode(&v[2]));
        let op = CmpOp::from_symbol(v[1].as_str().unwrap()).expect("operator");
        let got = a.py_compare(op, &b).map(Value::Bool);
        outcome_mismatch(got, &v[3]).map(|m| format!("{a:?} {} {b:?}: {m}", v[1]))
    });
}

#[test]
fn conversions_match_cpython() {
    check_all("convert", |v| {
        let a = decode(&v[1]);
        let n = || v[2].as_i64().unwrap();
        let (got, want) = match v[0].as_str().unwrap() {
            "int" => (to_int_value(&a), &v[2]),
            "float" => (to_float(&a).map(Value::Float), &v[2]),
            "round" => (round(&a, None), &v[2]),
            "round_n" => (round(&a, Some(n())), &v[3]),
            _ => (to_int_base_value(&a.to_str(), n() as u32), &v[3]),
        };
        outcome_mismatch(got, want).map(|m| format!("{}({a:?}, ...): {m}", v[0]))
    });
}

/// A set built as Python built it: `set(adds)`, then `discard` of each removal.
fn built_set(adds: &Json, removals: &Json) -> PySet {
    let mut s = PySet::new();
    for v in items(adds) {
        s.insert(v).unwrap();
    }
    for v in items(removals) {
        s.remove(&v).unwrap();
    }
    s
}

#[test]
fn set_algebra_order_matches_cpython() {
    check_all("set_ops", |v| {
        let (a, b) = (
            built_set(&v[0], &v[1]),
            built_set(&v[2], &Json::Array(vec![])),
        );
        let want = &v[3];
        let mut got = vec![
            ("|", Value::set(a.union(&b).unwrap())),
            ("&", Value::set(a.intersection(&b).unwrap())),
            ("-", Value::set(a.difference(&b).unwrap())),
            ("^", Value::set(a.symmetric_difference(&b).unwrap())),
            ("copy", Value::set(a.copy())),
            (
                "frozen|",
                Value::FrozenSet(a.clone().into())
                    .binop(BinOp::BitOr, &Value::set(b.clone()))
                    .unwrap(),
            ),
        ];
        let mut popping = a.copy();
        let pops: Vec<Value> = std::iter::from_fn(|| popping.pop()).collect();
        got.push(("pop", Value::list(pops)));
        let bad: Vec<String> = got
            .into_iter()
            .filter_map(|(k, value)| {
                let expected = if k == "pop" {
                    decode(&want[k]).repr()
                } else {
                    want[k].as_str().unwrap().to_string()
                };
                (value.repr() != expected).then(|| format!("{k}: got {value:?}, want {expected}"))
            })
            .collect();
        (!bad.is_empty()).then(|| bad.join("; "))
    });
}
