//! `collections.ChainMap`: lookups through a list of dicts, writes and deletes in the
//! first, as CPython's `ChainMap` (`maps`, `new_child`, `parents`, `get`, `pop`, the
//! views as lists, `ChainMap({...}, {...})` as its repr). Its maps are dicts.

use crate::native::{NativeClass, NativeInstance};
use crate::{Args, Interpreter};
use runnel_core::value::{PyCell, PyDict, Shared};
use runnel_core::{Error, Result, Value};
use std::cell::RefCell;
use std::rc::Rc;

type Dict = Shared<PyCell<PyDict>>;

struct Chain {
    maps: RefCell<Vec<Dict>>,
}

fn chain(v: &Value) -> Result<Rc<Chain>> {
    NativeInstance::data_of::<Chain>(v).ok_or_else(|| Error::type_error("not a ChainMap"))
}

fn maps_of(inst: &NativeInstance) -> Vec<Dict> {
    inst.data
        .clone()
        .downcast::<Chain>()
        .map(|c| c.maps.borrow().clone())
        .unwrap_or_default()
}

fn lookup(maps: &[Dict], key: &Value) -> Result<Option<Value>> {
    for m in maps {
        if let Some(v) = m.borrow()?.get(key)? {
            return Ok(Some(v.clone()));
        }
    }
    Ok(None)
}

/// The keys, as CPython orders them: the last map's first, each once.
fn keys(maps: &[Dict]) -> Result<Vec<Value>> {
    let mut seen = PyDict::new();
    for m in maps.iter().rev() {
        for k in m.borrow()?.keys() {
            seen.insert(k.clone(), Value::None)?;
        }
    }
    Ok(seen.keys().cloned().collect())
}

fn first(v: &Value) -> Result<Dict> {
    chain(v)?
        .maps
        .borrow()
        .first()
        .cloned()
        .ok_or_else(|| crate::exceptions::key_error(&Value::str("ChainMap is empty")))
}

fn arg(a: &Args, i: usize) -> Result<Value> {
    a.positional
        .get(i)
        .cloned()
        .ok_or_else(|| Error::type_error("missing argument"))
}

fn not_in_first(k: &Value) -> Error {
    let text = format!("Key not found in the first mapping: {}", k.repr());
    crate::exceptions::key_error(&Value::str(&text))
}

fn make(class: &Rc<NativeClass>, maps: Vec<Dict>) -> Value {
    NativeInstance::new(
        class.clone(),
        Rc::new(Chain {
            maps: RefCell::new(maps),
        }),
    )
}

fn dict_arg(v: Value) -> Result<Dict> {
    match v {
        Value::Dict(d) => Ok(d),
        other => Err(Error::type_error(format!(
            "Runnel's ChainMap holds dicts, not '{}'",
            other.type_name()
        ))),
    }
}

fn pairs(v: &Value) -> Result<Vec<(Value, Value)>> {
    let maps = chain(v)?.maps.borrow().clone();
    keys(&maps)?
        .into_iter()
        .map(|k| Ok((k.clone(), lookup(&maps, &k)?.unwrap_or(Value::None))))
        .collect()
}

