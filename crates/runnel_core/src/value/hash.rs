//! Python's `hash()` (CPython 3.11 with `PYTHONHASHSEED=0`) and PySpark's `portable_hash`.
//!
//! The hash decides the partition of every key in a shuffle
//! (`portable_hash(key) % numPartitions`), so it must be CPython's, bit for bit.

use super::numhash::{float_hash, int_hash};
use super::siphash::str_hash;
use super::{PySet, Value};
use crate::{Error, Result};

/// CPython's `hash(x)`, or a `TypeError` for unhashable values.
pub fn python_hash(v: &Value) -> Result<i64> {
    match v {
        Value::None => Ok(NONE_HASH),
        Value::Bool(b) => Ok(*b as i64),
        Value::Int(i) => Ok(int_hash(*i)),
        Value::Float(x) => Ok(float_hash(*x)),
        Value::Str(s) => Ok(str_hash(s)),
        Value::Tuple(items) => tuple_hash(items),
        Value::FrozenSet(set) => frozenset_hash(set),
        Value::Object(o) => o.hash().ok_or_else(|| unhashable(v)),
        _ => Err(unhashable(v)),
    }
}

/// `hash(None)`: CPython 3.11 hashes `None` by address, which varies between runs; PySpark's
/// `portable_hash` maps it to 0 for that reason, and so does Runnel everywhere.
const NONE_HASH: i64 = 0;

const XXPRIME_1: u64 = 11400714785074694791;
const XXPRIME_2: u64 = 14029467366897019727;
const XXPRIME_5: u64 = 2870177450012600261;

/// CPython 3.11's `tuplehash`: an xxHash-style mix of the item hashes.
fn tuple_hash(items: &[Value]) -> Result<i64> {
    let mut acc = XXPRIME_5;
    for item in items {
        let lane = python_hash(item)? as u64;
        acc = acc.wrapping_add(lane.wrapping_mul(XXPRIME_2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(XXPRIME_1);
    }
    // The length is mixed in so that hash(()) keeps its historical value.
    acc = acc.wrapping_add(items.len() as u64 ^ (XXPRIME_5 ^ 3527539));
    Ok(if acc == u64::MAX {
        1546275796
    } else {
        acc as i64
    })
}

/// CPython's `frozenset_hash`: order-independent (xor of shuffled item hashes), then mixed
/// with the size and dispersed so that nested frozensets spread.
fn frozenset_hash(set: &PySet) -> Result<i64> {
    let shuffle = |h: u64| ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167);
    let mut hash: u64 = 0;
    for key in set.keys() {
        hash ^= shuffle(key.hash_value() as u64);
    }
    hash ^= (set.len() as u64).wrapping_add(1).wrapping_mul(1927868237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69069).wrapping_add(907133923);
    Ok(if hash == u64::MAX {
        590923713
    } else {
        hash as i64
    })
}

/// PySpark's `portable_hash`: `hash(x)`, but 0 for `None` and its own mix for tuples
/// (instances of tuple subclasses included: PySpark tests `isinstance(x, tuple)`).
pub fn portable_hash(v: &Value) -> Result<i64> {
    match v {
        Value::None => Ok(0),
        Value::Tuple(items) => portable_tuple_hash(items),
        Value::Object(o) => match o.tuple_items() {
            Some(items) => portable_tuple_hash(&items),
            None => python_hash(v),
        },
        other => python_hash(other),
    }
}

fn portable_tuple_hash(items: &[Value]) -> Result<i64> {
    let mut h: i64 = 0x345678;
    for item in items.iter() {
        h ^= portable_hash(item)?;
        h = h.wrapping_mul(1_000_003) & i64::MAX;
    }
    h ^= items.len() as i64;
    Ok(if h == -1 { -2 } else { h })
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
    /// A key whose hash is known (a copy of a key of another table).
    pub(super) fn with_hash(value: Value, hash: i64) -> HashKey {
        HashKey { value, hash }
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

/// A borrowed `str` looked up in a [`KeyMap`] without building a [`HashKey`] (or a
/// `Value`) for it: a word counted again is found without allocating.
pub struct StrKey<'a> {
    text: &'a str,
    hash: i64,
}

impl<'a> StrKey<'a> {
    pub fn new(text: &'a str) -> StrKey<'a> {
        StrKey {
            text,
            hash: str_hash(text),
        }
    }
    /// The key to insert when the map does not hold it yet.
    pub fn to_key(&self) -> HashKey {
        HashKey {
            value: Value::str(self.text),
            hash: self.hash,
        }
    }
}

impl std::hash::Hash for StrKey<'_> {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        state.write_i64(self.hash)
    }
}

impl indexmap::Equivalent<HashKey> for StrKey<'_> {
    fn equivalent(&self, key: &HashKey) -> bool {
        // As `Value::py_eq`: a `str` equals only a `str` with the same text.
        self.hash == key.hash && matches!(&key.value, Value::Str(s) if **s == *self.text)
    }
}

/// A map keyed by Python values in insertion order (dicts, combiners). Keys carry their
/// Python hash already, so the map only mixes its bits instead of hashing it again.
pub type KeyMap<V> = indexmap::IndexMap<HashKey, V, std::hash::BuildHasherDefault<HashMixer>>;

/// Spreads a Python hash over all bits (ints hash to themselves, so multiples of a power
/// of two would otherwise share their low bits, which pick the bucket).
#[derive(Default)]
pub struct HashMixer(u64);

impl std::hash::Hasher for HashMixer {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write_i64(&mut self, i: i64) {
        let x = (i as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        self.0 = x ^ (x >> 29);
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.write_i64((self.0 as i64).rotate_left(8) ^ b as i64);
        }
    }
}
