//! The `csv` module: `reader`, `writer`, `DictReader`, `DictWriter`, dialects
//! (`register_dialect`, `get_dialect`, `excel`...), the quoting constants,
//! `field_size_limit` and `csv.Error`, as CPython 3.11's. `Sniffer` is refused by name.

mod dialect;
mod dict;
mod reader;
mod writer;

use crate::exceptions::ExcClass;
use crate::native::{NativeFunction, NativeInstance};
use crate::{Args, Interpreter};
use dialect::{csv_error, Dialect, Registry};
use runnel_core::{Error, Result, Value};
use std::rc::Rc;

/// The reader of `csv.reader(iterable, dialect='excel', **fmtparams)`.
fn make_reader(
    interp: &Interpreter,
    reg: &Rc<Registry>,
    src: Value,
    dialect: Option<Value>,
    kwargs: Args,
) -> Result<reader::Reader> {
    let it = interp.make_iter(&src)?;
    let d = dialect::resolve(interp, reg, dialect, kwargs)?;
    Ok(reader::Reader::new(it, d, reg.clone()))
}

fn make_writer(
    interp: &Interpreter,
    reg: &Rc<Registry>,
    file: Value,
    dialect: Option<Value>,
    kwargs: Args,
) -> Result<writer::Writer> {
    let d = dialect::resolve(interp, reg, dialect, kwargs)?;
    writer::new_writer(interp, &file, d)
}

/// `(first, dialect)` of `reader(first, dialect, **kw)`, leaving the keywords in `a`.
fn split_args(mut a: Args, func: &str) -> Result<(Value, Option<Value>, Args)> {
    let first = a.positional.first().cloned().ok_or_else(|| {
        // CPython's message names no function here.
        Error::type_error(" expected at least 1 argument, got 0")
    })?;
    if a.positional.len() > 2 {
        return Err(Error::type_error(format!(
            "{func}() takes at most 2 positional arguments ({} given)",
            a.positional.len()
        )));
    }
    let dialect = a
        .positional
        .get(1)
        .cloned()
        .or_else(|| a.take_keyword("dialect"));
    a.positional.clear();
    Ok((first, dialect, a))
}

fn register_dialect(interp: &Interpreter, reg: &Registry, mut a: Args) -> Result<Value> {
    let name = a.positional.first().cloned().ok_or_else(|| {
        Error::type_error("register_dialect() expected at least 1 argument, got 0")
    })?;
    let Value::Str(name) = name else {
        return Err(Error::type_error("dialect name must be a string"));
    };
    let base = a.positional.get(1).cloned();
    a.positional.clear();
    let d = dialect::resolve(interp, reg, base, a)?;
    reg.dialects.borrow_mut().insert(name.to_string(), d);
    Ok(Value::None)
}

fn field_size_limit(reg: &Registry, mut a: Args) -> Result<Value> {
    let limit = a.take(0, "new_limit");
    crate::modules::args::done(&a, "field_size_limit", 1)?;
    let old = reg.field_limit.get();
    if let Some(v) = limit {
        match v {
            Value::Int(n) => reg.field_limit.set(n),
            _ => return Err(Error::type_error("limit must be an integer")),
        }
    }
    Ok(Value::Int(old))
}

pub(super) fn attrs() -> Vec<(&'static str, Value)> {
    let reg = Registry::new();
    let dialect_class = dialect::dialect_class();
    let reader_class = reader::reader_class(dialect_class.clone());
    let writer_class = writer::writer_class(dialect_class.clone());
    let (r1, r2, r3, r4, r5, r6, r7, r8) = (
        reg.clone(),
        reg.clone(),
        reg.clone(),
        reg.clone(),
        reg.clone(),
        reg.clone(),
        reg.clone(),
        reg.clone(),
    );
    let excel = Dialect::excel();
    let tab = reg.dialects.borrow()["excel-tab"].clone();
    let unix = reg.dialects.borrow()["unix"].clone();
    vec![
        (
            "reader",
            NativeFunction::new("reader", move |interp, a| {
                let (src, d, kw) = split_args(a, "reader")?;
                let r = make_reader(interp, &r1, src, d, kw)?;
                Ok(NativeInstance::new(reader_class.clone(), Rc::new(r)))
            }),
        ),
        (
            "writer",
            NativeFunction::new("writer", move |interp, a| {
                let (file, d, kw) = split_args(a, "writer")?;
                let w = make_writer(interp, &r2, file, d, kw)?;
                Ok(NativeInstance::new(writer_class.clone(), Rc::new(w)))
            }),
        ),
        (
            "DictReader",
            Value::Object(dict::dict_reader_class(move |i, f, d, kw| {
                make_reader(i, &r3, f, d, kw)
            })),
        ),
        (
            "DictWriter",
            Value::Object(dict::dict_writer_class(move |i, f, d, kw| {
                make_writer(i, &r4, f, d, kw)
            })),
        ),
        (
            "register_dialect",
            NativeFunction::new("register_dialect", move |i, a| register_dialect(i, &r5, a)),
        ),
        (
            "unregister_dialect",
            NativeFunction::new("unregister_dialect", move |_, a: Args| {
                a.check_count("unregister_dialect", 1, 1)?;
                let name = crate::runtime::guard::to_str(&a.positional[0])?;
                match r6.dialects.borrow_mut().shift_remove(&name) {
                    Some(_) => Ok(Value::None),
                    None => Err(csv_error("unknown dialect")),
                }
            }),
        ),
        (
            "get_dialect",
            NativeFunction::new("get_dialect", move |_, a: Args| {
                a.check_count("get_dialect", 1, 1)?;
                let name = crate::runtime::guard::to_str(&a.positional[0])?;
                let d = r7.dialects.borrow().get(&name).cloned();
                let d = d.ok_or_else(|| csv_error("unknown dialect"))?;
                Ok(NativeInstance::new(dialect_class.clone(), Rc::new(d)))
            }),
        ),
        (
            "list_dialects",
            NativeFunction::new("list_dialects", move |_, a: Args| {
                a.check_count("list_dialects", 0, 0)?;
                let names = r8.dialects.borrow().keys().map(|k| Value::str(k)).collect();
                Ok(Value::list(names))
            }),
        ),
        (
            "field_size_limit",
            NativeFunction::new("field_size_limit", move |_, a| field_size_limit(&reg, a)),
        ),
        ("QUOTE_MINIMAL", Value::Int(dialect::QUOTE_MINIMAL)),
        ("QUOTE_ALL", Value::Int(dialect::QUOTE_ALL)),
        ("QUOTE_NONNUMERIC", Value::Int(dialect::QUOTE_NONNUMERIC)),
        ("QUOTE_NONE", Value::Int(dialect::QUOTE_NONE)),
        ("excel", dialect::dialect_type("csv.excel", &excel)),
        ("excel_tab", dialect::dialect_type("csv.excel_tab", &tab)),
        (
            "unix_dialect",
            dialect::dialect_type("csv.unix_dialect", &unix),
        ),
        ("Error", Value::object(ExcClass { name: "_csv.Error" })),
        ("__version__", Value::str("1.0")),
    ]
}
