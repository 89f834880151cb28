//! Values as plain data, for snapshots of state (checkpoints, the playground's rewind):
//! what serde can write and read back. Functions, modules and other objects have no such
//! form; a snapshot holding one is refused with the value's type named.

use super::{DictKind, PyCell, PyDict, PySet, SetLayout, Shared, Value};
use crate::rdd::ResultIterable;
use crate::{Error, Result};
use serde::{Deserialize, Serialize};

/// A serializable copy of a [`Value`].
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Datum {
    None,
    Bool(bool),
    Int(i64),
    /// JSON has no NaN or infinities: those are written as `"nan"`, `"inf"`, `"-inf"`.
    Float(#[serde(with = "float_text")] f64),
    Str(String),
    Tuple(Vec<Datum>),
    List(Vec<Datum>),
    Dict(Vec<(Datum, Datum)>),
    /// A `collections.Counter`.
    Counter(Vec<(Datum, Datum)>),
    /// A `collections.OrderedDict`.
    OrderedDict(Vec<(Datum, Datum)>),
    /// A set by its items, inserted in order when read back (snapshots before
    /// `SetTable`).
    Set(Vec<Datum>),
    FrozenSet(Vec<Datum>),
    /// A set with its table (slots, hashes, removed items), so that the copy iterates
    /// as the original did: a restored state reads on as if never stopped.
    SetTable(SetLayout<Datum>),
    FrozenSetTable(SetLayout<Datum>),
    /// `groupByKey`'s values (`pyspark.resultiterable.ResultIterable`).
    Grouped(Vec<Datum>),
    /// An int beyond 64 bits, in decimal.
    BigInt(String),
}

impl Datum {
    /// A copy of `v`, or a `TypeError` naming a value that has no data form.
    pub fn from_value(v: &Value) -> Result<Datum> {
        let all = |items: &mut dyn Iterator<Item = &Value>| -> Result<Vec<Datum>> {
            items.map(Datum::from_value).collect()
        };
        Ok(match v {
            Value::None => Datum::None,
            Value::Bool(b) => Datum::Bool(*b),
            Value::Int(i) => Datum::Int(*i),
            Value::Float(f) => Datum::Float(*f),
            Value::Str(s) => Datum::Str(s.to_string()),
            Value::Tuple(t) => Datum::Tuple(all(&mut t.iter())?),
            Value::List(l) => Datum::List(all(&mut l.borrow()?.iter())?),
            Value::Dict(d) => {
                let d = d.borrow()?;
                let pairs = || -> Result<Vec<(Datum, Datum)>> {
                    d.iter()
                        .map(|(k, v)| Ok((Datum::from_value(k)?, Datum::from_value(v)?)))
                        .collect()
                };
                match &d.kind {
                    DictKind::Dict => Datum::Dict(pairs()?),
                    DictKind::Counter => Datum::Counter(pairs()?),
                    DictKind::OrderedDict => Datum::OrderedDict(pairs()?),
                    // Its factory is a function or a type: no data form, as functions.
                    DictKind::DefaultDict(_) => {
                        return Err(Error::type_error(
                            "cannot snapshot a 'defaultdict' value (its default_factory is code)",
                        ))
                    }
                }
            }
            Value::Set(s) => Datum::SetTable(s.borrow()?.layout(Datum::from_value)?),
            Value::FrozenSet(s) => Datum::FrozenSetTable(s.layout(Datum::from_value)?),
            Value::Object(_) => match v.downcast::<ResultIterable>() {
                Some(r) => Datum::Grouped(all(&mut r.values.iter())?),
                None if super::is_big(v) => Datum::BigInt(v.to_str()),
                None => {
                    return Err(Error::type_error(format!(
                        "cannot snapshot a '{}' value",
                        v.type_name()
                    )))
                }
            },
        })
    }

    /// The value again (sets rebuilt by inserting their items in order, as pickle does).
    pub fn to_value(&self) -> Result<Value> {
        let all = |items: &[Datum]| {
            items
                .iter()
                .map(Datum::to_value)
                .collect::<Result<Vec<_>>>()
        };
        let set = |items: &[Datum]| -> Result<PySet> {
            let mut s = PySet::new();
            for v in all(items)? {
                s.insert(v)?;
            }
            Ok(s)
        };
        Ok(match self {
            Datum::None => Value::None,
            Datum::Bool(b) => Value::Bool(*b),
            Datum::Int(i) => Value::Int(*i),
            Datum::Float(f) => Value::Float(*f),
            Datum::Str(s) => Value::str(s),
            Datum::Tuple(t) => Value::tuple(all(t)?),
            Datum::List(l) => Value::list(all(l)?),
            Datum::Dict(pairs) => dict(DictKind::Dict, pairs)?,
            Datum::Counter(pairs) => dict(DictKind::Counter, pairs)?,
            Datum::OrderedDict(pairs) => dict(DictKind::OrderedDict, pairs)?,
            Datum::Set(items) => Value::set(set(items)?),
            Datum::FrozenSet(items) => Value::FrozenSet(Shared::new(set(items)?)),
            Datum::SetTable(t) => Value::set(PySet::from_layout(t, Datum::to_value)?),
            Datum::FrozenSetTable(t) => {
                Value::FrozenSet(Shared::new(PySet::from_layout(t, Datum::to_value)?))
            }
            Datum::Grouped(items) => Value::object(ResultIterable {
                values: all(items)?,
            }),
            Datum::BigInt(digits) => super::to_int_base_value(digits, 10)?,
        })
    }
}

/// A float as a JSON number, or as text when it is not finite (serde_json would write
/// `null` and fail to read it back).
mod float_text {
    use serde::de::Error;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(x: &f64, s: S) -> Result<S::Ok, S::Error> {
        match *x {
            x if x.is_finite() => s.serialize_f64(x),
            x if x.is_nan() => s.serialize_str("nan"),
            x if x > 0.0 => s.serialize_str("inf"),
            _ => s.serialize_str("-inf"),
        }
    }

    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Float {
        Number(f64),
        Text(String),
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<f64, D::Error> {
        match Float::deserialize(d)? {
            Float::Number(x) => Ok(x),
            Float::Text(t) => match t.as_str() {
                "nan" => Ok(f64::NAN),
                "inf" => Ok(f64::INFINITY),
                "-inf" => Ok(f64::NEG_INFINITY),
                _ => Err(D::Error::custom(format!("not a float: {t:?}"))),
            },
        }
    }
}

/// A dict of `kind` holding `pairs` in their order.
fn dict(kind: DictKind, pairs: &[(Datum, Datum)]) -> Result<Value> {
    let mut d = PyDict::of_kind(kind);
    for (k, v) in pairs {
        d.insert(k.to_value()?, v.to_value()?)?;
    }
    Ok(Value::Dict(Shared::new(PyCell::new(d))))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_round_trip_through_json() {
        let big = super::super::to_int_base_value("123456789012345678901234567890", 10).unwrap();
        let mut d = PyDict::new();
        d.insert(
            Value::str("k"),
            Value::list(vec![
                Value::Int(1),
                Value::Float(0.5),
                Value::Float(f64::NAN),
                Value::Float(f64::INFINITY),
                Value::Float(f64::NEG_INFINITY),
                Value::Float(-0.0),
            ]),
        )
        .unwrap();
        let v = Value::tuple(vec![Value::None, Value::Bool(true), big, Value::dict(d)]);
        let json = serde_json::to_string(&Datum::from_value(&v).unwrap()).unwrap();
        let back: Datum = serde_json::from_str(&json).unwrap();
        assert_eq!(back.to_value().unwrap().repr(), v.repr());
        assert_eq!(
            v.repr(),
            "(None, True, 123456789012345678901234567890, {'k': [1, 0.5, nan, inf, -inf, -0.0]})"
        );
    }

    #[test]
    fn counters_ordered_dicts_and_infinities_round_trip() {
        for kind in [DictKind::Counter, DictKind::OrderedDict] {
            let mut d = PyDict::of_kind(kind);
            d.insert(Value::str("b"), Value::Int(1)).unwrap();
            d.insert(Value::str("a"), Value::Int(2)).unwrap();
            let v = Value::Dict(Shared::new(PyCell::new(d)));
            let json = serde_json::to_string(&Datum::from_value(&v).unwrap()).unwrap();
            let back: Datum = serde_json::from_str(&json).unwrap();
            assert_eq!(back.to_value().unwrap().repr(), v.repr());
        }
        let floats = Value::list(vec![
            Value::Float(f64::INFINITY),
            Value::Float(f64::NEG_INFINITY),
            Value::Float(f64::NAN),
        ]);
        let json = serde_json::to_string(&Datum::from_value(&floats).unwrap()).unwrap();
        let back: Datum = serde_json::from_str(&json).unwrap();
        assert_eq!(back.to_value().unwrap().repr(), "[inf, -inf, nan]");
        let dd = PyDict::of_kind(DictKind::DefaultDict(Value::None));
        let err = Datum::from_value(&Value::Dict(Shared::new(PyCell::new(dd)))).unwrap_err();
        assert!(err
            .message
            .starts_with("cannot snapshot a 'defaultdict' value"));
    }
}
