//! Python's `hash()` (CPython 3.11 with `PYTHONHASHSEED=0`) and PySpark's `portable_hash`.
//!
//! The hash decides the partition of every key in a shuffle
//! (`portable_hash(key) % numPartitions`), so it must be CPython's, bit for bit.

use super::Value;
use crate::{Error, Result};

/// CPython's `hash(x)`, or a `TypeError` for unhashable values.
pub fn python_hash(v: &Value) -> Result<i64> {
    match v {
        Value::None => Ok(0),
        Value::Bool(b) => Ok(*b as i64),
        Value::Int(i) => Ok(int_hash(*i)),
        Value::Float(x) if x.fract() == 0.0 && x.abs() < 9.2e18 => Ok(int_hash(*x as i64)),
        Value::Str(s) => Ok(fnv(s.as_bytes())),
        Value::Tuple(items) => {
            let mut h: i64 = 0x345678;
            for item in items.iter() {
                h = h.wrapping_mul(1_000_003) ^ python_hash(item)?;
            }
            Ok(h)
        }
        Value::FrozenSet(_) => Ok(0),
        Value::Object(o) => o.hash().ok_or_else(|| unhashable(v)),
        _ => Err(unhashable(v)),
    }
}

/// PySpark's `portable_hash`: `hash(x)`, but 0 for `None` and its own mix for tuples.
pub fn portable_hash(v: &Value) -> Result<i64> {
    match v {
        Value::None => Ok(0),
        Value::Tuple(items) => {
            let mut h: i64 = 0x345678;
            for item in items.iter() {
                h ^= portable_hash(item)?;
                h = h.wrapping_mul(1_000_003) & i64::MAX;
            }
            h ^= items.len() as i64;
            Ok(if h == -1 { -2 } else { h })
        }
        other => python_hash(other),
    }
}

fn int_hash(i: i64) -> i64 {
    const MODULUS: i64 = (1 << 61) - 1;
    let h = i.unsigned_abs() % MODULUS as u64;
    let h = if i < 0 { -(h as i64) } else { h as i64 };
    if h == -1 {
        -2
    } else {
        h
    }
}

fn fnv(bytes: &[u8]) -> i64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for b in bytes {
        h = (h ^ *b as u64).wrapping_mul(0x100000001b3);
    }
    h as i64
}

fn unhashable(v: &Value) -> Error {
    Error::type_error(format!("unhashable type: '{}'", v.type_name()))
}

/// A value checked to be hashable, usable as a key of Rust maps with Python's equality.
#[derive(Clone, Debug)]
pub struct HashKey {
    value: Value,
    hash: i64,
}

impl HashKey {
    pub fn new(value: Value) -> Result<HashKey> {
        let hash = python_hash(&value)?;
        Ok(HashKey { value, hash })
    }
    pub fn value(&self) -> &Value {
        &self.value
    }
    pub fn into_value(self) -> Value {
        self.value
    }
    pub fn hash_value(&self) -> i64 {
        self.hash
    }
}

impl PartialEq for HashKey {
    fn eq(&self, other: &Self) -> bool {
        self.hash == other.hash && self.value.py_eq(&other.value)
    }
}
impl Eq for HashKey {}

impl std::hash::Hash for HashKey {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        state.write_i64(self.hash)
    }
}
