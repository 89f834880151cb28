//! Built-in functions on single values.

use super::types::TypeObj;
use crate::exceptions::{class_name, is_subclass, value_type};
use crate::native::NativeClass;
use crate::runtime::class::{class_rc, Instance, PyClass};
use crate::{Args, Interpreter};
use runnel_core::value::python_hash;
use runnel_core::{Error, Result, Value};

pub(super) fn one(args: &Args, name: &str) -> Result<Value> {
    args.finish(name)?;
    args.check_count(name, 1, 1)?;
    Ok(args.positional[0].clone())
}

pub(super) fn len(_: &Interpreter, args: Args) -> Result<Value> {
    let v = one(&args, "len")?;
    let n = match &v {
        Value::Str(s) => {
            if s.is_ascii() {
                s.len()
            } else {
                s.chars().count()
            }
        }
        Value::Tuple(t) => t.len(),
        Value::List(l) => l.borrow()?.len(),
        Value::Dict(d) => d.borrow()?.len(),
        Value::Set(s) => s.borrow()?.len(),
        Value::FrozenSet(s) => s.len(),
        Value::Object(o) if o.as_any().is::<Instance>() => instance_len(&v)?,
        Value::Object(o) => o.len().ok_or_else(|| {
            Error::type_error(format!("object of type '{}' has no len()", v.type_name()))
        })?,
        other => {
            return Err(Error::type_error(format!(
                "object of type '{}' has no len()",
                other.type_name()
            )))
        }
    };
    Ok(Value::Int(n as i64))
}

/// `len(obj)` by its class's `__len__`, with CPython's checks of what it returns.
fn instance_len(v: &Value) -> Result<usize> {
    let no_len = || Error::type_error(format!("object of type '{}' has no len()", v.type_name()));
    let r = v
        .downcast::<Instance>()
        .and_then(|inst| inst.call_special("__len__", vec![]))
        .ok_or_else(no_len)?;
    match crate::runtime::builtin_base::plain(&r?) {
        Value::Int(n) if n < 0 => Err(Error::value_error("__len__() should return >= 0")),
        Value::Int(n) => Ok(n as usize),
        Value::Bool(b) => Ok(b as usize),
        other => Err(Error::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            other.type_name()
        ))),
    }
}

pub(super) fn print(interp: &Interpreter, mut args: Args) -> Result<Value> {
    let sep = args.take_keyword("sep");
    let end = args.take_keyword("end");
    let _ = args.take_keyword("flush");
    let file = args
        .take_keyword("file")
        .filter(|f| !matches!(f, Value::None));
    args.finish("print")?;
    let text_of = |v: Option<Value>, default: &str, what: &str| -> Result<String> {
        match v {
            None | Some(Value::None) => Ok(default.to_string()),
            Some(Value::Str(s)) => Ok(s.to_string()),
            Some(other) => Err(Error::type_error(format!(
                "{what} must be None or a string, not {}",
                other.type_name()
            ))),
        }
    };
    let sep = text_of(sep, " ", "sep")?;
    let end = text_of(end, "\n", "end")?;
    let mut out = String::new();
    for (i, v) in args.positional.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        match v {
            Value::Str(s) => out.push_str(s),
            other => out.push_str(&crate::runtime::guard::to_str(other)?),
        }
    }
    out.push_str(&end);
    match file {
        Some(f) => crate::modules::sys::write_to(interp, &f, &out)?,
        None => interp.write_out(&out),
    }
    Ok(Value::None)
}

pub(super) fn repr(_: &Interpreter, args: Args) -> Result<Value> {
    Ok(Value::str(&crate::runtime::guard::repr(&one(
        &args, "repr",
    )?)?))
}

/// `ascii(x)`: `repr(x)` with every non-ASCII character escaped (`\xe9`, `\u2603`,
/// `\U0001f600`).
pub(super) fn ascii(_: &Interpreter, args: Args) -> Result<Value> {
    Ok(Value::str(&ascii_of(&one(&args, "ascii")?)?))
}

/// `ascii(v)`'s text (also `!a` in f-strings and `str.format`).
pub(crate) fn ascii_of(v: &Value) -> Result<String> {
    let text = crate::runtime::guard::repr(v)?;
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c as u32 {
            0..=0x7f => out.push(c),
            n @ 0x80..=0xff => out.push_str(&format!("\\x{n:02x}")),
            n @ 0x100..=0xffff => out.push_str(&format!("\\u{n:04x}")),
            n => out.push_str(&format!("\\U{n:08x}")),
        }
    }
    Ok(out)
}

