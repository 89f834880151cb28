//! `collections.abc`: the abstract base classes as `isinstance`/`issubclass` targets, as
//! CPython 3.11 answers them: built-in types by their registrations, program classes by
//! the methods they define for the one-trick ABCs (`__subclasshook__`: `Iterable`,
//! `Sized`, `Hashable`...), by deriving from an ABC, or by `ABC.register(cls)`.
//!
//! A class deriving from one (`class Bag(Mapping)`) is abstract-checked for the ABC's
//! abstract methods and gets its mixin methods (`abc_mixins`); the ABC is not kept among
//! its bases (as `abc.ABC` is not), but named in `__abc_bases__`, which travels.

use crate::builtins::types::{Kind, TypeObj};
use crate::native::NativeInstance;
use crate::runtime::class::{class_rc, instance_rc, PyClass};
use crate::runtime::iter::IterObj;
use crate::{Args, Interpreter, NativeFunction};
use runnel_core::value::Object;
use runnel_core::{Error, Result, Value};
use std::rc::Rc;

/// One ABC of `collections.abc`.
pub(crate) struct AbcClass(pub &'static str);

/// Each ABC: its name, its direct ABC parents, and its abstract methods.
const TABLE: &[(&str, &[&str], &[&str])] = &[
    ("Hashable", &[], &["__hash__"]),
    ("Iterable", &[], &["__iter__"]),
    ("Iterator", &["Iterable"], &["__next__"]),
    ("Reversible", &["Iterable"], &["__reversed__"]),
    ("Generator", &["Iterator"], &["send", "throw"]),
    ("Sized", &[], &["__len__"]),
    ("Container", &[], &["__contains__"]),
    ("Callable", &[], &["__call__"]),
    (
        "Collection",
        &["Sized", "Iterable", "Container"],
        &["__contains__", "__iter__", "__len__"],
    ),
    (
        "Sequence",
        &["Reversible", "Collection"],
        &["__getitem__", "__len__"],
    ),
    (
        "MutableSequence",
        &["Sequence"],
        &[
            "__delitem__",
            "__getitem__",
            "__len__",
            "__setitem__",
            "insert",
        ],
    ),
    ("ByteString", &["Sequence"], &["__getitem__", "__len__"]),
    (
        "Set",
        &["Collection"],
        &["__contains__", "__iter__", "__len__"],
    ),
    (
        "MutableSet",
        &["Set"],
        &["__contains__", "__iter__", "__len__", "add", "discard"],
    ),
    (
        "Mapping",
        &["Collection"],
        &["__getitem__", "__iter__", "__len__"],
    ),
    (
        "MutableMapping",
        &["Mapping"],
        &[
            "__delitem__",
            "__getitem__",
            "__iter__",
            "__len__",
            "__setitem__",
        ],
    ),
    ("MappingView", &["Sized"], &[]),
    ("KeysView", &["MappingView", "Set"], &[]),
    ("ItemsView", &["MappingView", "Set"], &[]),
    ("ValuesView", &["MappingView", "Collection"], &[]),
    // The `numbers` module's tower (its abstract methods as CPython 3.11 lists them).
    ("Number", &[], &[]),
    ("Complex", &["Number"], COMPLEX),
    ("Real", &["Complex"], REAL),
    ("Rational", &["Real"], RATIONAL),
    ("Integral", &["Rational"], INTEGRAL),
];

/// The ABCs of `numbers` (the rest of [`TABLE`] is `collections.abc`).
const NUMBERS: &[&str] = &["Number", "Complex", "Real", "Rational", "Integral"];

const COMPLEX: &[&str] = &[
    "__abs__",
    "__add__",
    "__complex__",
    "__eq__",
    "__mul__",
    "__neg__",
    "__pos__",
    "__pow__",
    "__radd__",
    "__rmul__",
    "__rpow__",
    "__rtruediv__",
    "__truediv__",
    "conjugate",
    "imag",
    "real",
];
const REAL: &[&str] = &[
    "__abs__",
    "__add__",
    "__ceil__",
    "__eq__",
    "__float__",
    "__floor__",
    "__floordiv__",
    "__le__",
    "__lt__",
    "__mod__",
    "__mul__",
    "__neg__",
    "__pos__",
    "__pow__",
    "__radd__",
    "__rfloordiv__",
    "__rmod__",
    "__rmul__",
    "__round__",
    "__rpow__",
    "__rtruediv__",
    "__truediv__",
    "__trunc__",
];
const RATIONAL: &[&str] = &[
    "__abs__",
    "__add__",
    "__ceil__",
    "__eq__",
    "__floor__",
    "__floordiv__",
    "__le__",
    "__lt__",
    "__mod__",
    "__mul__",
    "__neg__",
    "__pos__",
    "__pow__",
    "__radd__",
    "__rfloordiv__",
    "__rmod__",
    "__rmul__",
    "__round__",
    "__rpow__",
    "__rtruediv__",
    "__truediv__",
    "__trunc__",
    "denominator",
    "numerator",
];
const INTEGRAL: &[&str] = &[
    "__abs__",
    "__add__",
    "__and__",
    "__ceil__",
    "__eq__",
    "__floor__",
    "__floordiv__",
    "__int__",
    "__invert__",
    "__le__",
    "__lshift__",
    "__lt__",
    "__mod__",
    "__mul__",
    "__neg__",
    "__or__",
    "__pos__",
    "__pow__",
    "__radd__",
    "__rand__",
    "__rfloordiv__",
    "__rlshift__",
    "__rmod__",
    "__rmul__",
    "__ror__",
    "__round__",
    "__rpow__",
    "__rrshift__",
    "__rshift__",
    "__rtruediv__",
    "__rxor__",
    "__truediv__",
    "__trunc__",
    "__xor__",
];

fn entry(
    name: &str,
) -> Option<&'static (
    &'static str,
    &'static [&'static str],
    &'static [&'static str],
)> {
    TABLE.iter().find(|(n, _, _)| *n == name)
}

