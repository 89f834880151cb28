//! Built-in types as values: `int`, `str`, `list`... callable (conversion) and usable with
//! `isinstance` and `type(x) == int`.

use crate::modules::date::Date;
use crate::runtime::iter::RangeObj;
use crate::runtime::slice_obj::SliceObj;
use crate::{Args, Interpreter};
use runnel_core::value::{Object, PyDict, PySet};
use runnel_core::{Error, Result, Value};
use std::any::Any;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Int,
    Float,
    Str,
    Bool,
    List,
    Tuple,
    Dict,
    Set,
    FrozenSet,
    Range,
    Slice,
    Type,
    Object,
    NoneType,
    Function,
    DateTime,
    Date,
    Bytes,
    ByteArray,
}

/// A built-in type object.
pub(crate) struct TypeObj {
    pub kind: Kind,
}

impl TypeObj {
    pub fn name(&self) -> &'static str {
        match self.kind {
            Kind::Int => "int",
            Kind::Float => "float",
            Kind::Str => "str",
            Kind::Bool => "bool",
            Kind::List => "list",
            Kind::Tuple => "tuple",
            Kind::Dict => "dict",
            Kind::Set => "set",
            Kind::FrozenSet => "frozenset",
            Kind::Range => "range",
            Kind::Slice => "slice",
            Kind::Type => "type",
            Kind::Object => "object",
            Kind::NoneType => "NoneType",
            Kind::Function => "function",
            Kind::DateTime => "datetime",
            Kind::Date => "date",
            Kind::Bytes => "bytes",
            Kind::ByteArray => "bytearray",
        }
    }

    pub fn value(kind: Kind) -> Value {
        Value::object(TypeObj { kind })
    }

    /// `isinstance(v, self)`.
    pub fn contains(&self, v: &Value) -> bool {
        if let Some(inst) = v.downcast::<crate::runtime::class::Instance>() {
            return self.kind == Kind::Object || inst.class.builtin == Some(self.kind);
        }
        match (self.kind, v) {
            (Kind::Object, _) => true,
            (Kind::Int, Value::Int(_) | Value::Bool(_)) => true,
            (Kind::Int, Value::Object(_)) => runnel_core::value::is_big(v),
            (Kind::Float, Value::Float(_)) => true,
            (Kind::Str, Value::Str(_)) => true,
            (Kind::Bool, Value::Bool(_)) => true,
            (Kind::List, Value::List(_)) => true,
            (Kind::Tuple, Value::Tuple(_)) => true,
            // A namedtuple's record.
            (Kind::Tuple, Value::Object(o)) => o.tuple_items().is_some(),
            (Kind::Dict, Value::Dict(_)) => true,
            (Kind::Dict, Value::Object(o)) => o
                .as_any()
                .is::<crate::runtime::instance_dict::InstanceDict>(),
            (Kind::Set, Value::Set(_)) => true,
            (Kind::FrozenSet, Value::FrozenSet(_)) => true,
            (Kind::NoneType, Value::None) => true,
            (Kind::Range, Value::Object(o)) => o.as_any().is::<RangeObj>(),
            (Kind::Slice, Value::Object(o)) => o.as_any().is::<SliceObj>(),
            (Kind::Bytes, Value::Object(o)) => o.as_any().is::<crate::runtime::bytes::Bytes>(),
            (Kind::ByteArray, Value::Object(o)) => {
                o.as_any().is::<crate::runtime::bytes::ByteArray>()
            }
            (Kind::DateTime, Value::Object(o)) => o.as_any().is::<runnel_core::time::DateTime>(),
            // A datetime is a date too (`datetime` derives from `date` in CPython).
            (Kind::Date, Value::Object(o)) => {
                o.as_any().is::<runnel_core::time::DateTime>() || o.as_any().is::<Date>()
            }
            (Kind::Function, Value::Object(o)) => {
                o.as_any().is::<crate::runtime::function::Function>()
            }
            (Kind::Type, Value::Object(o)) => o.type_name() == "type",
            _ => false,
        }
    }
}

