//! The `collections` module. `Counter`, `OrderedDict` and `defaultdict` are dicts with a
//! kind (`runnel_core::value::DictKind`), so everything a dict does they do (iteration,
//! `len`, `in`, `items()`, equality, JSON, travelling to worker threads); this module adds
//! their constructors, extra methods, missing-key rules and Counter's arithmetic.
//! `deque` and `namedtuple` are native classes.

pub(crate) mod abc;
pub(crate) mod abc_mixins;
mod chainmap;
mod counter;
mod counter_cmp;
mod deque;
mod namedtuple;
pub(crate) mod types;

use crate::native::NativeFunction;
use crate::runtime::ops::Op;
use crate::{Args, Interpreter};
use runnel_core::value::{DictKind, PyCell, PyDict, Shared};
use runnel_core::{Error, Result, Value};

type Dict = Shared<PyCell<PyDict>>;

/// `d[key]` for a key `d` lacks: a `defaultdict` stores and returns `factory()`.
pub(crate) fn missing(interp: &Interpreter, d: &Value, key: &Value) -> Option<Result<Value>> {
    let Value::Dict(d) = d else { return None };
    let DictKind::DefaultDict(factory) = d.borrow().ok()?.kind.clone() else {
        return None;
    };
    if matches!(factory, Value::None) {
        return None;
    }
    Some((|| {
        let v = interp.call_value(&factory, Args::default())?;
        d.borrow_mut()?.insert(key.clone(), v.clone())?;
        Ok(v)
    })())
}

/// The methods the `collections` dicts add or change; `None` for the dict's own.
pub(crate) fn dict_method(
    interp: &Interpreter,
    d: &Dict,
    name: &str,
    args: &mut Args,
) -> Option<Result<Value>> {
    let kind = d.borrow().ok()?.kind.clone();
    match kind {
        DictKind::Dict => None,
        DictKind::Counter => counter::method(interp, d, name, args),
        DictKind::OrderedDict => ordered_method(d, name, args),
        DictKind::DefaultDict(_) => match name {
            "copy" => Some(d.borrow().map(|d| Value::dict(d.clone()))),
            _ => None,
        },
    }
}

/// `Counter OP Counter` for `+ - | &`; `None` for other operands.
pub(crate) fn counter_binop(op: Op, a: &Value, b: &Value) -> Option<Result<Value>> {
    counter::binop(op, a, b)
}

/// `a OP b` of two Counters (multiset comparison); `None` for other operands.
pub(crate) fn counter_compare(
    op: runnel_core::value::CmpOp,
    a: &Value,
    b: &Value,
) -> Option<Result<bool>> {
    counter_cmp::compare(op, a, b)
}

/// `+c` and `-c` of a Counter; `None` for other operands.
pub(crate) fn counter_unary(negate: bool, v: &Value) -> Option<Result<Value>> {
    counter::unary(negate, v)
}

fn ordered_method(d: &Dict, name: &str, args: &mut Args) -> Option<Result<Value>> {
    let last = |args: &mut Args, idx| args.take(idx, "last").is_none_or(|v| v.truthy());
    Some(match name {
        "move_to_end" => (|| {
            let key = args.require(0, "key", "move_to_end")?;
            let last = last(args, 1);
            let mut d = d.borrow_mut()?;
            let v = d
                .remove(&key)?
                .ok_or_else(|| crate::exceptions::key_error(&key))?;
            if last {
                d.insert(key, v)?;
            } else {
                let mut rebuilt = PyDict::of_kind(DictKind::OrderedDict);
                rebuilt.insert(key, v)?;
                for (k, x) in d.iter() {
                    rebuilt.insert(k.clone(), x.clone())?;
                }
                *d = rebuilt;
            }
            Ok(Value::None)
        })(),
        "popitem" => (|| {
            let last = last(args, 0);
            let mut d = d.borrow_mut()?;
            let key = if last {
                d.keys().last()
            } else {
                d.keys().next()
            }
            .cloned()
            .ok_or_else(|| crate::exceptions::key_error(&Value::str("dictionary is empty")))?;
            let v = d.remove(&key)?.unwrap_or(Value::None);
            Ok(Value::pair(key, v))
        })(),
        "copy" => d.borrow().map(|d| Value::dict(d.clone())),
        _ => return None,
    })
}

/// A new dict of `kind` filled from a constructor's `(iterable_or_mapping, **kwargs)`.
fn filled(interp: &Interpreter, kind: DictKind, mut args: Args, func: &str) -> Result<Value> {
    if args.positional.len() > 1 {
        return Err(Error::type_error(format!(
            "{func} expected at most 1 argument, got {}",
            args.positional.len()
        )));
    }
    let d: Dict = Shared::new(PyCell::new(PyDict::of_kind(kind)));
    if let Some(src) = args.positional.pop() {
        crate::methods::dict::update_from(interp, &d, &src)?;
    }
    for (k, v) in std::mem::take(&mut args.keywords) {
        d.borrow_mut()?.insert(Value::str(&k), v)?;
    }
    Ok(Value::Dict(d))
}

fn defaultdict(interp: &Interpreter, mut args: Args) -> Result<Value> {
    let factory = if args.positional.is_empty() {
        Value::None
    } else {
        args.positional.remove(0)
    };
    if !matches!(factory, Value::None) && !crate::builtins::is_callable(&factory) {
        return Err(Error::type_error("first argument must be callable or None"));
    }
    filled(interp, DictKind::DefaultDict(factory), args, "defaultdict")
}

pub(super) fn attrs() -> Vec<(&'static str, Value)> {
    vec![
        ("Counter", types::value("Counter").unwrap_or(Value::None)),
        (
            "OrderedDict",
            types::value("OrderedDict").unwrap_or(Value::None),
        ),
        (
            "defaultdict",
            types::value("defaultdict").unwrap_or(Value::None),
        ),
        ("deque", deque::class()),
        ("ChainMap", chainmap::class()),
        (
            "namedtuple",
            NativeFunction::new("namedtuple", namedtuple::namedtuple),
        ),
    ]
}

pub(crate) use namedtuple::record_of as named_record;

/// `namedtuple(name, fields, defaults=defaults)`, for `typing.NamedTuple` classes.
pub(crate) fn make_namedtuple(
    interp: &Interpreter,
    name: &str,
    fields: Vec<Value>,
    defaults: Vec<Value>,
) -> Result<Value> {
    let args = Args::new(vec![Value::str(name), Value::list(fields)])
        .with_keyword("defaults", Value::list(defaults));
    namedtuple::namedtuple(interp, args)
}

/// The items of a namedtuple instance (JSON writes it as a list, as a tuple).
pub(crate) fn namedtuple_items(v: &Value) -> Option<Vec<Value>> {
    namedtuple::items(v)
}