/// Whether ABC `a` is `b` or derives from it.
fn derives(a: &str, b: &str) -> bool {
    a == b || entry(a).is_some_and(|(_, parents, _)| parents.iter().any(|p| derives(p, b)))
}

impl Object for AbcClass {
    fn type_name(&self) -> &str {
        "type"
    }
    fn repr(&self) -> String {
        let module = match NUMBERS.contains(&self.0) {
            true => "numbers",
            false => "collections.abc",
        };
        format!("<class '{module}.{}'>", self.0)
    }
    fn hash(&self) -> Option<i64> {
        runnel_core::value::python_hash(&Value::str(self.0)).ok()
    }
    fn eq(&self, other: &dyn Object) -> Option<bool> {
        Some(other.as_any().downcast_ref::<AbcClass>()?.0 == self.0)
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

pub(crate) fn attrs() -> Vec<(&'static str, Value)> {
    TABLE
        .iter()
        .filter(|(n, _, _)| !NUMBERS.contains(n))
        .map(|(n, _, _)| (*n, Value::object(AbcClass(n))))
        .collect()
}

/// The `numbers` module: `Number`, `Complex`, `Real`, `Rational`, `Integral`, which the
/// built-in numbers (and `Fraction`, `Decimal`) are registered with as in CPython.
pub(crate) fn numbers_attrs() -> Vec<(&'static str, Value)> {
    NUMBERS
        .iter()
        .map(|n| (*n, Value::object(AbcClass(n))))
        .collect()
}

/// The ABCs a built-in value is registered with (the most derived ones).
fn builtin_abcs(v: &Value) -> &'static [&'static str] {
    match v {
        Value::List(_) => &["MutableSequence"],
        Value::Tuple(_) | Value::Str(_) => &["Sequence", "Hashable"],
        Value::Dict(_) => &["MutableMapping", "Reversible"],
        Value::Set(_) => &["MutableSet"],
        Value::FrozenSet(_) => &["Set", "Hashable"],
        Value::None => &["Hashable"],
        Value::Bool(_) | Value::Int(_) => &["Integral", "Hashable"],
        Value::Float(_) => &["Real", "Hashable"],
        Value::Object(o) => {
            let any = o.as_any();
            if let Some(it) = any.downcast_ref::<IterObj>() {
                return match it.type_name() {
                    "generator" => &["Generator", "Hashable"],
                    _ => &["Iterator", "Hashable"],
                };
            }
            match o.type_name() {
                "dict_keys" => &["KeysView", "Reversible"],
                "dict_items" => &["ItemsView", "Reversible"],
                "dict_values" => &["ValuesView", "Reversible", "Hashable"],
                "range" => &["Sequence", "Hashable"],
                "int" => &["Integral", "Hashable"],
                "complex" => &["Complex", "Hashable"],
                "Fraction" => &["Rational", "Hashable"],
                "decimal.Decimal" => &["Number", "Hashable"],
                "bytes" => &["ByteString", "Hashable"],
                "bytearray" => &["MutableSequence", "ByteString"],
                "collections.deque" | "deque" => &["MutableSequence"],
                "type" | "function" | "builtin_function_or_method" | "method" => {
                    &["Callable", "Hashable"]
                }
                _ if o.tuple_items().is_some() => &["Sequence", "Hashable"],
                _ if crate::builtins::is_callable(v) => &["Callable", "Hashable"],
                _ => &["Hashable"],
            }
        }
    }
}

/// The dunder methods a one-trick ABC's `__subclasshook__` looks for.
fn hook_methods(abc: &str) -> Option<&'static [&'static str]> {
    Some(match abc {
        "Hashable" => &["__hash__"],
        "Iterable" => &["__iter__"],
        "Iterator" => &["__iter__", "__next__"],
        "Reversible" => &["__reversed__", "__iter__"],
        "Generator" => &["__iter__", "__next__", "send", "throw", "close"],
        "Sized" => &["__len__"],
        "Container" => &["__contains__"],
        "Callable" => &["__call__"],
        "Collection" => &["__len__", "__iter__", "__contains__"],
        _ => return None,
    })
}

