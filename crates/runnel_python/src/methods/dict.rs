//! Methods of `dict`.

use crate::exceptions::memory_error;
use crate::{Args, Interpreter};
use runnel_core::value::{BinOp, CmpOp, PyCell, PyDict, Shared};
use runnel_core::{Error, Result, Value};

pub(crate) const NAMES: &[&str] = &[
    "get",
    "keys",
    "values",
    "items",
    "update",
    "pop",
    "setdefault",
    "copy",
    "clear",
    "popitem",
];

type Dict = Shared<PyCell<PyDict>>;

/// Adds `other`'s pairs (a dict or an iterable of pairs) to `d`.
pub(crate) fn update_from(interp: &Interpreter, d: &Dict, other: &Value) -> Result<()> {
    if let Some(plain) = crate::runtime::instance_dict::as_plain_dict(other) {
        return update_from(interp, d, &plain);
    }
    if let Some(base @ Value::Dict(_)) = crate::runtime::builtin_base::base_of(other) {
        return update_from(interp, d, &base);
    }
    // A mapping that is not a dict (a class with `keys()`): `other[k]` for each key.
    let keyed = crate::runtime::class::instance_rc(other)
        .is_some_and(|i| i.class.lookup("keys").is_some())
        || crate::native::NativeInstance::class_of(other)
            .is_some_and(|c| c.find_method("keys").is_some() && c.slots.getitem.is_some());
    if keyed {
        let keys = interp.call_method(other, "keys", Args::new(vec![]))?;
        for k in interp.collect(&keys)? {
            let v = crate::runtime::subscript::get_item(other, &k)?;
            d.borrow_mut()?.insert(k, v)?;
        }
        return Ok(());
    }
    let pairs: Vec<(Value, Value)> = match other {
        Value::Dict(o) => o
            .borrow()?
            .iter()
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect(),
        _ => {
            let mut out = Vec::new();
            for (i, item) in interp.collect(other)?.into_iter().enumerate() {
                let pair = interp.collect(&item).map_err(|_| {
                    Error::type_error(format!(
                        "cannot convert dictionary update sequence element #{i} to a sequence"
                    ))
                })?;
                if pair.len() != 2 {
                    return Err(Error::value_error(format!(
                        "dictionary update sequence element #{i} has length {}; 2 is required",
                        pair.len()
                    )));
                }
                let mut it = pair.into_iter();
                if let (Some(k), Some(v)) = (it.next(), it.next()) {
                    out.push((k, v));
                }
            }
            out
        }
    };
    let mut d = d.borrow_mut()?;
    for (k, v) in pairs {
        d.insert(k, v)?;
    }
    if d.len() > interp.config.max_collection_len {
        return Err(memory_error());
    }
    Ok(())
}

/// Calls `dict.name(args)`; `None` when dict has no such method.
pub(crate) fn call(
    interp: &Interpreter,
    _obj: &Value,
    d: &Dict,
    name: &str,
    mut args: Args,
) -> Option<Result<Value>> {
    if let Some(r) = crate::modules::collections::dict_method(interp, d, name, &mut args) {
        return Some(r);
    }
    let r = (|| -> Result<Value> {
        Ok(match name {
            "get" => {
                args.check_count("get", 1, 2)?;
                let found = d.borrow()?.get(&args.positional[0])?.cloned();
                found.unwrap_or_else(|| args.positional.get(1).cloned().unwrap_or(Value::None))
            }
            "keys" => DictView::value("dict_keys", d),
            "values" => DictView::value("dict_values", d),
            "items" => DictView::value("dict_items", d),
            "update" => {
                args.check_count("update", 0, 1)?;
                if let Some(o) = args.positional.first() {
                    update_from(interp, d, o)?;
                }
                let mut dm = d.borrow_mut()?;
                for (k, v) in args.keywords.drain(..) {
                    dm.insert(Value::str(&k), v)?;
                }
                Value::None
            }
            "pop" => {
                args.check_count("pop", 1, 2)?;
                let removed = d.borrow_mut()?.remove(&args.positional[0])?;
                match (removed, args.positional.get(1)) {
                    (Some(v), _) => v,
                    (None, Some(default)) => default.clone(),
                    (None, None) => return Err(crate::exceptions::key_error(&args.positional[0])),
                }
            }
            "popitem" => {
                let mut dm = d.borrow_mut()?;
                let last = dm.iter().last().map(|(k, v)| (k.clone(), v.clone()));
                match last {
                    Some((k, v)) => {
                        dm.remove(&k)?;
                        Value::pair(k, v)
                    }
                    None => {
                        return Err(crate::exceptions::key_error(&Value::str(
                            "popitem(): dictionary is empty",
                        )))
                    }
                }
            }
            "setdefault" => {
                args.check_count("setdefault", 1, 2)?;
                let key = args.positional[0].clone();
                let existing = d.borrow()?.get(&key)?.cloned();
                match existing {
                    Some(v) => v,
                    None => {
                        let v = args.positional.get(1).cloned().unwrap_or(Value::None);
                        d.borrow_mut()?.insert(key, v.clone())?;
                        v
                    }
                }
            }
            "copy" => Value::dict(d.borrow()?.clone()),
            "clear" => {
                let mut d = d.borrow_mut()?;
                let kind = std::mem::take(&mut d.kind);
                *d = PyDict::of_kind(kind);
                Value::None
            }
            _ => return Err(Error::new("__none__", "")),
        })
    })();
    match r {
        Err(e) if e.exc_type == "__none__" => None,
        other => Some(other),
    }
}

/// `dict.keys()`/`values()`/`items()`: a live view of the dict (it sees later changes).
pub(crate) struct DictView {
    pub(crate) kind: &'static str,
    pub(crate) dict: Dict,
}

impl DictView {
    fn value(kind: &'static str, dict: &Dict) -> Value {
        Value::object(DictView {
            kind,
            dict: dict.clone(),
        })
    }

    /// What the view holds now: keys, values, or `(key, value)` pairs.
    pub(crate) fn items(&self) -> Vec<Value> {
        let Ok(d) = self.dict.borrow() else {
            return Vec::new();
        };
        match self.kind {
            "dict_keys" => d.keys().cloned().collect(),
            "dict_values" => d.values().cloned().collect(),
            _ => d
                .iter()
                .map(|(k, v)| Value::pair(k.clone(), v.clone()))
                .collect(),
        }
    }

    fn len(&self) -> usize {
        self.dict.borrow().map_or(0, |d| d.len())
    }
}

impl runnel_core::value::Object for DictView {
    fn type_name(&self) -> &str {
        self.kind
    }
    fn repr(&self) -> String {
        format!("{}({})", self.kind, Value::list(self.items()).repr())
    }
    fn iterate(&self) -> Option<Result<Vec<Value>>> {
        Some(Ok(self.items()))
    }
    fn len(&self) -> Option<usize> {
        Some(DictView::len(self))
    }
    fn truthy(&self) -> bool {
        DictView::len(self) > 0
    }
    fn binop(&self, op: BinOp, other: &Value, reflected: bool) -> Option<Result<Value>> {
        if !super::dict_view::set_like(self.kind) {
            return None;
        }
        let me = Value::list(self.items());
        match reflected {
            false => super::dict_view::binop(op, &me, other),
            true => super::dict_view::binop(op, other, &me),
        }
    }
    fn compare(&self, op: CmpOp, other: &Value) -> Option<Result<bool>> {
        if !super::dict_view::set_like(self.kind) {
            return None;
        }
        super::dict_view::compare(self, op, other)
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}
