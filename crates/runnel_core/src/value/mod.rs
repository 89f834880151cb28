//! Records: dynamic values with Python's semantics.
//!
//! Spark's output is the specification, and Spark's output is Python's `repr`, `str`,
//! equality, ordering and hashing of these values (the hash decides which partition a key
//! lands in). Every one of those lives here, so the engine, the PySpark front end and the
//! JS API agree on them.
//!
//! Containers share ownership like Python objects do (`b = a; b.append(1)` changes `a`),
//! through [`Shared`] and [`PyCell`], whose borrows fail with a Python error instead of
//! panicking.

mod arith;
mod bigint;
mod cmp;
mod complex;
mod convert;
mod datum;
mod dict;
mod floatfmt;
mod formatspec;
mod hash;
mod numfmt;
mod numhash;
mod numrender;
mod object;
mod ops;
mod portable;
mod printable_table;
mod printf;
mod repr;
mod round;
mod seqops;
mod set;
mod setalg;
mod shared;
mod siphash;
mod teardown;
mod unpickled;

pub use bigint::{as_big, big_pow_mod, big_radix, big_to_f64, int_value, is_big, BigInt};
pub use cmp::{eq_depth, item_eq, same_object, CmpOp};
pub use complex::Complex;
pub use convert::{to_float, to_int, to_int_base, to_int_base_value, to_int_value};
pub use datum::Datum;
pub use dict::{DictKind, PyDict};
pub use formatspec::format_value;
pub use hash::{portable_hash, python_hash, HashKey, KeyMap, StrKey};
/// The big-integer type behind [`BigInt`] (num-bigint's).
pub use num_bigint::BigInt as BigIntValue;
pub use object::Object;
pub use ops::BinOp;
pub use portable::{
    freeze_records, revive_records, FreezeHost, Freezer, Portable, PortableDictKind,
    PortableObject, Reviver,
};
pub use repr::{counter_order, float_repr, is_printable, str_repr};
pub use round::round;
pub use set::{PySet, SetLayout};
pub use shared::{PyCell, Shared};
pub use siphash::bytes_hash;
pub use teardown::Teardown;
pub use unpickled::{changed_by_pickle, unpickled, Unpickle};

/// A Python value.
#[derive(Clone)]
pub enum Value {
    None,
    Bool(bool),
    /// An int that fits 64 bits; bigger ints are [`BigInt`] objects (see `bigint`).
    Int(i64),
    Float(f64),
    Str(Shared<str>),
    Tuple(Shared<[Value]>),
    List(Shared<PyCell<Vec<Value>>>),
    Dict(Shared<PyCell<PyDict>>),
    Set(Shared<PyCell<PySet>>),
    FrozenSet(Shared<PySet>),
    /// Everything else: functions, modules, RDD handles, datetimes... (see [`Object`]).
    Object(Shared<dyn Object>),
}

impl Value {
    pub fn str(s: &str) -> Value {
        Value::Str(Shared::from(s))
    }
    pub fn tuple(items: Vec<Value>) -> Value {
        Value::Tuple(Shared::from(items))
    }
    pub fn pair(a: Value, b: Value) -> Value {
        Value::tuple(vec![a, b])
    }
    pub fn list(items: Vec<Value>) -> Value {
        Value::List(Shared::new(PyCell::new(items)))
    }
    pub fn dict(d: PyDict) -> Value {
        Value::Dict(Shared::new(PyCell::new(d)))
    }
    /// The identity of a list or dict (the containers that can hold themselves), for
    /// walks that must stop at a cycle.
    pub(crate) fn container_id(&self) -> Option<usize> {
        match self {
            Value::List(l) => Some(Shared::as_ptr(l) as *const () as usize),
            Value::Dict(d) => Some(Shared::as_ptr(d) as *const () as usize),
            _ => None,
        }
    }
    pub fn set(s: PySet) -> Value {
        Value::Set(Shared::new(PyCell::new(s)))
    }
    pub fn object(o: impl Object) -> Value {
        Value::Object(Shared::new(o))
    }

    /// Python's type name, as error messages show it (`'int'`, `'str'`, ...).
    pub fn type_name(&self) -> &str {
        match self {
            Value::None => "NoneType",
            Value::Bool(_) => "bool",
            Value::Int(_) => "int",
            Value::Float(_) => "float",
            Value::Str(_) => "str",
            Value::Tuple(_) => "tuple",
            Value::List(_) => "list",
            Value::Dict(d) => d.borrow().map_or("dict", |d| d.kind.name()),
            Value::Set(_) => "set",
            Value::FrozenSet(_) => "frozenset",
            Value::Object(o) => o.type_name(),
        }
    }

    /// Python's truth value (`bool(x)`).
    pub fn truthy(&self) -> bool {
        match self {
            Value::None => false,
            Value::Bool(b) => *b,
            Value::Int(i) => *i != 0,
            Value::Float(f) => *f != 0.0,
            Value::Str(s) => !s.is_empty(),
            Value::Tuple(t) => !t.is_empty(),
            Value::List(l) => l.borrow().map(|l| !l.is_empty()).unwrap_or(true),
            Value::Dict(d) => d.borrow().map(|d| !d.is_empty()).unwrap_or(true),
            Value::Set(s) => s.borrow().map(|s| !s.is_empty()).unwrap_or(true),
            Value::FrozenSet(s) => !s.is_empty(),
            Value::Object(o) => o.truthy(),
        }
    }