/// Whether `v` is an instance of the class value `cls` (or of one in a tuple).
pub(crate) fn instance_of(v: &Value, cls: &Value) -> Result<bool> {
    if let Value::Tuple(items) = cls {
        for c in items.iter() {
            if instance_of(v, c)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if let Some(t) = cls.downcast::<TypeObj>() {
        return Ok(t.contains(v));
    }
    if let Some(t) = cls.downcast::<super::other_type::OtherType>() {
        return Ok(t.contains(v));
    }
    // `complex` is a constructor function here, standing for its type.
    if cls
        .downcast::<crate::NativeFunction>()
        .is_some_and(|f| f.name == "complex")
    {
        return Ok(v.downcast::<runnel_core::value::Complex>().is_some());
    }
    if let Some(name) = class_name(cls) {
        if let Some(i) = v.downcast::<crate::runtime::class::Instance>() {
            return Ok(i.class.derives_exc(name));
        }
        return Ok(value_type(v).is_some_and(|t| is_subclass(t, name)));
    }
    if let Some(c) = cls.downcast::<NativeClass>() {
        // A module's value type of its own (a `Fraction`) is an instance of its class by name.
        return Ok(match crate::native::NativeInstance::class_of(v) {
            Some(k) => k.is_subclass_of(c),
            None => matches!(v, Value::Object(_)) && v.type_name() == c.name,
        });
    }
    if let Some(c) = cls.downcast::<PyClass>() {
        return Ok(v
            .downcast::<Instance>()
            .is_some_and(|i| i.class.is_subclass_of(c))
            || crate::modules::collections::abc::registered_with(v, c));
    }
    if let Some(r) = crate::modules::enum_api::instance_of(v, cls) {
        return Ok(r);
    }
    if let Some(r) = crate::modules::collections::abc::instance_of(v, cls) {
        return Ok(r);
    }
    if let Some(r) = crate::modules::collections::types::instance_of(v, cls) {
        return Ok(r);
    }
    Err(Error::type_error(
        "isinstance() arg 2 must be a type, a tuple of types, or a union",
    ))
}

/// `issubclass(cls, classinfo)`.
pub(super) fn issubclass(_: &Interpreter, args: Args) -> Result<Value> {
    args.check_count("issubclass", 2, 2)?;
    Ok(Value::Bool(subclass_of(
        &args.positional[0],
        &args.positional[1],
    )?))
}

fn subclass_of(cls: &Value, info: &Value) -> Result<bool> {
    if let Value::Tuple(items) = info {
        for c in items.iter() {
            if subclass_of(cls, c)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if let Some(r) = crate::modules::enum_api::subclass_of(cls, info) {
        return Ok(r);
    }
    if let Some(r) = crate::modules::collections::abc::subclass_of(cls, info) {
        return Ok(r);
    }
    if let Some(r) = crate::modules::collections::types::subclass_of(cls, info) {
        return Ok(r);
    }
    let is_class = |v: &Value| v.type_name() == "type";
    if !is_class(cls) {
        return Err(Error::type_error("issubclass() arg 1 must be a class"));
    }
    if !is_class(info) {
        return Err(Error::type_error(
            "issubclass() arg 2 must be a class, a tuple of classes, or a union",
        ));
    }
    if let Some(t) = info.downcast::<TypeObj>() {
        use crate::builtins::types::Kind;
        let own = cls.downcast::<TypeObj>().map(|c| c.kind);
        if t.kind == Kind::Object || (t.kind == Kind::Int && own == Some(Kind::Bool)) {
            return Ok(true);
        }
        if let Some(c) = cls.downcast::<PyClass>() {
            return Ok(c.builtin == Some(t.kind));
        }
        if let Some(c) = cls.downcast::<NativeClass>() {
            return Ok(c.slots.tuple && t.kind == Kind::Tuple);
        }
    }
    if let (Some(a), Some(b)) = (class_rc(cls), info.downcast::<PyClass>()) {
        return Ok(a.is_subclass_of(b) || crate::modules::collections::abc::class_registered(&a, b));
    }
    if let Some(base) = class_name(info) {
        return Ok(match cls.downcast::<PyClass>() {
            Some(c) => c.derives_exc(base),
            None => class_name(cls).is_some_and(|t| is_subclass(t, base)),
        });
    }
    Ok(cls.py_eq(info))
}

pub(super) fn isinstance(_: &Interpreter, args: Args) -> Result<Value> {
    args.check_count("isinstance", 2, 2)?;
    Ok(Value::Bool(instance_of(
        &args.positional[0],
        &args.positional[1],
    )?))
}

pub(super) fn hash(_: &Interpreter, args: Args) -> Result<Value> {
    Ok(Value::Int(python_hash(&one(&args, "hash")?)?))
}

pub(super) fn chr(_: &Interpreter, args: Args) -> Result<Value> {
    match crate::runtime::builtin_base::plain(&one(&args, "chr")?) {
        Value::Int(i) => u32::try_from(i)
            .ok()
            .and_then(char::from_u32)
            .map(|c| Value::str(c.encode_utf8(&mut [0u8; 4])))
            .ok_or_else(|| Error::value_error("chr() arg not in range(0x110000)")),
        other => Err(Error::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            other.type_name()
        ))),
    }
}

pub(super) fn ord(_: &Interpreter, args: Args) -> Result<Value> {
    let v = one(&args, "ord")?;
    match crate::runtime::builtin_base::plain(&v) {
        Value::Str(s) => {
            let mut cs = s.chars();
            match (cs.next(), cs.next()) {
                (Some(c), None) => Ok(Value::Int(c as i64)),
                _ => Err(Error::type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    s.chars().count()
                ))),
            }
        }
        _ => Err(Error::type_error(format!(
            "ord() expected string of length 1, but {} found",
            v.type_name()
        ))),
    }
}

