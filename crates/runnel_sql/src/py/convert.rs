//! Python values to and from SQL values.

use crate::datum::Datum;
use crate::timefmt::MICROS_PER_SEC;
use crate::types::DataType;
use runnel_core::time::DateTime;
use runnel_core::{Error, Result, Value};
use std::rc::Rc;

/// A Python value as a column value of type `t`.
pub fn to_datum(v: &Value, t: &DataType, tz: i64) -> Result<Datum> {
    Ok(match (v, t) {
        (Value::None, _) => Datum::Null,
        (Value::Bool(b), _) => Datum::Bool(*b),
        (Value::Int(i), DataType::Double) => Datum::Double(*i as f64),
        (Value::Int(i), _) => Datum::Long(*i),
        (Value::Float(f), _) => Datum::Double(*f),
        (Value::Str(s), _) => Datum::str(s),
        (Value::List(_) | Value::Tuple(_), DataType::Struct(fs)) => {
            let items = items_of(v)?;
            Datum::Struct(Rc::new(
                items
                    .iter()
                    .zip(fs)
                    .map(|(x, f)| to_datum(x, &f.data_type, tz))
                    .collect::<Result<_>>()?,
            ))
        }
        (Value::List(_) | Value::Tuple(_), _) => {
            let e = match t {
                DataType::Array(e) => (**e).clone(),
                _ => DataType::Null,
            };
            let items = items_of(v)?;
            Datum::Array(Rc::new(
                items
                    .iter()
                    .map(|x| to_datum(x, &e, tz))
                    .collect::<Result<_>>()?,
            ))
        }
        (Value::Object(_), _) => {
            if let Some(dt) = v.downcast::<DateTime>() {
                Datum::Ts(dt.to_micros() - tz * 1000)
            } else if let Some(r) = super::row::row_values(v) {
                Datum::Struct(Rc::new(
                    r.iter()
                        .map(|x| to_datum(x, &DataType::Null, tz))
                        .collect::<Result<_>>()?,
                ))
            } else {
                return Err(Error::type_error(format!(
                    "cannot use a '{}' as a column value",
                    v.type_name()
                )));
            }
        }
        (other, _) => {
            return Err(Error::type_error(format!(
                "cannot use a '{}' as a column value",
                other.type_name()
            )))
        }
    })
}

pub fn items_of(v: &Value) -> Result<Vec<Value>> {
    match v {
        Value::List(l) => Ok(l.borrow()?.clone()),
        Value::Tuple(t) => Ok(t.to_vec()),
        other => Err(Error::type_error(format!(
            "expected a list or tuple, got '{}'",
            other.type_name()
        ))),
    }
}

/// The type PySpark infers for a Python value.
pub fn infer(v: &Value) -> DataType {
    match v {
        Value::Bool(_) => DataType::Boolean,
        Value::Int(_) => DataType::Long,
        Value::Float(_) => DataType::Double,
        Value::Str(_) => DataType::String,
        Value::List(_) | Value::Tuple(_) => {
            let first = items_of(v).ok().and_then(|xs| xs.first().map(infer));
            DataType::Array(Box::new(first.unwrap_or(DataType::String)))
        }
        Value::Object(_) if v.downcast::<DateTime>().is_some() => DataType::Timestamp,
        _ => DataType::Null,
    }
}

/// A column value as the Python value `collect()` gives.
pub fn to_value(d: &Datum, t: &DataType, tz: i64, row_class: &super::row::RowClass) -> Value {
    match d {
        Datum::Null => Value::None,
        Datum::Bool(b) => Value::Bool(*b),
        Datum::Long(i) => Value::Int(*i),
        Datum::Double(f) => Value::Float(*f),
        Datum::Str(s) => Value::str(s),
        Datum::Ts(us) => {
            let mut dt = DateTime::from_millis(us.div_euclid(1000), tz);
            dt.microsecond = (us.rem_euclid(MICROS_PER_SEC)) as u32;
            Value::object(dt)
        }
        Datum::Array(xs) => {
            let e = match t {
                DataType::Array(e) => (**e).clone(),
                _ => DataType::Null,
            };
            Value::list(xs.iter().map(|x| to_value(x, &e, tz, row_class)).collect())
        }
        Datum::Struct(xs) => {
            let fields = match t {
                DataType::Struct(fs) => fs.clone(),
                _ => Vec::new(),
            };
            let names: Vec<String> = (0..xs.len())
                .map(|i| {
                    fields
                        .get(i)
                        .map_or(format!("_{}", i + 1), |f| f.name.clone())
                })
                .collect();
            let vals = xs
                .iter()
                .enumerate()
                .map(|(i, x)| {
                    to_value(
                        x,
                        fields.get(i).map_or(&DataType::Null, |f| &f.data_type),
                        tz,
                        row_class,
                    )
                })
                .collect();
            row_class.make(names, vals)
        }
    }
}
