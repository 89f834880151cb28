//! PySpark's `ResultIterable`: the values `groupByKey` gathers for a key.

use crate::value::{Freezer, Object, Portable, PortableObject, Reviver, Unpickle, Value};
use std::any::Any;

/// The grouped values of one key. Python shows it by address
/// (`<pyspark.resultiterable.ResultIterable object at 0x7f...>`); programs usually turn it
/// into a list first.
pub struct ResultIterable {
    pub values: Vec<Value>,
}

impl Object for ResultIterable {
    fn type_name(&self) -> &str {
        "ResultIterable"
    }
    fn repr(&self) -> String {
        // The address is not Spark's (it differs on every run there too), but it is stable
        // per object so that a program's output does not change from run to run here.
        format!(
            "<pyspark.resultiterable.ResultIterable object at {:#x}>",
            self as *const _ as usize as u64 & 0xffff_ffff_ffff
        )
    }
    fn iterate(&self) -> Option<crate::Result<Vec<Value>>> {
        Some(Ok(self.values.clone()))
    }
    fn len(&self) -> Option<usize> {
        Some(self.values.len())
    }
    // Pickled with its list (PySpark's class keeps `data`): the sets inside are rebuilt.
    fn unpickled(&self) -> Option<Value> {
        if !self.values.iter().any(crate::value::changed_by_pickle) {
            return None;
        }
        let values = self
            .values
            .iter()
            .cloned()
            .map(Unpickle::unpickle)
            .collect();
        Some(Value::object(ResultIterable { values }))
    }
    fn freeze(&self, f: &mut Freezer) -> Option<crate::Result<Box<dyn PortableObject>>> {
        let values: crate::Result<Vec<Portable>> =
            self.values.iter().map(|v| f.freeze(v)).collect();
        Some(values.map(|values| Box::new(PortableResultIterable(values)) as _))
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

#[derive(Debug)]
struct PortableResultIterable(Vec<Portable>);

impl PortableObject for PortableResultIterable {
    fn revive(&self, r: &mut Reviver, _id: u32) -> crate::Result<Value> {
        Ok(Value::object(ResultIterable {
            values: r.revive_all(&self.0)?,
        }))
    }
}
