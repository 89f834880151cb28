//! Python's `set`. Iteration order is CPython's hash-table order, because `str(set)` is
//! part of what Spark prints.

use super::{HashKey, Value};
use crate::Result;
use indexmap::IndexSet;

#[derive(Default, Clone)]
pub struct PySet {
    items: IndexSet<HashKey>,
}

impl PySet {
    pub fn new() -> Self {
        Self::default()
    }
    pub fn len(&self) -> usize {
        self.items.len()
    }
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
    /// Adds a value; `true` when it was not there.
    pub fn insert(&mut self, v: Value) -> Result<bool> {
        Ok(self.items.insert(HashKey::new(v)?))
    }
    pub fn contains(&self, v: &Value) -> Result<bool> {
        Ok(self.items.contains(&HashKey::new(v.clone())?))
    }
    pub fn remove(&mut self, v: &Value) -> Result<bool> {
        Ok(self.items.shift_remove(&HashKey::new(v.clone())?))
    }
    pub fn iter(&self) -> impl Iterator<Item = &Value> {
        self.items.iter().map(|k| k.value())
    }
}
