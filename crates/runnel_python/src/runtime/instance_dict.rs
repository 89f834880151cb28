//! `obj.__dict__` (and `vars(obj)`): a mapping over the instance's own attributes whose
//! writes set them (`self.__dict__[k] = v`, `self.__dict__.update(kw)`), as CPython's
//! is the instance's namespace itself. Reads see the attributes as they are now.

use super::class::Instance;
use crate::{Args, NativeFunction};
use runnel_core::value::{Object, PyDict};
use runnel_core::{Error, Result, Value};
use std::any::Any;
use std::rc::Rc;

pub(crate) struct InstanceDict(pub Rc<Instance>);

/// `obj.__dict__`.
pub(crate) fn dict_of(inst: Rc<Instance>) -> Result<Value> {
    Ok(Value::object(InstanceDict(inst)))
}

/// `v` as a plain dict when it is an instance's `__dict__` (for what needs a real one:
/// `json.dumps`, `**` unpacking, `dict(...)`).
pub(crate) fn as_plain_dict(v: &Value) -> Option<Value> {
    v.downcast::<InstanceDict>().map(InstanceDict::snapshot)
}

impl InstanceDict {
    fn name(key: &Value) -> Result<Rc<str>> {
        match key {
            Value::Str(s) => Ok(Rc::from(&**s)),
            other => Err(Error::type_error(format!(
                "attribute name must be string, not '{}'",
                other.type_name()
            ))),
        }
    }

    /// The attributes as a plain dict (what the read-only methods answer from).
    pub(crate) fn snapshot(&self) -> Value {
        let mut d = PyDict::new();
        for (k, v) in self.0.dict.borrow().iter() {
            let _ = d.insert(Value::str(k), v.clone());
        }
        Value::dict(d)
    }

    pub(crate) fn get(&self, key: &Value) -> Result<Value> {
        let found = match key {
            Value::Str(s) => self.0.dict.borrow().get(&**s).cloned(),
            _ => None,
        };
        found.ok_or_else(|| crate::exceptions::key_error(key))
    }

    pub(crate) fn set(&self, key: &Value, value: Value) -> Result<()> {
        self.0.dict.borrow_mut().insert(Self::name(key)?, value);
        Ok(())
    }

    pub(crate) fn delete(&self, key: &Value) -> Result<()> {
        let removed = match key {
            Value::Str(s) => self.0.dict.borrow_mut().shift_remove(&**s),
            _ => None,
        };
        removed
            .map(|_| ())
            .ok_or_else(|| crate::exceptions::key_error(key))
    }

    pub(crate) fn contains(&self, key: &Value) -> bool {
        matches!(key, Value::Str(s) if self.0.dict.borrow().contains_key(&**s))
    }

    /// `d.update(...)`, `d.pop(k[, default])`, `d.setdefault(k[, v])`, `d.clear()`; the
    /// other methods are the snapshot's.
    pub(crate) fn attr(&self, interp: &crate::Interpreter, name: &str) -> Result<Value> {
        let me = InstanceDict(self.0.clone());
        Ok(match name {
            "update" => NativeFunction::new("update", move |interp, args: Args| {
                let d = Rc::new(runnel_core::value::PyCell::new(PyDict::new()));
                if let Some(v) = args.positional.first() {
                    crate::methods::dict::update_from(interp, &d, v)?;
                }
                for (k, v) in d.borrow()?.iter() {
                    me.set(k, v.clone())?;
                }
                for (k, v) in args.keywords {
                    me.set(&Value::str(&k), v)?;
                }
                Ok(Value::None)
            }),
            "pop" => NativeFunction::new("pop", move |_, args: Args| {
                args.check_count("pop", 1, 2)?;
                let key = &args.positional[0];
                match (me.get(key), args.positional.get(1)) {
                    (Ok(v), _) => me.delete(key).map(|_| v),
                    (Err(_), Some(default)) => Ok(default.clone()),
                    (Err(e), None) => Err(e),
                }
            }),
            "setdefault" => NativeFunction::new("setdefault", move |_, args: Args| {
                args.check_count("setdefault", 1, 2)?;
                let key = &args.positional[0];
                if let Ok(v) = me.get(key) {
                    return Ok(v);
                }
                let v = args.positional.get(1).cloned().unwrap_or(Value::None);
                me.set(key, v.clone())?;
                Ok(v)
            }),
            "clear" => NativeFunction::new("clear", move |_, args: Args| {
                args.check_count("clear", 0, 0)?;
                me.0.dict.borrow_mut().clear();
                Ok(Value::None)
            }),
            _ => crate::methods::get_attr(interp, &self.snapshot(), name)?,
        })
    }
}

impl Object for InstanceDict {
    fn type_name(&self) -> &str {
        "dict"
    }
    fn repr(&self) -> String {
        self.snapshot().repr()
    }
    fn hash(&self) -> Option<i64> {
        None
    }
    fn eq(&self, other: &dyn Object) -> Option<bool> {
        let o = other.as_any().downcast_ref::<InstanceDict>()?;
        Some(self.snapshot().py_eq(&o.snapshot()))
    }
    fn truthy(&self) -> bool {
        !self.0.dict.borrow().is_empty()
    }
    fn iterate(&self) -> Option<Result<Vec<Value>>> {
        Some(Ok(self
            .0
            .dict
            .borrow()
            .keys()
            .map(|k| Value::str(k))
            .collect()))
    }
    fn len(&self) -> Option<usize> {
        Some(self.0.dict.borrow().len())
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}
