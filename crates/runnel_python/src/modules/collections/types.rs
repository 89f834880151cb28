//! `Counter`, `OrderedDict` and `defaultdict` as the classes CPython has: `type(c)` of a
//! Counter is `Counter` (not `dict`), `isinstance(x, Counter)` asks the dict's kind,
//! `issubclass(Counter, dict)` holds, and calling the class builds one. The values are one
//! per thread, so `type(c) is Counter` holds.

use crate::{Args, Interpreter};
use runnel_core::value::{DictKind, Object};
use runnel_core::{Result, Value};

/// One of the dict-kind classes, by `DictKind::name`.
pub(crate) struct DictType(pub &'static str);

const NAMES: [&str; 3] = ["Counter", "OrderedDict", "defaultdict"];

thread_local! {
    static TYPES: Vec<Value> = NAMES.iter().map(|n| Value::object(DictType(n))).collect();
}

/// The class value named `name` (`Counter`...).
pub(crate) fn value(name: &str) -> Option<Value> {
    let i = NAMES.iter().position(|n| *n == name)?;
    TYPES.with(|t| t.get(i).cloned())
}

impl Object for DictType {
    fn type_name(&self) -> &str {
        "type"
    }
    fn repr(&self) -> String {
        format!("<class 'collections.{}'>", self.0)
    }
    fn hash(&self) -> Option<i64> {
        runnel_core::value::python_hash(&Value::str(self.0)).ok()
    }
    fn eq(&self, other: &dyn Object) -> Option<bool> {
        Some(other.as_any().downcast_ref::<DictType>()?.0 == self.0)
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

/// `type(d)` of a dict of a `collections` kind; `None` for a plain dict.
pub(crate) fn type_of(v: &Value) -> Option<Value> {
    let Value::Dict(d) = v else { return None };
    let kind = d.borrow().ok()?.kind.name();
    value(kind)
}

/// `isinstance(v, Counter)`; `None` when `cls` is not one of these classes.
pub(crate) fn instance_of(v: &Value, cls: &Value) -> Option<bool> {
    cls.downcast::<DictType>()?;
    Some(type_of(v).is_some_and(|own| own.py_eq(cls)))
}

/// `issubclass(Counter, dict)` and the like; `None` when neither side is one of these.
pub(crate) fn subclass_of(cls: &Value, info: &Value) -> Option<bool> {
    let own = cls.downcast::<DictType>();
    let target = info.downcast::<DictType>();
    match (own, target) {
        (Some(a), Some(b)) => Some(a.0 == b.0),
        (Some(_), None) => {
            let t = info.downcast::<crate::builtins::types::TypeObj>()?;
            use crate::builtins::types::Kind;
            Some(matches!(t.kind, Kind::Dict | Kind::Object))
        }
        (None, Some(_)) => Some(false),
        (None, None) => None,
    }
}

/// `Counter(...)`, `OrderedDict(...)`, `defaultdict(...)`.
pub(crate) fn call(interp: &Interpreter, t: &DictType, args: Args) -> Result<Value> {
    match t.0 {
        "Counter" => super::counter::construct(interp, args),
        "OrderedDict" => super::filled(interp, DictKind::OrderedDict, args, "OrderedDict"),
        _ => super::defaultdict(interp, args),
    }
}

/// `Counter.__name__`.
pub(crate) fn attr(v: &Value, name: &str) -> Option<Result<Value>> {
    let t = v.downcast::<DictType>()?;
    Some(match name {
        "__name__" | "__qualname__" => Ok(Value::str(t.0)),
        "__module__" => Ok(Value::str("collections")),
        "fromkeys" if t.0 == "OrderedDict" => Ok(crate::native::NativeFunction::new(
            "fromkeys",
            |interp, args: Args| {
                args.check_count("fromkeys", 1, 2)?;
                let value = args.positional.get(1).cloned().unwrap_or(Value::None);
                let mut d = runnel_core::value::PyDict::of_kind(DictKind::OrderedDict);
                for k in interp.collect(&args.positional[0])? {
                    d.insert(k, value.clone())?;
                }
                Ok(Value::dict(d))
            },
        )),
        // CPython's Counter refuses it: a count per key is what the class is for.
        "fromkeys" if t.0 == "Counter" => {
            Ok(crate::native::NativeFunction::new("fromkeys", |_, _| {
                Err(runnel_core::Error::new(
                    "NotImplementedError",
                    "Counter.fromkeys() is undefined.  Use Counter(iterable) instead.",
                ))
            }))
        }
        _ => Err(runnel_core::Error::new(
            "AttributeError",
            format!("type object '{}' has no attribute '{name}'", t.0),
        )),
    })
}
