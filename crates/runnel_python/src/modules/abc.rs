//! `abc`: `ABC`, `ABCMeta` and `abstractmethod`, as CPython 3.11 enforces them: a class
//! deriving from `ABC` (or made with `metaclass=ABCMeta`) records the abstract methods it
//! has left in `__abstractmethods__`, and one that has some cannot be instantiated.
//! `ABC` and `ABCMeta` mark the class and are not kept among its bases (`__bases__` and
//! `isinstance(x, ABC)` do not show them).

use crate::runtime::class::PyClass;
use crate::{Args, Interpreter, NativeFunction};
use indexmap::IndexMap;
use runnel_core::value::{Object, PySet};
use runnel_core::{Error, Result, Value};
use std::rc::Rc;

/// `abc.ABC` or `abc.ABCMeta`: marks a class statement's class as abstract-checked.
struct AbcMarker(&'static str);

impl Object for AbcMarker {
    fn type_name(&self) -> &str {
        match self.0 {
            "ABC" => "ABCMeta",
            _ => "type",
        }
    }
    fn repr(&self) -> String {
        format!("<class 'abc.{}'>", self.0)
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

pub(crate) fn attrs() -> Vec<(&'static str, Value)> {
    vec![
        ("ABC", Value::object(AbcMarker("ABC"))),
        ("ABCMeta", Value::object(AbcMarker("ABCMeta"))),
        (
            "abstractmethod",
            NativeFunction::new("abstractmethod", |interp: &Interpreter, args: Args| {
                args.check_count("abstractmethod", 1, 1)?;
                args.finish("abstractmethod")?;
                let f = args.positional[0].clone();
                interp.abstract_methods.borrow_mut().push(f.clone());
                Ok(f)
            }),
        ),
    ]
}

/// Whether a class base is `ABC` or `ABCMeta`.
pub(crate) fn is_marker(v: &Value) -> bool {
    v.downcast::<AbcMarker>().is_some()
}

/// Whether `v` was decorated with `abstractmethod` (a property by its getter).
fn is_abstract(interp: &Interpreter, v: &Value) -> bool {
    use crate::runtime::members::{ClassMethod, Property, StaticMethod};
    let inner = v
        .downcast::<Property>()
        .map(|p| p.fget.clone())
        .or_else(|| v.downcast::<StaticMethod>().map(|m| m.0.clone()))
        .or_else(|| v.downcast::<ClassMethod>().map(|m| m.0.clone()));
    if let Some(inner) = inner {
        return is_abstract(interp, &inner);
    }
    let same = |f: &Value| match (f, v) {
        (Value::Object(a), Value::Object(b)) => std::ptr::addr_eq(Rc::as_ptr(a), Rc::as_ptr(b)),
        _ => false,
    };
    interp.abstract_methods.borrow().iter().any(same)
}

/// The `__abstractmethods__` of a new class (as `abc._abc_init`): its own abstract names
/// and its bases' ones it has not overridden, sorted; `None` when the class is not
/// abstract-checked (no `ABC` base and no abstract-checked ancestor).
pub(crate) fn abstract_methods(
    interp: &Interpreter,
    marked: bool,
    mro: &[Rc<PyClass>],
    dict: &IndexMap<Rc<str>, Value>,
    abc_bases: &[&str],
) -> Option<Result<Value>> {
    let inherited: Vec<Value> = mro
        .iter()
        .filter_map(|c| c.dict.borrow().get("__abstractmethods__").cloned())
        .collect();
    if !marked && inherited.is_empty() {
        return None;
    }
    let lookup = |name: &str| {
        dict.get(name)
            .cloned()
            .or_else(|| mro.iter().find_map(|c| c.dict.borrow().get(name).cloned()))
    };
    Some((|| {
        let mut names: Vec<Rc<str>> = Vec::new();
        let own = dict.iter().filter(|(_, v)| is_abstract(interp, v));
        let mut candidates: Vec<Rc<str>> = own.map(|(k, _)| k.clone()).collect();
        // A `collections.abc` base's abstract methods, which exist nowhere until defined.
        let from_abcs = crate::modules::collections::abc::abstract_names(abc_bases);
        candidates.extend(from_abcs.iter().map(|n| Rc::from(*n)));
        for set in &inherited {
            for n in interp.collect(set)? {
                if let Value::Str(s) = n {
                    candidates.push(s);
                }
            }
        }
        for n in candidates {
            if !names.contains(&n) && lookup(&n).is_none_or(|v| is_abstract(interp, &v)) {
                names.push(n);
            }
        }
        let mut set = PySet::new();
        for n in names {
            set.insert(Value::Str(n))?;
        }
        Ok(Value::FrozenSet(set.into()))
    })())
}

/// `X()` of a class with abstract methods left: CPython's `TypeError`.
pub(crate) fn check_instantiable(interp: &Interpreter, class: &PyClass) -> Result<()> {
    let Some(set) = class.dict.borrow().get("__abstractmethods__").cloned() else {
        return Ok(());
    };
    let mut names: Vec<String> = interp.collect(&set)?.iter().map(|v| v.to_str()).collect();
    if names.is_empty() {
        return Ok(());
    }
    names.sort();
    Err(Error::type_error(format!(
        "Can't instantiate abstract class {} with abstract method{} {}",
        class.name,
        if names.len() == 1 { "" } else { "s" },
        names.join(", ")
    )))
}