pub(super) fn format(_: &Interpreter, args: Args) -> Result<Value> {
    args.check_count("format", 1, 2)?;
    let spec = match args.positional.get(1) {
        None => String::new(),
        Some(Value::Str(s)) => s.to_string(),
        Some(other) => {
            return Err(Error::type_error(format!(
                "format() argument 2 must be str, not {}",
                other.type_name()
            )))
        }
    };
    Ok(Value::str(&crate::format::format_value(
        &args.positional[0],
        &spec,
    )?))
}

pub(super) fn callable(_: &Interpreter, args: Args) -> Result<Value> {
    Ok(Value::Bool(super::is_callable(&one(&args, "callable")?)))
}

pub(super) fn id(_: &Interpreter, args: Args) -> Result<Value> {
    let v = one(&args, "id")?;
    let addr = match &v {
        Value::Str(s) => s.as_ptr() as usize,
        Value::Tuple(t) => t.as_ptr() as usize,
        Value::List(l) => std::rc::Rc::as_ptr(l) as usize,
        Value::Dict(d) => std::rc::Rc::as_ptr(d) as usize,
        Value::Set(s) => std::rc::Rc::as_ptr(s) as usize,
        Value::FrozenSet(s) => std::rc::Rc::as_ptr(s) as usize,
        Value::Object(o) => std::rc::Rc::as_ptr(o) as *const u8 as usize,
        other => python_hash(other).unwrap_or(0) as usize,
    };
    Ok(Value::Int(addr as i64))
}

fn attr_name(v: &Value, func: &str) -> Result<String> {
    match v {
        Value::Str(s) => Ok(s.to_string()),
        other => Err(Error::type_error(format!(
            "{func}(): attribute name must be string, not '{}'",
            other.type_name()
        ))),
    }
}

pub(super) fn hasattr(interp: &Interpreter, args: Args) -> Result<Value> {
    args.check_count("hasattr", 2, 2)?;
    let name = attr_name(&args.positional[1], "hasattr")?;
    match crate::methods::get_attr(interp, &args.positional[0], &name) {
        Ok(_) => Ok(Value::Bool(true)),
        Err(e) if e.exc_type == "AttributeError" => Ok(Value::Bool(false)),
        Err(e) => Err(e),
    }
}

pub(super) fn getattr(interp: &Interpreter, args: Args) -> Result<Value> {
    args.check_count("getattr", 2, 3)?;
    let name = attr_name(&args.positional[1], "getattr")?;
    match (
        crate::methods::get_attr(interp, &args.positional[0], &name),
        args.positional.get(2),
    ) {
        (Err(e), Some(default)) if e.exc_type == "AttributeError" => Ok(default.clone()),
        (r, _) => r,
    }
}

pub(super) fn setattr(_: &Interpreter, args: Args) -> Result<Value> {
    args.check_count("setattr", 3, 3)?;
    let name = plain_attr_name(&args.positional[1])?;
    crate::methods::set_attr(&args.positional[0], &name, args.positional[2].clone())?;
    Ok(Value::None)
}

pub(super) fn delattr(_: &Interpreter, args: Args) -> Result<Value> {
    args.check_count("delattr", 2, 2)?;
    let name = plain_attr_name(&args.positional[1])?;
    let obj = &args.positional[0];
    crate::runtime::members::del_member(obj, &name).unwrap_or_else(|| {
        Err(Error::new(
            "AttributeError",
            format!("'{}' object has no attribute '{name}'", obj.type_name()),
        ))
    })?;
    Ok(Value::None)
}

/// `setattr`'s and `delattr`'s name check (their message has no function prefix).
fn plain_attr_name(v: &Value) -> Result<String> {
    match v {
        Value::Str(s) => Ok(s.to_string()),
        other => Err(Error::type_error(format!(
            "attribute name must be string, not '{}'",
            other.type_name()
        ))),
    }
}