    /// The two halves of a `(key, value)` record, as PySpark's pair operations unpack it.
    pub fn as_pair(&self) -> crate::Result<(Value, Value)> {
        match self {
            Value::Tuple(t) if t.len() == 2 => Ok((t[0].clone(), t[1].clone())),
            Value::List(l) => {
                let l = l.borrow()?;
                if l.len() == 2 {
                    Ok((l[0].clone(), l[1].clone()))
                } else {
                    Err(unpack_error(l.len()))
                }
            }
            Value::Tuple(t) => Err(unpack_error(t.len())),
            // `k, v = "ab"`: a string unpacks as its characters.
            Value::Str(s) => {
                let mut chars = s.chars();
                match (chars.next(), chars.next(), chars.next()) {
                    (Some(a), Some(b), None) => Ok((
                        Value::str(a.encode_utf8(&mut [0; 4])),
                        Value::str(b.encode_utf8(&mut [0; 4])),
                    )),
                    _ => Err(unpack_error(s.chars().count())),
                }
            }
            // an instance of a tuple subclass (a namedtuple) or of a class with `__iter__`
            // unpacks by iteration, as `for k, v in iterator` does in PySpark
            Value::Object(o) => match o.tuple_items().map(Ok).or_else(|| o.iterate()) {
                Some(items) => match items?.as_slice() {
                    [k, v] => Ok((k.clone(), v.clone())),
                    items => Err(unpack_error(items.len())),
                },
                None => Err(non_iterable(self)),
            },
            other => Err(non_iterable(other)),
        }
    }

    /// The record `partitionBy` writes for this one: PySpark's `add_shuffle_key` unpacks
    /// it (`for k, v in iterator`) and buckets `(k, v)`, so a namedtuple or a list of two
    /// comes out a tuple; a record that does not unpack stays, for the shuffle to refuse.
    pub fn bucketed_pair(&self) -> Value {
        match self {
            Value::Tuple(t) if t.len() == 2 => self.clone(),
            _ => self
                .as_pair()
                .map_or_else(|_| self.clone(), |(k, v)| Value::pair(k, v)),
        }
    }

    /// `(kv[0], kv[1])`, as PySpark's `mapValues` and `flatMapValues` read a record: a
    /// longer sequence gives its first two items, a shorter one Python's IndexError.
    pub fn indexed_pair(&self) -> crate::Result<(Value, Value)> {
        let short = |what: &str| crate::Error::index_error(format!("{what} index out of range"));
        match self {
            Value::Tuple(t) if t.len() >= 2 => Ok((t[0].clone(), t[1].clone())),
            Value::Tuple(_) => Err(short("tuple")),
            Value::List(l) => {
                let l = l.borrow()?;
                match (l.first(), l.get(1)) {
                    (Some(a), Some(b)) => Ok((a.clone(), b.clone())),
                    _ => Err(short("list")),
                }
            }
            Value::Str(s) => {
                let mut chars = s.chars();
                match (chars.next(), chars.next()) {
                    (Some(a), Some(b)) => Ok((
                        Value::str(a.encode_utf8(&mut [0; 4])),
                        Value::str(b.encode_utf8(&mut [0; 4])),
                    )),
                    _ => Err(short("string")),
                }
            }
            // a namedtuple: `kv[0]`, `kv[1]` are its first two fields
            Value::Object(o) if o.tuple_items().is_some() => match o.tuple_items().as_deref() {
                Some([a, b, ..]) => Ok((a.clone(), b.clone())),
                _ => Err(short("tuple")),
            },
            other => self.as_pair().map_err(|_| {
                crate::Error::type_error(format!(
                    "'{}' object is not subscriptable",
                    other.type_name()
                ))
            }),
        }
    }

    /// The object behind `Value::Object`, if it is a `T`.
    pub fn downcast<T: Object>(&self) -> Option<&T> {
        match self {
            Value::Object(o) => o.as_any().downcast_ref::<T>(),
            _ => None,
        }
    }
}

fn non_iterable(v: &Value) -> crate::Error {
    crate::Error::type_error(format!(
        "cannot unpack non-iterable {} object",
        v.type_name()
    ))
}

fn unpack_error(n: usize) -> crate::Error {
    if n < 2 {
        crate::Error::value_error(format!("not enough values to unpack (expected 2, got {n})"))
    } else {
        crate::Error::value_error("too many values to unpack (expected 2)")
    }
}

impl std::fmt::Debug for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.repr())
    }
}

impl From<i64> for Value {
    fn from(i: i64) -> Self {
        Value::Int(i)
    }
}
impl From<f64> for Value {
    fn from(x: f64) -> Self {
        Value::Float(x)
    }
}
impl From<bool> for Value {
    fn from(b: bool) -> Self {
        Value::Bool(b)
    }
}
impl From<&str> for Value {
    fn from(s: &str) -> Self {
        Value::str(s)
    }
}
