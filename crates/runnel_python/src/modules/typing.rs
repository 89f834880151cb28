//! `typing` and `__future__`: names programs import for annotations. At run time a
//! typing name is a marker that can be subscripted (`List[int]`, `Dict[str, int]`) and
//! printed as CPython prints it (`typing.List[int]`); it checks nothing.

use crate::native::{NativeClass, NativeFunction, NativeInstance};
use crate::Args;
use runnel_core::{Error, Value};
use std::rc::Rc;

struct Alias(String);

/// How a subscript argument is named inside `typing.X[...]`.
fn arg_name(v: &Value) -> String {
    match v {
        Value::None => "NoneType".to_string(),
        Value::Tuple(t) => t.iter().map(arg_name).collect::<Vec<_>>().join(", "),
        Value::List(l) => format!(
            "[{}]",
            l.borrow()
                .map(|l| l.iter().map(arg_name).collect::<Vec<_>>().join(", "))
                .unwrap_or_default()
        ),
        Value::Object(o) => {
            if let Some(a) = NativeInstance::data_of::<Alias>(v) {
                return a.0.clone();
            }
            match o.type_name() {
                "type" => {
                    let r = o.repr();
                    r.strip_prefix("<class '")
                        .and_then(|s| s.strip_suffix("'>"))
                        .map_or(r.clone(), str::to_string)
                }
                _ => o.repr(),
            }
        }
        other => other.repr(),
    }
}

fn class() -> Rc<NativeClass> {
    let mut class = NativeClass::new("typing._GenericAlias").with_repr(|inst| {
        inst.data
            .clone()
            .downcast::<Alias>()
            .map(|a| a.0.clone())
            .unwrap_or_default()
    });
    class.slots.getitem = Some(Rc::new(|this, key| {
        let base = NativeInstance::data_of::<Alias>(this)
            .map(|a| a.0.clone())
            .unwrap_or_default();
        let class =
            NativeInstance::class_of(this).ok_or_else(|| Error::type_error("not a typing name"))?;
        Ok(NativeInstance::new(
            class,
            Rc::new(Alias(format!("{base}[{}]", arg_name(key)))),
        ))
    }));
    Rc::new(class)
}

const NAMES: &[&str] = &[
    "Any",
    "List",
    "Dict",
    "Tuple",
    "Set",
    "FrozenSet",
    "Optional",
    "Union",
    "Callable",
    "Iterable",
    "Iterator",
    "Generator",
    "Sequence",
    "Mapping",
    "MutableMapping",
    "MutableSequence",
    "Type",
    "Counter",
    "DefaultDict",
    "Deque",
    "OrderedDict",
    "Literal",
    "Final",
    "ClassVar",
    "Protocol",
    "Hashable",
    "Sized",
    "Collection",
    "Container",
    "AbstractSet",
    "MutableSet",
    "KeysView",
    "ValuesView",
    "ItemsView",
    "Awaitable",
    "Coroutine",
    "AsyncIterator",
    "AsyncIterable",
    "NoReturn",
    "Annotated",
    "AnyStr",
    "Pattern",
    "Match",
    "IO",
    "TextIO",
    "SupportsInt",
    "SupportsFloat",
    "Reversible",
];

/// `typing.NamedTuple` as a base class: `class P(NamedTuple): x: int; y: int = 0` makes
/// the namedtuple type `collections.namedtuple("P", ["x", "y"], defaults=[0])` would.
struct NamedTupleBase;

impl runnel_core::value::Object for NamedTupleBase {
    fn type_name(&self) -> &str {
        "function"
    }
    fn repr(&self) -> String {
        "<function NamedTuple>".into()
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

/// Whether `v` is `typing.NamedTuple`.
pub(crate) fn is_named_tuple_base(v: &Value) -> bool {
    v.downcast::<NamedTupleBase>().is_some()
}

/// The namedtuple type of a class body deriving from `typing.NamedTuple`: its annotated
/// names are the fields, the values given to them their defaults.
pub(crate) fn named_tuple_class(
    interp: &crate::Interpreter,
    name: &str,
    body: &indexmap::IndexMap<Rc<str>, Value>,
) -> runnel_core::Result<Value> {
    let fields: Vec<Value> = match body.get("__annotations__") {
        Some(Value::Dict(d)) => d.borrow()?.keys().cloned().collect(),
        _ => Vec::new(),
    };
    for (k, v) in body {
        let own = fields
            .iter()
            .any(|f| matches!(f, Value::Str(s) if **s == **k));
        if !own && !k.starts_with("__") && crate::builtins::is_callable(v) {
            return Err(Error::unsupported(format!(
                "methods in a typing.NamedTuple class ({name}.{k}): Runnel makes the class from its fields only"
            )));
        }
    }
    let mut defaults = Vec::new();
    let mut last_default: Option<&str> = None;
    for f in &fields {
        let Value::Str(key) = f else { continue };
        match (body.get(&**key), last_default) {
            (Some(v), _) => {
                defaults.push(v.clone());
                last_default = Some(key);
            }
            (None, Some(prev)) => {
                return Err(Error::type_error(format!(
                    "Non-default namedtuple field {key} cannot follow default field {prev}"
                )))
            }
            (None, None) => {}
        }
    }
    crate::modules::collections::make_namedtuple(interp, name, fields, defaults)
}

pub(super) fn typing_attrs() -> Vec<(&'static str, Value)> {
    let class = class();
    let mut out: Vec<(&'static str, Value)> = NAMES
        .iter()
        .map(|n| {
            (
                *n,
                NativeInstance::new(class.clone(), Rc::new(Alias(format!("typing.{n}")))),
            )
        })
        .collect();
    let identity = |name: &'static str| {
        NativeFunction::new(name, move |_, a: Args| {
            a.check_count(name, 1, 1)?;
            Ok(a.positional[0].clone())
        })
    };
    let tv_class = class.clone();
    out.extend([
        ("NamedTuple", Value::object(NamedTupleBase)),
        ("TYPE_CHECKING", Value::Bool(false)),
        (
            "Text",
            crate::builtins::types::TypeObj::value(crate::builtins::types::Kind::Str),
        ),
        (
            "cast",
            NativeFunction::new("cast", |_, a: Args| {
                a.check_count("cast", 2, 2)?;
                Ok(a.positional[1].clone())
            }),
        ),
        (
            "TypeVar",
            NativeFunction::new("TypeVar", move |_, a: Args| match a.positional.first() {
                Some(Value::Str(s)) => Ok(NativeInstance::new(
                    tv_class.clone(),
                    Rc::new(Alias(format!("~{s}"))),
                )),
                _ => Err(Error::type_error("TypeVar() argument 'name' must be str")),
            }),
        ),
        ("overload", identity("overload")),
        ("no_type_check", identity("no_type_check")),
        ("final", identity("final")),
        ("runtime_checkable", identity("runtime_checkable")),
        (
            "NewType",
            NativeFunction::new("NewType", |_, a: Args| {
                a.check_count("NewType", 2, 2)?;
                Ok(NativeFunction::new("NewType", |_, a: Args| {
                    a.check_count("NewType", 1, 1)?;
                    Ok(a.positional[0].clone())
                }))
            }),
        ),
    ]);
    out
}

/// `from __future__ import annotations` (and the rest): all already in effect.
pub(super) fn future_attrs() -> Vec<(&'static str, Value)> {
    [
        "annotations",
        "print_function",
        "division",
        "absolute_import",
        "unicode_literals",
        "generators",
        "nested_scopes",
        "with_statement",
        "generator_stop",
    ]
    .iter()
    .map(|n| (*n, Value::Bool(true)))
    .collect()
}
