//! The `struct` module: `pack`, `unpack`, `calcsize`, `unpack_from`, `iter_unpack` and
//! `Struct` (not `pack_into`), over CPython's format language on x86-64
//! Linux (`@` native sizes and alignment, `=`, `<`, `>`, `!` standard sizes), with its
//! `struct.error` messages. Half floats (`e`) are refused by name.

mod format;

use crate::native::{NativeClass, NativeFunction, NativeInstance};
use crate::runtime::bytes::{bytes_of, bytes_value};
use crate::{Args, Interpreter};
use format::Format;
use runnel_core::{Error, Result, Value};
use std::rc::Rc;

fn struct_error(msg: impl Into<String>) -> Error {
    Error::new("struct.error", msg)
}

fn format_arg(v: &Value) -> Result<Format> {
    match v {
        Value::Str(s) => Format::parse(s),
        other => match bytes_of(other) {
            Some(b) => Format::parse(&String::from_utf8_lossy(&b)),
            None => Err(Error::type_error(format!(
                "Struct() argument 1 must be a str or bytes object, not {}",
                other.type_name()
            ))),
        },
    }
}

fn buffer(v: &Value) -> Result<Vec<u8>> {
    bytes_of(v).ok_or_else(|| {
        Error::type_error(format!(
            "a bytes-like object is required, not '{}'",
            v.type_name()
        ))
    })
}

fn unpack(f: &Format, data: &[u8]) -> Result<Value> {
    if data.len() != f.size {
        return Err(struct_error(format!(
            "unpack requires a buffer of {} bytes",
            f.size
        )));
    }
    Ok(f.unpack(data))
}

fn unpack_from(f: &Format, data: &[u8], offset: i64) -> Result<Value> {
    let off = if offset < 0 {
        data.len() as i64 + offset
    } else {
        offset
    };
    if off < 0 {
        return Err(struct_error(format!(
            "offset {offset} out of range for {}-byte buffer",
            data.len()
        )));
    }
    let end = off.saturating_add(f.size as i64);
    if (data.len() as i64) < end {
        return Err(struct_error(format!(
            "unpack_from requires a buffer of at least {end} bytes for unpacking {} bytes at offset {off} (actual buffer size is {})",
            f.size,
            data.len()
        )));
    }
    let off = off as usize; // within the buffer, checked above
    Ok(f.unpack(&data[off..off + f.size]))
}

fn iter_unpack(f: &Format, data: &[u8]) -> Result<Value> {
    if f.size == 0 {
        return Err(struct_error(
            "cannot iteratively unpack with a struct of length 0",
        ));
    }
    if !data.len().is_multiple_of(f.size) {
        return Err(struct_error(format!(
            "iterative unpacking requires a buffer of a multiple of {} bytes",
            f.size
        )));
    }
    let items = data.chunks(f.size).map(|c| f.unpack(c)).collect();
    Ok(crate::runtime::iter::IterObj::from_items(
        "unpack_iterator",
        items,
    ))
}

fn offset_arg(a: &mut Args, idx: usize) -> Result<i64> {
    match a.take(idx, "offset") {
        Some(v) => crate::modules::args::index(&v),
        None => Ok(0),
    }
}

fn this(v: &Value) -> Result<Rc<Format>> {
    NativeInstance::data_of::<Format>(v).ok_or_else(|| Error::type_error("not a Struct"))
}

fn struct_class() -> Rc<NativeClass> {
    NativeClass::new("_struct.Struct")
        .method("pack", |_, s, a: Args| {
            a.finish("pack")?;
            Ok(bytes_value(this(s)?.pack(&a.positional)?))
        })
        .method("unpack", |_, s, a: Args| {
            a.check_count("unpack", 1, 1)?;
            unpack(&*this(s)?, &buffer(&a.positional[0])?)
        })
        .method("unpack_from", |_, s, mut a: Args| {
            let data = buffer(&a.require(0, "buffer", "unpack_from")?)?;
            let off = offset_arg(&mut a, 1)?;
            unpack_from(&*this(s)?, &data, off)
        })
        .method("iter_unpack", |_, s, a: Args| {
            a.check_count("iter_unpack", 1, 1)?;
            iter_unpack(&*this(s)?, &buffer(&a.positional[0])?)
        })
        .property("format", |_, s| Ok(Value::str(&this(s)?.text)))
        .property("size", |_, s| Ok(Value::Int(this(s)?.size as i64)))
        .with_self_constructor(|_, class, a| {
            a.check_count("Struct", 1, 1)?;
            a.finish("Struct")?;
            let f = format_arg(&a.positional[0])?;
            Ok(NativeInstance::new(class.clone(), Rc::new(f)))
        })
}

/// The format (first argument) of a module function.
fn first_format(a: &Args, func: &str) -> Result<Format> {
    let v = a.positional.first().ok_or_else(|| {
        Error::type_error(format!(
            "{func}() missing required argument 'format' (pos 1)"
        ))
    })?;
    format_arg(v)
}

pub(super) fn attrs() -> Vec<(&'static str, Value)> {
    vec![
        (
            "pack",
            NativeFunction::new("pack", |_: &Interpreter, a: Args| {
                let f = first_format(&a, "pack")?;
                a.finish("pack")?;
                Ok(bytes_value(f.pack(&a.positional[1..])?))
            }),
        ),
        (
            "unpack",
            NativeFunction::new("unpack", |_, a: Args| {
                a.check_count("unpack", 2, 2)?;
                unpack(&first_format(&a, "unpack")?, &buffer(&a.positional[1])?)
            }),
        ),
        (
            "unpack_from",
            NativeFunction::new("unpack_from", |_, mut a: Args| {
                let f = first_format(&a, "unpack_from")?;
                let data = buffer(&a.require(1, "buffer", "unpack_from")?)?;
                let off = offset_arg(&mut a, 2)?;
                unpack_from(&f, &data, off)
            }),
        ),
        (
            "iter_unpack",
            NativeFunction::new("iter_unpack", |_, a: Args| {
                a.check_count("iter_unpack", 2, 2)?;
                iter_unpack(
                    &first_format(&a, "iter_unpack")?,
                    &buffer(&a.positional[1])?,
                )
            }),
        ),
        (
            "calcsize",
            NativeFunction::new("calcsize", |_, a: Args| {
                a.check_count("calcsize", 1, 1)?;
                Ok(Value::Int(first_format(&a, "calcsize")?.size as i64))
            }),
        ),
        ("Struct", Value::Object(struct_class())),
        (
            "error",
            Value::object(crate::exceptions::ExcClass {
                name: "struct.error",
            }),
        ),
    ]
}
