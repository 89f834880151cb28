//! The rest of `enum`'s surface: the functional API (`Enum('Color', 'RED GREEN')`, with
//! lists, pairs or a dict, and `start=`), `@unique`, and `isinstance`/`issubclass`
//! against the enum base classes.

use super::enums::{base_kind, kind_of, member_map, name_value, EnumBase, EnumKind};
use crate::runtime::class::{class_rc, instance_rc, ClassFields, PyClass};
use crate::{Args, Interpreter, NativeFunction};
use indexmap::IndexMap;
use runnel_core::{Error, Result, Value};
use std::rc::Rc;

/// `enum.EnumType` (`EnumMeta`): what `type(Color)` is.
pub(crate) struct EnumType;

impl runnel_core::value::Object for EnumType {
    fn type_name(&self) -> &str {
        "type"
    }
    fn repr(&self) -> String {
        "<class 'enum.EnumType'>".into()
    }
    fn eq(&self, other: &dyn runnel_core::value::Object) -> Option<bool> {
        Some(other.as_any().is::<EnumType>())
    }
    fn hash(&self) -> Option<i64> {
        Some(0x656e_756d_7479)
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

pub(crate) fn attrs() -> Vec<(&'static str, Value)> {
    vec![
        ("unique", NativeFunction::new("unique", unique)),
        ("EnumType", Value::object(EnumType)),
        ("EnumMeta", Value::object(EnumType)),
    ]
}

/// `type(C)` of an enum class.
pub(crate) fn type_of_class(cls: &Value) -> Option<Value> {
    class_rc(cls)
        .filter(|c| member_map(c).is_some())
        .map(|_| Value::object(EnumType))
}

/// `@unique`: refuses a class with aliases, naming each (`C -> A`).
fn unique(_: &Interpreter, a: Args) -> Result<Value> {
    a.check_count("unique", 1, 1)?;
    let cls = &a.positional[0];
    let class = class_rc(cls)
        .filter(|c| member_map(c).is_some())
        .ok_or_else(|| Error::type_error("unique() needs an enum class"))?;
    let Some(Value::Dict(d)) = member_map(&class) else {
        return Ok(cls.clone());
    };
    let mut dups = Vec::new();
    for (k, m) in d.borrow()?.iter() {
        let (name, _, _) = name_value(m)?;
        let key = k.to_str();
        if let Some(n) = name.filter(|n| *n != key) {
            dups.push(format!("{key} -> {n}"));
        }
    }
    if dups.is_empty() {
        return Ok(cls.clone());
    }
    Err(Error::value_error(format!(
        "duplicate values found in {}: {}",
        class.repr(),
        dups.join(", ")
    )))
}

/// `Enum('Color', names, *, start=1)`: a new enum class.
pub(crate) fn functional(interp: &Interpreter, kind: EnumKind, mut a: Args) -> Result<Value> {
    let start = a.take_keyword("start");
    for k in ["module", "qualname", "type", "boundary"] {
        a.take_keyword(k);
    }
    let names = a.take(1, "names");
    let name = a.take(0, "value");
    a.finish(kind.name())?;
    let (Some(Value::Str(name)), Some(names)) = (name, names) else {
        return Err(Error::type_error(format!(
            "{}() needs a class name and its member names",
            kind.name()
        )));
    };
    let start = match start {
        Some(Value::Int(i)) => i,
        None => 1,
        Some(other) => {
            return Err(Error::type_error(format!(
                "start must be an int, not {}",
                other.type_name()
            )))
        }
    };
    let dict = member_values(interp, kind, &names, start)?;
    let def_id = functional_id(&name);
    PyClass::create(
        interp,
        ClassFields {
            name: name.clone(),
            def_id,
            bases: vec![Value::object(EnumBase(kind))],
            dict,
        },
    )
}

/// An id for a class made by the functional API, apart from the program's class
/// statements (which count up from 0) and stable across interpreters.
pub(crate) fn functional_id(name: &str) -> usize {
    let h = name.bytes().fold(0x811c_9dc5u32, |h, b| {
        (h ^ b as u32).wrapping_mul(0x0100_0193)
    });
    usize::MAX - (h as usize & 0xf_ffff)
}

/// The members' names and values: `'A B'`/`'A, B'`, a list of names, of pairs, or a dict.
fn member_values(
    interp: &Interpreter,
    kind: EnumKind,
    names: &Value,
    start: i64,
) -> Result<IndexMap<Rc<str>, Value>> {
    let mut out = IndexMap::new();
    let auto_value = |i: usize, name: &str| match kind {
        EnumKind::Flag | EnumKind::IntFlag => Value::Int(1i64 << i.min(62)),
        EnumKind::StrEnum => Value::str(&name.to_lowercase()),
        _ => Value::Int(start + i as i64),
    };
    let items: Vec<Value> = match names {
        Value::Str(s) => s
            .replace(',', " ")
            .split_whitespace()
            .map(Value::str)
            .collect(),
        Value::Dict(d) => {
            for (k, v) in d.borrow()?.iter() {
                out.insert(Rc::from(k.to_str().as_str()), v.clone());
            }
            return Ok(out);
        }
        other => interp.collect(other)?,
    };
    for (i, item) in items.iter().enumerate() {
        match item {
            Value::Str(n) => {
                out.insert(n.clone(), auto_value(i, n));
            }
            Value::Tuple(t) if t.len() == 2 => {
                out.insert(Rc::from(t[0].to_str().as_str()), t[1].clone());
            }
            other => {
                return Err(Error::type_error(format!(
                    "an enum member must be a name or a (name, value) pair, not {}",
                    other.repr()
                )))
            }
        }
    }
    Ok(out)
}

/// Whether an enum class of kind `own` derives from the base class `base`.
fn kind_derives(own: EnumKind, base: EnumKind) -> bool {
    use EnumKind::*;
    own == base || base == Enum || (base == Flag && own == IntFlag)
}

/// `isinstance(x, Enum)` (and the other bases); `None` when `cls` is none of them.
pub(crate) fn instance_of(v: &Value, cls: &Value) -> Option<bool> {
    if cls.downcast::<EnumType>().is_some() {
        return Some(type_of_class(v).is_some() || base_kind(v).is_some());
    }
    let base = base_kind(cls)?;
    Some(
        instance_rc(v).is_some_and(|i| {
            member_map(&i.class).is_some() && kind_derives(kind_of(&i.class), base)
        }),
    )
}

/// `issubclass(C, Enum)`; `None` when `info` is not an enum base class.
pub(crate) fn subclass_of(cls: &Value, info: &Value) -> Option<bool> {
    let base = base_kind(info)?;
    if let Some(own) = base_kind(cls) {
        return Some(kind_derives(own, base));
    }
    Some(class_rc(cls).is_some_and(|c| member_map(&c).is_some() && kind_derives(kind_of(&c), base)))
}
