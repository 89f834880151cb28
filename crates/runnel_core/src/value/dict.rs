//! Python's `dict`: insertion-ordered, keyed by Python equality and hash.

use super::{HashKey, KeyMap, Value};
use crate::Result;

#[derive(Default, Clone)]
pub struct PyDict {
    map: KeyMap<Value>,
}

impl PyDict {
    pub fn new() -> Self {
        Self::default()
    }
    pub fn len(&self) -> usize {
        self.map.len()
    }
    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }
    pub fn get(&self, key: &Value) -> Result<Option<&Value>> {
        Ok(self.map.get(&HashKey::new(key.clone())?))
    }
    pub fn insert(&mut self, key: Value, value: Value) -> Result<Option<Value>> {
        Ok(self.map.insert(HashKey::new(key)?, value))
    }
    /// Removes a key, keeping the order of the others (as CPython does).
    pub fn remove(&mut self, key: &Value) -> Result<Option<Value>> {
        Ok(self.map.shift_remove(&HashKey::new(key.clone())?))
    }
    pub fn iter(&self) -> impl Iterator<Item = (&Value, &Value)> {
        self.map.iter().map(|(k, v)| (k.value(), v))
    }
    pub fn keys(&self) -> impl Iterator<Item = &Value> {
        self.map.keys().map(|k| k.value())
    }
    /// Empties the dict, yielding its values (keys are hashable, so they own no list).
    pub fn drain_values(&mut self) -> impl Iterator<Item = Value> + '_ {
        self.map.drain(..).map(|(_, v)| v)
    }

    pub fn values(&self) -> impl Iterator<Item = &Value> {
        self.map.values()
    }
}