/// The ABC names a program class derives from or was registered with.
fn declared(class: &PyClass) -> Vec<String> {
    let mut out = Vec::new();
    for c in std::iter::once(class).chain(class.mro.iter().map(|c| &**c)) {
        for key in ["__abc_bases__", "__abc_registered__"] {
            if let Some(Value::Tuple(t)) = c.dict.borrow().get(key) {
                out.extend(t.iter().map(|v| v.to_str()));
            }
        }
    }
    out
}

/// Whether a program class is a (virtual) subclass of the ABC `abc`.
fn class_is(class: &PyClass, abc: &str) -> bool {
    if declared(class).iter().any(|d| derives(d, abc)) {
        return true;
    }
    if let Some(k) = class.builtin {
        if kind_is(k, abc) {
            return true;
        }
    }
    hook_methods(abc).is_some_and(|ms| {
        ms.iter().all(|m| match class.lookup(m) {
            Some(Value::None) | None => *m == "__hash__" && class.lookup(m).is_none(),
            Some(_) => true,
        })
    })
}

/// Whether a built-in type is a subclass of the ABC `abc`.
fn kind_is(k: Kind, abc: &str) -> bool {
    let sample = match k {
        Kind::List => Value::list(vec![]),
        Kind::Tuple => Value::tuple(vec![]),
        Kind::Str => Value::str(""),
        Kind::Dict => Value::dict(Default::default()),
        Kind::Set => Value::Set(Default::default()),
        Kind::Int | Kind::Bool => Value::Int(0),
        Kind::Float => Value::Float(0.0),
        Kind::Range => Value::object(crate::runtime::iter::RangeObj {
            start: 0,
            stop: 0,
            step: 1,
        }),
        Kind::Type | Kind::Function => return matches!(abc, "Callable" | "Hashable"),
        _ => return abc == "Hashable",
    };
    builtin_abcs(&sample).iter().any(|b| derives(b, abc))
}

/// `isinstance(v, abc)`; `None` when `cls` is not a `collections.abc` class.
pub(crate) fn instance_of(v: &Value, cls: &Value) -> Option<bool> {
    let abc = cls.downcast::<AbcClass>()?.0;
    if let Some(inst) = instance_rc(v) {
        return Some(class_is(&inst.class, abc));
    }
    if let Some(c) = NativeInstance::class_of(v) {
        match c.name.as_str() {
            "collections.deque" => return Some(derives("MutableSequence", abc)),
            "collections.ChainMap" => return Some(derives("MutableMapping", abc)),
            _ => {}
        }
    }
    Some(builtin_abcs(v).iter().any(|b| derives(b, abc)))
}

