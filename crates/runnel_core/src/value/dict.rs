//! Python's `dict`: insertion-ordered, keyed by Python equality and hash.

use super::{HashKey, KeyMap, Value};
use crate::Result;

#[derive(Default, Clone)]
pub struct PyDict {
    map: KeyMap<Value>,
    /// Which dict type this is: `dict`, or one of the `collections` subclasses.
    pub kind: DictKind,
}

/// The `collections` types that are dicts with a different name, repr and missing-key
/// behaviour (`collections` in `runnel_python` gives them their extra methods).
#[derive(Default, Clone)]
pub enum DictKind {
    #[default]
    Dict,
    /// `Counter`: a missing key counts 0; shown by descending count.
    Counter,
    /// `OrderedDict`: shown as a list of pairs (CPython 3.11).
    OrderedDict,
    /// `defaultdict(factory)`: a missing key is set to `factory()`.
    DefaultDict(Value),
}

impl DictKind {
    /// Python's type name.
    pub fn name(&self) -> &'static str {
        match self {
            DictKind::Dict => "dict",
            DictKind::Counter => "Counter",
            DictKind::OrderedDict => "OrderedDict",
            DictKind::DefaultDict(_) => "defaultdict",
        }
    }
}

impl PyDict {
    pub fn new() -> Self {
        Self::default()
    }
    /// An empty dict of the given kind.
    pub fn of_kind(kind: DictKind) -> Self {
        PyDict {
            map: KeyMap::default(),
            kind,
        }
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
