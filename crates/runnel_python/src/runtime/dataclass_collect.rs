//! How `@dataclass` finds a class's fields, as `dataclasses._process_class` does: the
//! bases' fields first, then the class's own annotations (`KW_ONLY`, `ClassVar`,
//! `InitVar`), the class attribute each default leaves, and CPython's checks (mutable
//! defaults, defaults before non-defaults, frozen and plain dataclasses not mixed).

use super::class::{instance_rc, PyClass};
use super::dataclass_field::{FieldData, Kind};
use crate::Interpreter;
use indexmap::IndexMap;
use runnel_core::{Error, Result, Value};
use std::rc::Rc;

/// A frozen dataclass's bases are all frozen, a plain one's all plain.
pub(super) fn check_frozen_bases(class: &PyClass, frozen: bool) -> Result<()> {
    let bases: Vec<bool> = class
        .mro
        .iter()
        .filter_map(|b| match b.dict.borrow().get("__dataclass_params__") {
            Some(Value::Tuple(t)) => Some(t.get(5).is_some_and(|f| f.truthy())),
            _ => None,
        })
        .collect();
    if bases.is_empty() {
        return Ok(());
    }
    if bases.iter().any(|f| *f) && !frozen {
        return Err(Error::type_error(
            "cannot inherit non-frozen dataclass from a frozen one",
        ));
    }
    if !bases.iter().any(|f| *f) && frozen {
        return Err(Error::type_error(
            "cannot inherit frozen dataclass from a non-frozen one",
        ));
    }
    Ok(())
}

/// The fields of `class`: its ancestors' first, then its own annotated names.
pub(super) fn collect_fields(
    interp: &Interpreter,
    class: &Rc<PyClass>,
    kw_only_default: bool,
) -> Result<Vec<FieldData>> {
    let mut out: IndexMap<Rc<str>, FieldData> = IndexMap::new();
    for base in class.mro.iter().rev() {
        if let Some(fs) = super::dataclass_field::of_class(base) {
            for f in fs {
                out.insert(f.name(), (*f).clone());
            }
        }
    }
    let ann = match class.dict.borrow().get("__annotations__").cloned() {
        Some(Value::Dict(d)) => d
            .borrow()?
            .iter()
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect(),
        _ => Vec::new(),
    };
    let mut kw_only = kw_only_default;
    let mut marker_seen = false;
    let mut own = Vec::new();
    for (k, ty) in &ann {
        if super::dataclass_field::is_kw_only_marker(ty) {
            if marker_seen {
                return Err(Error::type_error(format!(
                    "'{}' is KW_ONLY, but KW_ONLY has already been specified",
                    class.name
                )));
            }
            marker_seen = true;
            kw_only = true;
            continue;
        }
        let name: Rc<str> = Rc::from(k.to_str().as_str());
        let attr = class.lookup(&name);
        let ty = annotation_value(interp, ty);
        let mut f = super::dataclass_field::declared(&name, &ty, attr.as_ref());
        check_field(&mut f, kw_only)?;
        own.push(f);
    }
    {
        let mut d = class.dict.borrow_mut();
        for f in &own {
            let is_field = d
                .get(&*f.name())
                .and_then(crate::native::NativeInstance::data_of::<FieldData>)
                .is_some();
            if is_field {
                match &f.default {
                    Some(v) => d.insert(f.name(), v.clone()),
                    None => d.shift_remove(&*f.name()),
                };
            }
        }
        let names: Vec<Rc<str>> = ann
            .iter()
            .map(|(k, _)| Rc::from(k.to_str().as_str()))
            .collect();
        for (k, v) in d.iter() {
            let is_field = crate::native::NativeInstance::data_of::<FieldData>(v).is_some();
            if is_field && !names.contains(k) {
                return Err(Error::type_error(format!(
                    "'{k}' is a field but has no type annotation"
                )));
            }
        }
    }
    for f in own {
        out.insert(f.name(), f);
    }
    let out: Vec<FieldData> = out.into_values().collect();
    let mut seen_default = false;
    for f in out
        .iter()
        .filter(|f| !f.is(Kind::ClassVar) && f.init && f.kw_only != Some(true))
    {
        if f.has_default() {
            seen_default = true;
        } else if seen_default {
            return Err(Error::type_error(format!(
                "non-default argument '{}' follows default argument",
                f.name()
            )));
        }
    }
    Ok(out)
}

/// A field's `type`: annotations are kept as source text; a plain name (`int`, a class
/// of the program) is looked up as CPython would have evaluated it, other text stays.
fn annotation_value(interp: &Interpreter, ty: &Value) -> Value {
    let Value::Str(s) = ty else { return ty.clone() };
    let ident = s.chars().all(|c| c.is_alphanumeric() || c == '_');
    let found = ident
        .then(|| {
            interp
                .get_global(s)
                .or_else(|| interp.builtins.get(&**s).cloned())
        })
        .flatten();
    found.unwrap_or_else(|| ty.clone())
}

/// CPython's checks of one declared field: no factory on pseudo-fields, no mutable
/// default; and its `kw_only` from the class when the field does not say.
fn check_field(f: &mut FieldData, kw_only: bool) -> Result<()> {
    if !f.is(Kind::Field) && f.factory.is_some() {
        return Err(Error::type_error(format!(
            "field {} cannot have a default factory",
            f.name()
        )));
    }
    if !f.is(Kind::ClassVar) && f.kw_only.is_none() {
        f.kw_only = Some(kw_only);
    }
    if let (true, Some(d)) = (f.is(Kind::Field), &f.default) {
        let unhashable = match d {
            Value::List(_) | Value::Dict(_) | Value::Set(_) => true,
            other => instance_rc(other)
                .is_some_and(|i| matches!(i.class.lookup("__hash__"), Some(Value::None))),
        };
        if unhashable {
            return Err(Error::value_error(format!(
                "mutable default {} for field {} is not allowed: use default_factory",
                crate::builtins::types::type_of(d).repr(),
                f.name()
            )));
        }
    }
    Ok(())
}
