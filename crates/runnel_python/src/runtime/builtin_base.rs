//! Classes deriving from a built-in type (`class Point(tuple)`, `class Celsius(float)`,
//! `class Registry(dict)`): an instance holds a value of that type, its base, which the
//! type's operators, methods and conversions act on, as CPython's instance *is* such a
//! value. Immutable types get their value from `__new__` (`super().__new__(cls, v)`,
//! `tuple.__new__(cls, it)`); lists, dicts and sets start empty and `__init__` fills them.

use super::class::{class_rc, instance_rc, Instance, PyClass};
use super::compare::Cmp;
use super::ops::Op;
use crate::builtins::types::{call_type, Kind, TypeObj};
use crate::{Args, Interpreter, NativeFunction};
use runnel_core::value::Object;
use runnel_core::{Error, Result, Value};
use std::rc::Rc;

/// The built-in types a program class may derive from.
pub(crate) fn derivable(kind: Kind) -> bool {
    matches!(
        kind,
        Kind::Int | Kind::Float | Kind::Str | Kind::Tuple | Kind::List | Kind::Dict | Kind::Set
    )
}

/// Deriving from a built-in type is available in this build.
pub(crate) fn available() -> Result<()> {
    Ok(())
}

fn mutable(kind: Kind) -> bool {
    matches!(kind, Kind::List | Kind::Dict | Kind::Set)
}

/// The built-in value an instance of such a class stands for.
pub(crate) fn base_of(v: &Value) -> Option<Value> {
    v.downcast::<Instance>()?.base.borrow().clone()
}

/// Whether `v` is an instance whose class (or a program ancestor) defines `name`.
pub(crate) fn own_method(v: &Value, name: &str) -> bool {
    v.downcast::<Instance>().is_some_and(|i| {
        std::iter::once(&i.class)
            .chain(i.class.mro.iter())
            .any(|c| c.dict.borrow().contains_key(name))
    })
}

/// `v`, or the built-in value it stands for.
pub(crate) fn plain(v: &Value) -> Value {
    base_of(v).unwrap_or_else(|| v.clone())
}

/// `kind.__new__(cls, *args)`: an instance of `cls` whose base is `kind(*args)` (an empty
/// container for the mutable types).
pub(crate) fn new_instance(
    interp: &Interpreter,
    class: &Rc<PyClass>,
    kind: Kind,
    args: Args,
) -> Result<Value> {
    let base = if mutable(kind) {
        call_type(interp, &TypeObj { kind }, Args::new(vec![]))?
    } else {
        call_type(interp, &TypeObj { kind }, args)?
    };
    let inst = Instance::new(class.clone());
    *inst.base.borrow_mut() = Some(base);
    Ok(Value::Object(inst as Rc<dyn Object>))
}

/// `kind.__init__(self, *args)`: fills a list, dict or set from the arguments as the
/// type's constructor takes them; the immutable types ignore them.
pub(crate) fn init_base(interp: &Interpreter, inst: &Instance, args: Args) -> Result<()> {
    let Some(kind) = inst.class.builtin else {
        return Ok(());
    };
    if !mutable(kind) || args.is_empty() {
        return Ok(());
    }
    let filled = call_type(interp, &TypeObj { kind }, args)?;
    *inst.base.borrow_mut() = Some(filled);
    Ok(())
}

/// `int.__new__`, `tuple.__new__`...: `(cls, *args)`; with the type itself as `cls`, the
/// type's own value.
pub(crate) fn type_new(kind: Kind) -> Value {
    NativeFunction::new("__new__", move |interp, mut args: Args| {
        if args.positional.is_empty() {
            return Err(Error::type_error(format!(
                "{}.__new__(): not enough arguments",
                TypeObj { kind }.name()
            )));
        }
        let cls = args.positional.remove(0);
        match class_rc(&cls) {
            Some(c) if c.builtin == Some(kind) => new_instance(interp, &c, kind, args),
            Some(c) => Err(Error::type_error(format!(
                "{}.__new__({}): {} is not a subtype of {}",
                TypeObj { kind }.name(),
                c.name,
                c.name,
                TypeObj { kind }.name()
            ))),
            None => call_type(interp, &TypeObj { kind }, args),
        }
    })
}