fn methods(class: NativeClass) -> NativeClass {
    class
        .method("get", |_, s, a: Args| {
            let maps = chain(s)?.maps.borrow().clone();
            let d = a.positional.get(1).cloned().unwrap_or(Value::None);
            Ok(lookup(&maps, &arg(&a, 0)?)?.unwrap_or(d))
        })
        .method("keys", |_, s, _| {
            Ok(Value::list(pairs(s)?.into_iter().map(|p| p.0).collect()))
        })
        .method("values", |_, s, _| {
            Ok(Value::list(pairs(s)?.into_iter().map(|p| p.1).collect()))
        })
        .method("items", |_, s, _| {
            let items = pairs(s)?.into_iter().map(|(k, v)| Value::pair(k, v));
            Ok(Value::list(items.collect()))
        })
        .method("pop", |_, s, a: Args| {
            let k = arg(&a, 0)?;
            match (first(s)?.borrow_mut()?.remove(&k)?, a.positional.get(1)) {
                (Some(v), _) => Ok(v),
                (None, Some(d)) => Ok(d.clone()),
                (None, None) => Err(not_in_first(&k)),
            }
        })
        .method("copy", |_, s, _| {
            let mut maps = chain(s)?.maps.borrow().clone();
            if let Some(m) = maps.first_mut() {
                let copy = m.borrow()?.clone();
                *m = Shared::new(PyCell::new(copy));
            }
            let class = NativeInstance::class_of(s).ok_or_else(|| Error::type_error("ChainMap"))?;
            Ok(make(&class, maps))
        })
        .method("new_child", |_, s, a: Args| {
            let child = match a.positional.first() {
                Some(Value::None) | None => Shared::new(PyCell::new(PyDict::new())),
                Some(m) => dict_arg(m.clone())?,
            };
            let mut maps = vec![child];
            maps.extend(chain(s)?.maps.borrow().iter().cloned());
            let class = NativeInstance::class_of(s).ok_or_else(|| Error::type_error("ChainMap"))?;
            Ok(make(&class, maps))
        })
        .property("maps", |_, s| {
            let maps = chain(s)?.maps.borrow().clone();
            Ok(Value::list(maps.into_iter().map(Value::Dict).collect()))
        })
        .property("parents", |_, s| {
            let maps = chain(s)?.maps.borrow().iter().skip(1).cloned().collect();
            let class = NativeInstance::class_of(s).ok_or_else(|| Error::type_error("ChainMap"))?;
            Ok(make(&class, maps))
        })
}

/// The `ChainMap` class: `ChainMap(*maps)`.
pub(super) fn class() -> Value {
    let mut class = NativeClass::new("collections.ChainMap").with_repr(|inst| {
        let maps: Vec<String> = maps_of(inst)
            .iter()
            .map(|m| Value::Dict(m.clone()).repr())
            .collect();
        format!("ChainMap({})", maps.join(", "))
    });
    class = methods(class);
    class.slots.len = Some(Rc::new(|inst| keys(&maps_of(inst)).map_or(0, |k| k.len())));
    class.slots.iter = Some(Rc::new(|inst| keys(&maps_of(inst))));
    class.slots.getitem = Some(Rc::new(|s, key| {
        let maps = chain(s)?.maps.borrow().clone();
        lookup(&maps, key)?.ok_or_else(|| crate::exceptions::key_error(key))
    }));
    class.slots.eq = Some(Rc::new(|a, b| {
        let dict = |i: &NativeInstance| -> Option<Value> {
            let maps = maps_of(i);
            let mut d = PyDict::new();
            for k in keys(&maps).ok()? {
                let v = lookup(&maps, &k).ok()??;
                d.insert(k, v).ok()?;
            }
            Some(Value::dict(d))
        };
        matches!((dict(a), dict(b)), (Some(x), Some(y)) if x.py_eq(&y))
    }));
    class.slots.hash = Some(Rc::new(|_| None));
    class.slots.setitem = Some(Rc::new(|s, k, v| {
        let first = first(s)?;
        let mut m = first.borrow_mut()?;
        match v {
            Some(v) => m.insert(k.clone(), v).map(|_| ()),
            None => match m.remove(k)? {
                Some(_) => Ok(()),
                None => Err(not_in_first(k)),
            },
        }
    }));
    let rc = Rc::new_cyclic(|me: &std::rc::Weak<NativeClass>| {
        let me = me.clone();
        class.constructor(move |_: &Interpreter, args: Args| {
            args.finish("ChainMap")?;
            let mut maps = args
                .positional
                .into_iter()
                .map(dict_arg)
                .collect::<Result<Vec<_>>>()?;
            if maps.is_empty() {
                maps.push(Shared::new(PyCell::new(PyDict::new())));
            }
            let class = me
                .upgrade()
                .ok_or_else(|| Error::type_error("ChainMap is gone"))?;
            Ok(make(&class, maps))
        })
    });
    Value::Object(rc)
}
