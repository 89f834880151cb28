//! Python's `==` and `<` on values (`1 == 1.0 == True`; tuples compare item by item).

use super::seqops::with_set;
use super::{PyDict, Value};
use crate::{Error, Result};
use std::cmp::Ordering;

impl Value {
    /// Python's `a == b`.
    pub fn py_eq(&self, other: &Value) -> bool {
        use Value::*;
        match (self, other) {
            (None, None) => true,
            (Bool(_) | Int(_) | Float(_), Bool(_) | Int(_) | Float(_)) => {
                self.as_f64_exact() == other.as_f64_exact()
            }
            (Str(a), Str(b)) => a == b,
            (Tuple(a), Tuple(b)) => {
                a.len() == b.len() && a.iter().zip(b.iter()).all(|(x, y)| x.py_eq(y))
            }
            (List(a), List(b)) => match (a.borrow(), b.borrow()) {
                (Ok(a), Ok(b)) => {
                    a.len() == b.len() && a.iter().zip(b.iter()).all(|(x, y)| x.py_eq(y))
                }
                _ => false,
            },
            (Set(_) | FrozenSet(_), Set(_) | FrozenSet(_)) => with_set(self, |a| {
                with_set(other, |b| a.len() == b.len() && a.is_subset(b))
            })
            .flatten()
            .unwrap_or(false),
            (Dict(a), Dict(b)) => match (a.borrow(), b.borrow()) {
                (Ok(a), Ok(b)) => dict_eq(&a, &b),
                _ => false,
            },
            (Object(a), Object(b)) => a.eq(&**b).unwrap_or(std::ptr::addr_eq(&**a, &**b)),
            _ => false,
        }
    }

    fn as_f64_exact(&self) -> f64 {
        match self {
            Value::Bool(b) => *b as i64 as f64,
            Value::Int(i) => *i as f64,
            Value::Float(x) => *x,
            _ => f64::NAN,
        }
    }

    /// Python's ordering (`a < b`), or the `TypeError` Python raises for mixed types.
    pub fn py_cmp(&self, other: &Value) -> Result<Ordering> {
        use Value::*;
        match (self, other) {
            (Bool(_) | Int(_) | Float(_), Bool(_) | Int(_) | Float(_)) => {
                if let (Int(a), Int(b)) = (self, other) {
                    return Ok(a.cmp(b));
                }
                Ok(self
                    .as_f64_exact()
                    .partial_cmp(&other.as_f64_exact())
                    .unwrap_or(Ordering::Equal))
            }
            (Str(a), Str(b)) => Ok(a.cmp(b)),
            (Tuple(a), Tuple(b)) => seq_cmp(a, b),
            (List(a), List(b)) => seq_cmp(&a.borrow()?, &b.borrow()?),
            _ => Err(Error::type_error(format!(
                "'<' not supported between instances of '{}' and '{}'",
                self.type_name(),
                other.type_name()
            ))),
        }
    }
}

fn seq_cmp(a: &[Value], b: &[Value]) -> Result<Ordering> {
    for (x, y) in a.iter().zip(b.iter()) {
        if !x.py_eq(y) {
            return x.py_cmp(y);
        }
    }
    Ok(a.len().cmp(&b.len()))
}

fn dict_eq(a: &PyDict, b: &PyDict) -> bool {
    a.len() == b.len()
        && a.iter()
            .all(|(k, v)| matches!(b.get(k), Ok(Some(w)) if v.py_eq(w)))
}
