//! The lite build's stand-in for `instance_dict` (feature `extra` off, the npm package's
//! lite engine): `obj.__dict__` and `vars(obj)` need the full engine, which the package
//! then runs the program on. No `InstanceDict` is ever made here.

use super::class::Instance;
use runnel_core::{Result, Value};
use std::rc::Rc;

pub(crate) struct InstanceDict(#[allow(dead_code)] pub Rc<Instance>);

/// `obj.__dict__`: the full engine's.
pub(crate) fn dict_of(_: Rc<Instance>) -> Result<Value> {
    Err(crate::modules::feature_needs_full_engine(
        "obj.__dict__ and vars(obj)",
    ))
}

pub(crate) fn as_plain_dict(_: &Value) -> Option<Value> {
    None
}

impl InstanceDict {
    pub(crate) fn get(&self, key: &Value) -> Result<Value> {
        Err(crate::exceptions::key_error(key))
    }
    pub(crate) fn set(&self, _: &Value, _: Value) -> Result<()> {
        Ok(())
    }
    pub(crate) fn delete(&self, _: &Value) -> Result<()> {
        Ok(())
    }
    pub(crate) fn contains(&self, _: &Value) -> bool {
        false
    }
    pub(crate) fn attr(&self, _: &crate::Interpreter, _: &str) -> Result<Value> {
        dict_of(self.0.clone())
    }
}