fn binop(interp: &Interpreter, op: Op, a: &Value, b: &Value) -> Result<Value> {
    super::ops::binop(op, &plain(a), &plain(b), interp.config.max_collection_len)
}

/// The operators and conversions of a class deriving from a built-in type, acting on the
/// instance's base (`self` first); `None` for names the type does not define here.
pub(crate) fn dunder(name: &str) -> Option<Value> {
    if name == "__getitem__" {
        return Some(NativeFunction::new(name, get_item_or_missing));
    }
    if name == "__str__" || name == "__format__" {
        return Some(NativeFunction::new(name, str_of_instance));
    }
    type F = fn(&Interpreter, &Value, &[Value]) -> Result<Value>;
    let f: F = match name {
        "__repr__" => |_, b, _| Ok(Value::str(&super::guard::repr(b)?)),
        "__hash__" => |_, b, _| match b {
            Value::List(_) | Value::Dict(_) | Value::Set(_) => Err(Error::type_error(format!(
                "unhashable type: '{}'",
                b.type_name()
            ))),
            _ => Ok(Value::Int(runnel_core::value::python_hash(b)?)),
        },
        "__len__" => |i, b, _| Ok(Value::Int(i.collect(b)?.len() as i64)),
        "__bool__" => |_, b, _| Ok(Value::Bool(b.truthy())),
        "__iter__" => |i, b, _| Ok(Value::list(i.collect(b)?)),
        "__setitem__" => |i, b, a| match a {
            [k, v] => super::subscript::set_item(b, k, v.clone(), i.config.max_collection_len)
                .map(|_| Value::None),
            _ => Err(Error::type_error("expected 2 arguments")),
        },
        "__delitem__" => {
            |_, b, a| super::subscript::del_item(b, &arg(a)?, None).map(|_| Value::None)
        }
        "__contains__" => |i, b, a| Ok(Value::Bool(super::compare::contains(i, b, &arg(a)?)?)),
        "__eq__" => |i, b, a| cmp(i, Cmp::Eq, b, a),
        "__ne__" => |i, b, a| cmp(i, Cmp::Ne, b, a),
        "__lt__" => |i, b, a| cmp(i, Cmp::Lt, b, a),
        "__le__" => |i, b, a| cmp(i, Cmp::Le, b, a),
        "__gt__" => |i, b, a| cmp(i, Cmp::Gt, b, a),
        "__ge__" => |i, b, a| cmp(i, Cmp::Ge, b, a),
        "__neg__" => |_, b, _| b.neg(),
        "__pos__" => |_, b, _| b.pos(),
        "__invert__" => |_, b, _| b.invert(),
        "__int__" | "__index__" => |_, b, _| runnel_core::value::to_int_value(b),
        "__float__" => |_, b, _| runnel_core::value::to_float(b).map(Value::Float),
        _ => return arithmetic(name),
    };
    Some(native(name, f))
}

fn native(name: &str, f: fn(&Interpreter, &Value, &[Value]) -> Result<Value>) -> Value {
    NativeFunction::new(name, move |interp, args: Args| {
        let Some((me, rest)) = args.positional.split_first() else {
            return Err(Error::type_error("expected self"));
        };
        let base = base_of(me).ok_or_else(|| {
            Error::type_error(format!("'{}' object has no built-in value", me.type_name()))
        })?;
        f(interp, &base, rest)
    })
}

/// `self[key]` on the base; for a dict subclass, a missing key goes to the class's
/// `__missing__` when it defines one, as CPython's `dict.__getitem__` does.
fn get_item_or_missing(interp: &Interpreter, args: Args) -> Result<Value> {
    let [me, key] = args.positional.as_slice() else {
        return Err(Error::type_error("expected 1 argument"));
    };
    let base = base_of(me).ok_or_else(|| {
        Error::type_error(format!("'{}' object has no built-in value", me.type_name()))
    })?;
    match super::subscript::get_item_in(interp, &base, key) {
        Err(e) if e.exc_type == "KeyError" && matches!(base, Value::Dict(_)) => {
            super::class::instance_rc(me)
                .and_then(|inst| inst.call_special("__missing__", vec![key.clone()]))
                .unwrap_or(Err(e))
        }
        r => r,
    }
}