/// `issubclass(cls, abc)`; `None` when `info` is not a `collections.abc` class.
pub(crate) fn subclass_of(cls: &Value, info: &Value) -> Option<bool> {
    let abc = info.downcast::<AbcClass>()?.0;
    if let Some(own) = cls.downcast::<AbcClass>() {
        return Some(derives(own.0, abc));
    }
    if let Some(c) = class_rc(cls) {
        return Some(class_is(&c, abc));
    }
    if let Some(t) = cls.downcast::<TypeObj>() {
        return Some(kind_is(t.kind, abc));
    }
    Some(false)
}

/// Whether a class base is an ABC of `collections.abc`.
pub(crate) fn is_abc_base(v: &Value) -> bool {
    v.downcast::<AbcClass>().is_some()
}

/// The ABC names among a class statement's bases (removed from them), and the abstract
/// methods they require.
pub(crate) fn take_bases(bases: &mut Vec<Value>) -> Vec<&'static str> {
    let names: Vec<&'static str> = bases
        .iter()
        .filter_map(|b| b.downcast::<AbcClass>().map(|a| a.0))
        .collect();
    bases.retain(|b| !is_abc_base(b));
    names
}

/// The abstract methods of the ABCs `names`.
pub(crate) fn abstract_names(names: &[&str]) -> Vec<&'static str> {
    let mut out: Vec<&'static str> = Vec::new();
    for n in names {
        for m in entry(n).map_or(&[][..], |e| e.2) {
            if !out.contains(m) {
                out.push(m);
            }
        }
    }
    out
}

/// `Iterable.register(cls)` / `MyABC.register(cls)`: a function recording `cls` as a
/// virtual subclass (in its `__abc_registered__`, which travels with it).
pub(crate) fn register_fn(abc: Value) -> Value {
    NativeFunction::new("register", move |_: &Interpreter, a: Args| {
        a.check_count("register", 1, 1)?;
        let sub = a.positional[0].clone();
        let Some(c) = class_rc(&sub) else {
            if sub.type_name() == "type" {
                return Ok(sub);
            }
            return Err(Error::type_error("Can only register classes"));
        };
        let mut d = c.dict.borrow_mut();
        let mut now: Vec<Value> = match d.get("__abc_registered__") {
            Some(Value::Tuple(t)) => t.to_vec(),
            _ => Vec::new(),
        };
        let entry = match abc.downcast::<AbcClass>() {
            Some(a) => Value::str(a.0),
            None => abc.clone(),
        };
        now.push(entry);
        d.insert(Rc::from("__abc_registered__"), Value::tuple(now));
        Ok(sub.clone())
    })
}

/// Whether an instance's class was registered with the program ABC `abc`.
pub(crate) fn registered_with(v: &Value, abc: &PyClass) -> bool {
    instance_rc(v).is_some_and(|i| class_registered(&i.class, abc))
}

/// Whether `class` (or an ancestor) was registered with the program ABC `abc`.
pub(crate) fn class_registered(class: &Rc<PyClass>, abc: &PyClass) -> bool {
    std::iter::once(class).chain(class.mro.iter()).any(|c| {
        match c.dict.borrow().get("__abc_registered__") {
            Some(Value::Tuple(t)) => t
                .iter()
                .any(|r| class_rc(r).is_some_and(|r| r.is_subclass_of(abc))),
            _ => false,
        }
    })
}

/// `Iterable.register` and `__name__` of an ABC.
pub(crate) fn attr(v: &Value, name: &str) -> Option<Result<Value>> {
    let abc = v.downcast::<AbcClass>()?;
    Some(match name {
        "register" => Ok(register_fn(v.clone())),
        "__name__" | "__qualname__" => Ok(Value::str(abc.0)),
        "__module__" => Ok(Value::str("collections.abc")),
        _ => Err(Error::new(
            "AttributeError",
            format!("type object '{}' has no attribute '{name}'", abc.0),
        )),
    })
}
