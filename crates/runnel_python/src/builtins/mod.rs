//! The built-in namespace: functions (`len`, `sorted`, `print`...), types and exceptions.

mod funcs;
pub(crate) mod globals;
pub(crate) mod iterfuncs;
pub(crate) mod namespace;
mod numeric;
pub(crate) use numeric::round_big;
pub(crate) mod other_type;
pub(crate) mod types;

use crate::exceptions::{ExcClass, BUILTIN_EXCEPTIONS};
use crate::native::NativeFunction;
use crate::{Args, Interpreter};
use runnel_core::{Result, Value};
use std::collections::HashMap;
use types::{Kind, TypeObj};

pub(crate) use funcs::{ascii_of, instance_of};

type Builtin = fn(&Interpreter, Args) -> Result<Value>;

/// Every builtin name and its value.
pub(crate) fn all() -> HashMap<&'static str, Value> {
    let mut m: HashMap<&'static str, Value> = HashMap::new();
    let funcs: &[(&'static str, Builtin)] = &[
        ("len", funcs::len),
        ("globals", globals::globals),
        ("print", funcs::print),
        ("repr", funcs::repr),
        ("ascii", funcs::ascii),
        ("abs", numeric::abs),
        ("complex", numeric::complex),
        ("round", numeric::round),
        ("isinstance", funcs::isinstance),
        ("hash", funcs::hash),
        ("divmod", numeric::divmod),
        ("pow", numeric::pow),
        ("chr", funcs::chr),
        ("ord", funcs::ord),
        ("hex", numeric::hex),
        ("bin", numeric::bin),
        ("oct", numeric::oct),
        ("format", funcs::format),
        ("callable", funcs::callable),
        ("id", funcs::id),
        ("hasattr", funcs::hasattr),
        ("getattr", funcs::getattr),
        ("setattr", funcs::setattr),
        ("delattr", funcs::delattr),
        ("max", iterfuncs::max),
        ("min", iterfuncs::min),
        ("sum", iterfuncs::sum),
        ("sorted", iterfuncs::sorted),
        ("any", iterfuncs::any),
        ("all", iterfuncs::all),
        ("enumerate", iterfuncs::enumerate),
        ("zip", iterfuncs::zip),
        ("map", iterfuncs::map),
        ("filter", iterfuncs::filter),
        ("reversed", iterfuncs::reversed),
        ("iter", iterfuncs::iter),
        ("next", iterfuncs::next),
        ("vars", namespace::vars),
    ];
    for (name, f) in funcs {
        let f = *f;
        m.insert(name, NativeFunction::new(name, f));
    }
    for (name, kind) in [
        ("int", Kind::Int),
        ("float", Kind::Float),
        ("str", Kind::Str),
        ("bool", Kind::Bool),
        ("list", Kind::List),
        ("tuple", Kind::Tuple),
        ("dict", Kind::Dict),
        ("set", Kind::Set),
        ("frozenset", Kind::FrozenSet),
        ("range", Kind::Range),
        ("slice", Kind::Slice),
        ("type", Kind::Type),
        ("object", Kind::Object),
        ("bytes", Kind::Bytes),
        ("bytearray", Kind::ByteArray),
    ] {
        m.insert(name, TypeObj::value(kind));
    }
    for (name, v) in crate::runtime::members::builtins() {
        m.insert(name, v);
    }
    m.insert(
        "issubclass",
        NativeFunction::new("issubclass", funcs::issubclass),
    );
    m.insert(
        "NotImplemented",
        Value::object(crate::runtime::class::NotImplementedType),
    );
    m.insert(
        "Ellipsis",
        Value::object(crate::runtime::class::EllipsisType),
    );
    for name in BUILTIN_EXCEPTIONS {
        m.insert(name, Value::object(ExcClass { name }));
    }
    // The same class object: `IOError is OSError`.
    if let Some(os_error) = m.get("OSError").cloned() {
        m.insert("IOError", os_error.clone());
        m.insert("EnvironmentError", os_error);
    }
    m
}

/// The class value of a built-in exception type name (`Exception` for unknown ones).
pub(crate) fn exception_class(name: &str) -> Value {
    let name = BUILTIN_EXCEPTIONS
        .iter()
        .chain(crate::exceptions::MODULE_EXCEPTIONS)
        .chain(crate::exceptions::HOST_EXCEPTIONS)
        .find(|n| **n == name)
        .copied()
        .unwrap_or("Exception");
    Value::object(ExcClass { name })
}

/// Whether calling `v` can succeed (`callable(v)`).
pub(crate) fn is_callable(v: &Value) -> bool {
    use crate::native::{BoundMethod, NativeClass, NativeFunction};
    let Value::Object(o) = v else { return false };
    let any = o.as_any();
    any.is::<crate::runtime::function::Function>()
        || any.is::<NativeFunction>()
        || any.is::<BoundMethod>()
        || any.is::<TypeObj>()
        || any.is::<ExcClass>()
        || any.is::<crate::modules::enums::EnumBase>()
        || any.is::<crate::modules::collections::types::DictType>()
        || any.is::<crate::runtime::class::PyClass>()
        || any.is::<crate::runtime::members::Method>()
        || any.is::<crate::runtime::members::StaticMethod>()
        || any
            .downcast_ref::<crate::runtime::class::Instance>()
            .is_some_and(|i| i.class.lookup("__call__").is_some())
        || any
            .downcast_ref::<NativeClass>()
            .is_some_and(|c| c.new.is_some())
}