/// A built-in type (`int`, `list`...) on its way to a worker thread (a defaultdict's
/// factory, a `map(str, ...)` argument): the same type there.
#[derive(Debug)]
struct PortableType(Kind);

impl runnel_core::value::PortableObject for PortableType {
    fn revive(&self, _: &mut runnel_core::value::Reviver, _: u32) -> Result<Value> {
        Ok(TypeObj::value(self.0))
    }
}

impl Object for TypeObj {
    fn type_name(&self) -> &str {
        "type"
    }
    fn freeze(
        &self,
        _: &mut runnel_core::value::Freezer,
    ) -> Option<Result<Box<dyn runnel_core::value::PortableObject>>> {
        Some(Ok(Box::new(PortableType(self.kind))))
    }
    fn repr(&self) -> String {
        match self.kind {
            Kind::DateTime => "<class 'datetime.datetime'>".into(),
            Kind::Date => "<class 'datetime.date'>".into(),
            _ => format!("<class '{}'>", self.name()),
        }
    }
    fn hash(&self) -> Option<i64> {
        Some(self.kind as i64 + 1000)
    }
    fn eq(&self, other: &dyn Object) -> Option<bool> {
        Some(
            other
                .as_any()
                .downcast_ref::<TypeObj>()
                .is_some_and(|o| o.kind == self.kind),
        )
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// `type(v)`.
pub(crate) fn type_of(v: &Value) -> Value {
    let kind = match v {
        Value::None => Kind::NoneType,
        Value::Bool(_) => Kind::Bool,
        Value::Int(_) => Kind::Int,
        Value::Float(_) => Kind::Float,
        Value::Str(_) => Kind::Str,
        Value::Tuple(_) => Kind::Tuple,
        Value::List(_) => Kind::List,
        Value::Dict(_) => match crate::modules::collections::types::type_of(v) {
            Some(t) => return t,
            None => Kind::Dict,
        },
        Value::Set(_) => Kind::Set,
        Value::FrozenSet(_) => Kind::FrozenSet,
        Value::Object(o) => {
            let any = o.as_any();
            if let Some(inst) = any.downcast_ref::<crate::native::NativeInstance>() {
                return Value::Object(inst.class.clone());
            }
            if let Some(inst) = any.downcast_ref::<crate::runtime::class::Instance>() {
                return Value::Object(inst.class.clone() as std::rc::Rc<dyn Object>);
            }
            if let Some(e) = crate::exceptions::value_type(v) {
                return crate::builtins::exception_class(e);
            }
            if any.is::<runnel_core::value::BigInt>() {
                Kind::Int
            } else if any.is::<crate::runtime::bytes::Bytes>() {
                Kind::Bytes
            } else if any.is::<crate::runtime::bytes::ByteArray>() {
                Kind::ByteArray
            } else if any.is::<RangeObj>() {
                Kind::Range
            } else if any.is::<SliceObj>() {
                Kind::Slice
            } else if any.is::<runnel_core::time::DateTime>() {
                Kind::DateTime
            } else if any.is::<Date>() {
                Kind::Date
            } else if any.is::<crate::runtime::function::Function>() {
                Kind::Function
            } else if let Some(t) = crate::modules::enum_api::type_of_class(v) {
                return t;
            } else if o.type_name() == "type" {
                Kind::Type
            } else if o.type_name() == "object" {
                Kind::Object
            } else {
                return super::other_type::of(v);
            }
        }
    };
    TypeObj::value(kind)
}

/// Class attributes: `dict.fromkeys`, `str.join`... only what programs use.
pub(crate) fn class_attr(t: &TypeObj, name: &str) -> Result<Value> {
    if name == "__mro__" {
        return Ok(crate::runtime::mro::type_mro(t));
    }
    if t.kind == Kind::DateTime {
        return crate::modules::datetime::class_attr(name);
    }
    if t.kind == Kind::Date {
        return crate::modules::date::class_attr(name);
    }
    if t.kind == Kind::Object {
        if let Some(f) = crate::runtime::attr_hooks::object_method(name) {
            return Ok(f);
        }
    }
    if name == "__new__" && crate::runtime::builtin_base::derivable(t.kind) {
        return Ok(crate::runtime::builtin_base::type_new(t.kind));
    }
    if t.kind == Kind::Dict && name == "fromkeys" {
        return Ok(crate::native::NativeFunction::new(
            "fromkeys",
            |interp, args: Args| {
                args.check_count("fromkeys", 1, 2)?;
                let value = args.positional.get(1).cloned().unwrap_or(Value::None);
                let mut d = PyDict::new();
                for k in interp.collect(&args.positional[0])? {
                    d.insert(k, value.clone())?;
                }
                Ok(Value::dict(d))
            },
        ));
    }
    if t.kind == Kind::Int && name == "from_bytes" {
        return Ok(crate::native::NativeFunction::new(
            "from_bytes",
            crate::methods::int_bytes::from_bytes,
        ));
    }
    if t.kind == Kind::Float && name == "fromhex" {
        return Ok(crate::native::NativeFunction::new(
            "fromhex",
            |_, args: Args| {
                args.check_count("fromhex", 1, 1)?;
                let Value::Str(s) = &args.positional[0] else {
                    return Err(runnel_core::Error::type_error(format!(
                        "bad argument type for built-in operation: '{}'",
                        args.positional[0].type_name()
                    )));
                };
                crate::methods::float_hex::from_hex(s).map(Value::Float)
            },
        ));
    }
    if matches!(t.kind, Kind::Bytes | Kind::ByteArray) && name == "maketrans" {
        return Ok(crate::native::NativeFunction::new(
            "maketrans",
            |_, args| crate::runtime::bytes_str::maketrans(args),
        ));
    }
    if t.kind == Kind::Bytes && name == "fromhex" {
        return Ok(crate::native::NativeFunction::new("fromhex", |_, args| {
            crate::methods::int_bytes::fromhex(args)
        }));
    }
    if t.kind == Kind::ByteArray && name == "fromhex" {
        return Ok(crate::native::NativeFunction::new("fromhex", |_, args| {
            let made = crate::methods::int_bytes::fromhex(args)?;
            let data = crate::runtime::bytes::bytes_of(&made).unwrap_or_default();
            Ok(Value::object(crate::runtime::bytes::ByteArray(
                std::cell::RefCell::new(data),
            )))
        }));
    }
    if t.kind == Kind::Str && name == "maketrans" {
        return Ok(crate::native::NativeFunction::new(
            "maketrans",
            |_, args: Args| crate::methods::str_maketrans(&args.positional),
        ));
    }
    // `str.lower`, `list.append`...: the method as a function taking `self` first.
    let sample = match t.kind {
        Kind::Str => Some(Value::str("")),
        Kind::List => Some(Value::list(vec![])),
        Kind::Dict => Some(Value::dict(PyDict::new())),
        Kind::Set => Some(Value::set(PySet::new())),
        Kind::Tuple => Some(Value::tuple(vec![])),
        Kind::Int => Some(Value::Int(0)),
        Kind::Float => Some(Value::Float(0.0)),
        _ => None,
    };
    if let Some(sample) = sample {
        if crate::methods::get_attr_exists(&sample, name) {
            let (kind, type_name, method) = (t.kind, t.name(), name.to_string());
            return Ok(crate::native::NativeFunction::new(
                name,
                move |interp, mut args: Args| {
                    if args.positional.is_empty() {
                        return Err(Error::type_error(format!(
                            "unbound method {type_name}.{method}() needs an argument"
                        )));
                    }
                    let recv = args.positional.remove(0);
                    if !(TypeObj { kind }).contains(&recv) {
                        return Err(Error::type_error(format!(
                        "descriptor '{method}' for '{type_name}' objects doesn't apply to a '{}' object",
                        recv.type_name()
                    )));
                    }
                    // `dict.__getitem__(obj, k)` is dict's own, whatever obj's class says.
                    let recv = if method.starts_with("__") {
                        crate::runtime::builtin_base::plain(&recv)
                    } else {
                        recv
                    };
                    crate::methods::call_method(interp, &recv, &method, args)
                },
            ));
        }
    }
    Err(Error::new(
        "AttributeError",
        format!("type object '{}' has no attribute '{name}'", t.name()),
    ))
}

/// Calling a type: `int("3")`, `list(x)`, `range(5)`...
pub(crate) fn call_type(interp: &Interpreter, t: &TypeObj, mut args: Args) -> Result<Value> {
    let name = t.name();
    let max_len = interp.config.max_collection_len;
    // `int(p)` of an instance deriving from a built-in type converts its value.
    // (`bool(x)` tests the instance itself: its own `__bool__`/`__len__` count.)
    if crate::runtime::builtin_base::derivable(t.kind) {
        for a in args.positional.iter_mut() {
            // `str(x)` of a class with its own `__str__` (an enum) calls it; `list(x)` of
            // one with its own `__iter__` (an `IntFlag`) iterates it.
            let own = match t.kind {
                Kind::Str => "__str__",
                Kind::List | Kind::Tuple | Kind::Set => "__iter__",
                _ => "",
            };
            if !own.is_empty() && crate::runtime::builtin_base::own_method(a, own) {
                continue;
            }
            // Only `str` has a `__str__` of its own: `str(x)` of another type's subclass
            // is its `repr`, so the class's `__repr__` shows.
            if t.kind == Kind::Str && crate::runtime::builtin_base::own_method(a, "__repr__") {
                continue;
            }
            if let Some(b) = crate::runtime::builtin_base::base_of(a) {
                *a = b;
            }
        }
    }
    if !matches!(
        t.kind,
        Kind::Dict | Kind::Int | Kind::DateTime | Kind::Date | Kind::Bytes | Kind::ByteArray
    ) {
        args.finish(name)?;
    }
    // `int(b"42")`, `float(b"1.5")`: bytes read as ASCII text.
    if matches!(t.kind, Kind::Int | Kind::Float) {
        if let Some(b) = args
            .positional
            .first()
            .and_then(crate::runtime::bytes::bytes_of)
        {
            args.positional[0] = Value::str(&String::from_utf8_lossy(&b));
        }
    }
    let first = args.positional.first().cloned();
    let n = args.positional.len();
    #[cfg(feature = "extra")]
    if let (Kind::Int | Kind::Float, [v]) = (t.kind, &args.positional[..]) {
        // `int(x)` and `float(x)` of a `fractions.Fraction` or a `decimal.Decimal`.
        if let Some(f) = v.downcast::<crate::modules::fractions::Fraction>() {
            return Ok(match t.kind {
                Kind::Int => runnel_core::value::int_value(f.trunc()),
                _ => Value::Float(f.to_f64()?),
            });
        }
        if let Some(d) = v.downcast::<crate::modules::decimal::Decimal>() {
            return Ok(match t.kind {
                Kind::Int => d.trunc()?,
                _ => Value::Float(d.to_f64()?),
            });
        }
    }
    match t.kind {
        Kind::Bytes => crate::runtime::bytes::construct(interp, args, false),
        Kind::ByteArray => crate::runtime::bytes::construct(interp, args, true),
        Kind::Int => {
            let base = args.take_keyword("base");
            args.finish("int")?;
            args.check_count("int", 0, 2)?;
            let base = args.positional.get(1).cloned().or(base);
            match (first, base) {
                (None, _) => Ok(Value::Int(0)),
                (Some(v), None) => runnel_core::value::to_int_value(&v),
                (Some(Value::Str(s)), Some(Value::Int(b))) => {
                    let b = u32::try_from(b).unwrap_or(u32::MAX);
                    runnel_core::value::to_int_base_value(&s, b)
                }
                (Some(Value::Str(_)), Some(other)) => Err(Error::type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    other.type_name()
                ))),
                (Some(_), Some(_)) => Err(Error::type_error(
                    "int() can't convert non-string with explicit base",
                )),
            }
        }
        Kind::Float => {
            args.check_count("float", 0, 1)?;
            first
                .map(|v| runnel_core::value::to_float(&v).map(Value::Float))
                .unwrap_or(Ok(Value::Float(0.0)))
        }
        // `str(b, encoding[, errors])` decodes.
        Kind::Str if n >= 2 => {
            args.check_count("str", 2, 3)?;
            let Some(b) = crate::runtime::bytes::bytes_of(&args.positional[0]) else {
                return Err(Error::type_error(format!(
                    "decoding to str: need a bytes-like object, {} found",
                    args.positional[0].type_name()
                )));
            };
            let text = |i: usize, dflt: &str| match args.positional.get(i) {
                Some(Value::Str(s)) => s.to_string(),
                _ => dflt.to_string(),
            };
            crate::runtime::codecs::decode(&b, &text(1, "utf-8"), &text(2, "strict"))
        }
        Kind::Str => {
            args.check_count("str", 0, 1)?;
            match first {
                Some(v @ Value::Str(_)) => Ok(v),
                Some(other) => Ok(Value::str(&crate::runtime::guard::to_str(&other)?)),
                None => Ok(Value::str("")),
            }
        }
        Kind::Bool => {
            args.check_count("bool", 0, 1)?;
            match first {
                Some(v) => Ok(Value::Bool(interp.truth(&v)?)),
                None => Ok(Value::Bool(false)),
            }
        }
        Kind::List => {
            args.check_count("list", 0, 1)?;
            Ok(Value::list(match first {
                Some(v) => interp.collect(&v)?,
                None => vec![],
            }))
        }
        Kind::Tuple => {
            args.check_count("tuple", 0, 1)?;
            match first {
                Some(v @ Value::Tuple(_)) => Ok(v),
                Some(v) => Ok(Value::tuple(interp.collect(&v)?)),
                None => Ok(Value::tuple(vec![])),
            }
        }
        Kind::Set | Kind::FrozenSet => {
            args.check_count(name, 0, 1)?;
            if let (Kind::FrozenSet, Some(v @ Value::FrozenSet(_))) = (t.kind, &first) {
                return Ok(v.clone());
            }
            let mut s = PySet::new();
            if let Some(v) = first {
                crate::methods::set::Source::of(interp, &v)?.add_to(&mut s)?;
            }
            Ok(if t.kind == Kind::Set {
                Value::set(s)
            } else {
                Value::FrozenSet(std::rc::Rc::new(s))
            })
        }
        Kind::Dict => {
            args.check_count("dict", 0, 1)?;
            let d = std::rc::Rc::new(runnel_core::value::PyCell::new(PyDict::new()));
            if let Some(v) = first {
                crate::methods::dict::update_from(interp, &d, &v)?;
            }
            {
                let mut dm = d.borrow_mut()?;
                for (k, v) in args.keywords.drain(..) {
                    dm.insert(Value::str(&k), v)?;
                }
            }
            Ok(Value::Dict(d))
        }
        Kind::Range => {
            args.check_count("range", 1, 3)?;
            let int = |v: &Value| match crate::runtime::builtin_base::plain(v) {
                Value::Int(i) => Ok(i),
                Value::Bool(b) => Ok(b as i64),
                _ => Err(Error::type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    v.type_name()
                ))),
            };
            let p: Vec<i64> = args.positional.iter().map(int).collect::<Result<_>>()?;
            let (start, stop, step) = match p.as_slice() {
                [stop] => (0, *stop, 1),
                [a, b] => (*a, *b, 1),
                [a, b, c] => (*a, *b, *c),
                _ => (0, 0, 1),
            };
            if step == 0 {
                return Err(Error::value_error("range() arg 3 must not be zero"));
            }
            let _ = max_len;
            Ok(Value::object(RangeObj { start, stop, step }))
        }
        Kind::Type => {
            if n == 1 && args.keywords.is_empty() {
                Ok(type_of(&args.positional[0]))
            } else {
                crate::runtime::type_new::create(interp, args)
            }
        }
        Kind::Object => {
            if !args.positional.is_empty() || !args.keywords.is_empty() {
                return Err(Error::type_error("object() takes no arguments"));
            }
            Ok(Value::object(super::other_type::PlainObject))
        }
        Kind::Slice => crate::runtime::slice_obj::construct(args),
        Kind::DateTime => crate::modules::datetime::construct(args),
        Kind::Date => crate::modules::date::construct(args),
        _ => Err(Error::type_error(format!(
            "cannot create '{}' instances",
            name
        ))),
    }
}
