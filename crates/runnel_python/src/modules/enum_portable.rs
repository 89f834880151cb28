//! Enum members travelling between interpreters: a member goes as its class and name
//! and is that class's member where revived (so `is` holds on each side); the class goes
//! without its members, which are made again from their names and values.

use super::enums::{by_name, member_map, name_value};
use crate::runtime::class::Instance;
use runnel_core::value::{Freezer, Object, Portable, PortableObject, Reviver};
use runnel_core::{Error, Result, Value};
use std::rc::Rc;

/// Whether a class attribute travels with the class: an enum's members and their maps
/// are made again from `enums::VALUES` where the class is revived.
pub(crate) fn travels(class: &crate::runtime::class::PyClass, key: &str) -> bool {
    if matches!(
        key,
        "_member_map_" | "__members__" | super::enum_flag::PSEUDO
    ) {
        return false;
    }
    let Some(Value::Dict(d)) = class.dict.borrow().get("_member_map_").cloned() else {
        return true;
    };
    let is_member = d
        .borrow()
        .is_ok_and(|d| d.get(&Value::str(key)).is_ok_and(|m| m.is_some()));
    !is_member
}

/// A member travels as its class and name, and is that class's member where revived.
pub(crate) fn freeze_member(v: &Value, f: &mut Freezer) -> Option<Result<Box<dyn PortableObject>>> {
    let inst = v.downcast::<Instance>()?;
    member_map(&inst.class)?;
    let class = Value::Object(inst.class.clone() as Rc<dyn Object>);
    Some((|| {
        let (name, value, _) = name_value(v)?;
        let named = name.clone().map(|n| Value::str(&n));
        let is_named = match (named, member_map(&inst.class)) {
            (Some(n), Some(Value::Dict(d))) => d.borrow()?.get(&n)?.is_some(),
            _ => false,
        };
        // A flag's pseudo-member (`Perm.R|X`) travels as its value.
        let flag_value = match value {
            Value::Int(i) if !is_named => Some(i),
            _ => None,
        };
        Ok(Box::new(PortableMember(
            f.freeze(&class)?,
            name.unwrap_or_default(),
            flag_value,
        )) as Box<dyn PortableObject>)
    })())
}

#[derive(Debug)]
struct PortableMember(Portable, String, Option<i64>);

impl PortableObject for PortableMember {
    fn revive(&self, r: &mut Reviver, id: u32) -> Result<Value> {
        let class = r.revive(&self.0)?;
        if let Some(v) = self.2 {
            let member = super::enum_flag::revive(&class, v)?;
            r.remember(id, member.clone());
            return Ok(member);
        }
        let class = crate::runtime::class::class_rc(&class).ok_or_else(|| {
            Error::new("UnpicklingError", "an enum member's class is not a class")
        })?;
        let member = by_name(&class, &Value::str(&self.1)).unwrap_or_else(|| {
            Err(Error::new(
                "UnpicklingError",
                "an enum member's class is not an enum",
            ))
        })?;
        r.remember(id, member.clone());
        Ok(member)
    }
}