/// `str(obj)` and `format(obj, spec)`: a `str` subclass gives its text; the other types
/// have no `__str__` of their own, so `str` is the instance's `repr` (a class's
/// `__repr__` shows), as is `format` with an empty spec.
fn str_of_instance(_: &Interpreter, args: Args) -> Result<Value> {
    let Some((me, rest)) = args.positional.split_first() else {
        return Err(Error::type_error("expected self"));
    };
    let base = base_of(me).ok_or_else(|| {
        Error::type_error(format!("'{}' object has no built-in value", me.type_name()))
    })?;
    let spec = rest.first().map(|s| s.to_str()).unwrap_or_default();
    if !spec.is_empty() {
        return Ok(Value::str(&crate::format::format_value(&base, &spec)?));
    }
    match base {
        Value::Str(_) => Ok(base),
        _ => Ok(Value::str(&super::guard::repr(me)?)),
    }
}

fn arg(a: &[Value]) -> Result<Value> {
    a.first()
        .cloned()
        .ok_or_else(|| Error::type_error("expected 1 argument"))
}

fn cmp(interp: &Interpreter, op: Cmp, b: &Value, a: &[Value]) -> Result<Value> {
    let other = plain(&arg(a)?);
    Ok(Value::Bool(super::compare::compare(interp, op, b, &other)?))
}

/// `__add__`, `__radd__`... on the base.
fn arithmetic(name: &str) -> Option<Value> {
    let ops = [
        ("add", Op::Add),
        ("sub", Op::Sub),
        ("mul", Op::Mul),
        ("truediv", Op::Div),
        ("floordiv", Op::FloorDiv),
        ("mod", Op::Mod),
        ("pow", Op::Pow),
        ("and", Op::BitAnd),
        ("or", Op::BitOr),
        ("xor", Op::BitXor),
        ("lshift", Op::LShift),
        ("rshift", Op::RShift),
    ];
    let inner = name.strip_prefix("__")?.strip_suffix("__")?;
    let (reflected, op_name) = match inner.strip_prefix('r') {
        Some(rest) if ops.iter().any(|(n, _)| *n == rest) => (true, rest),
        _ => (false, inner),
    };
    let op = ops.iter().find(|(n, _)| *n == op_name)?.1;
    Some(NativeFunction::new(name, move |interp, args: Args| {
        let [me, other] = args.positional.as_slice() else {
            return Err(Error::type_error("expected 1 argument"));
        };
        let me = plain(me);
        if reflected {
            binop(interp, op, other, &me)
        } else {
            binop(interp, op, &me, other)
        }
    }))
}

/// What `super().__new__` / `super().__init__` are for a class deriving from `kind`.
pub(crate) fn super_method(obj: &Value, name: &str) -> Option<Value> {
    match name {
        "__new__" => {
            let kind = class_rc(obj)
                .or_else(|| instance_rc(obj).map(|i| i.class.clone()))?
                .builtin?;
            Some(type_new(kind))
        }
        "__init__" => {
            let inst = instance_rc(obj)?;
            inst.class.builtin?;
            Some(NativeFunction::new(
                "__init__",
                move |interp, args: Args| {
                    init_base(interp, &inst, args)?;
                    Ok(Value::None)
                },
            ))
        }
        _ => base_method(obj, name),
    }
}

/// `super().name` for an instance of a class deriving from a built-in type, when the
/// type has it: its operator on the instance (`super().__getitem__(k)`) or its method
/// on the instance's value (`super().append(x)` in a `list` subclass).
fn base_method(obj: &Value, name: &str) -> Option<Value> {
    let inst = instance_rc(obj)?;
    inst.class.builtin?;
    if let Some(f) = dunder(name) {
        let me = obj.clone();
        return Some(NativeFunction::new(name, move |interp, args: Args| {
            let mut all = vec![me.clone()];
            all.extend(args.positional);
            let args = Args {
                positional: all,
                keywords: args.keywords,
            };
            interp.call_value(&f, args)
        }));
    }
    let base = inst.base.borrow().clone()?;
    if !crate::methods::has_method(&base, name) {
        return None;
    }
    let owned = name.to_string();
    Some(NativeFunction::new(name, move |interp, args: Args| {
        crate::methods::call_method(interp, &base, &owned, args)
    }))
}
