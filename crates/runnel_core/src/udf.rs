//! The shapes of user functions the engine calls.
//!
//! The engine does not know Python: a front end (the PySpark interpreter, the JS API) adapts
//! its callables to these Rust closures once, and the engine calls them per record.

use crate::value::{Shared, Value};
use crate::Result;

/// `f(x)`: map, mapValues, key functions.
pub type MapFn = Shared<dyn Fn(Value) -> Result<Value>>;
/// `f(x)` returning an iterable: flatMap, flatMapValues.
pub type FlatMapFn = Shared<dyn Fn(Value) -> Result<Vec<Value>>>;
/// `f(x)` as a truth value: filter.
pub type FilterFn = Shared<dyn Fn(&Value) -> Result<bool>>;
/// `f(a, b)`: reduce, reduceByKey, combiners.
pub type ReduceFn = Shared<dyn Fn(Value, Value) -> Result<Value>>;
/// `f(index, records)`: mapPartitions, mapPartitionsWithIndex.
pub type PartitionFn = Shared<dyn Fn(usize, Vec<Value>) -> Result<Vec<Value>>>;

/// Wraps a Rust closure as a [`MapFn`].
pub fn map_fn(f: impl Fn(Value) -> Result<Value> + 'static) -> MapFn {
    Shared::new(f)
}

/// Wraps a Rust closure as a [`ReduceFn`].
pub fn reduce_fn(f: impl Fn(Value, Value) -> Result<Value> + 'static) -> ReduceFn {
    Shared::new(f)
}
