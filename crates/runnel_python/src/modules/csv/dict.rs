//! `csv.DictReader` and `csv.DictWriter`, as CPython's `csv.py` defines them over the
//! reader and writer: rows as dicts keyed by the field names.

use super::reader::Reader;
use super::writer::{writerows, Writer};
use crate::native::{NativeClass, NativeInstance};
use crate::{Args, Interpreter};
use runnel_core::value::PyDict;
use runnel_core::{Error, Result, Value};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

pub(crate) struct DictReader {
    pub reader: Rc<Reader>,
    pub fieldnames: RefCell<Option<Value>>,
    pub restkey: Value,
    pub restval: Value,
    pub line_num: Cell<i64>,
    pub started: Cell<bool>,
}

impl DictReader {
    /// `fieldnames`: read from the first row when not given.
    fn fieldnames(&self, interp: &Interpreter) -> Result<Value> {
        let known = self.fieldnames.borrow().clone();
        let names = match known {
            Some(n) => n,
            None => {
                let first = self.reader.next_row(interp)?.map(Value::list);
                *self.fieldnames.borrow_mut() = first.clone();
                first.unwrap_or(Value::None)
            }
        };
        self.line_num.set(self.reader.line_num());
        Ok(names)
    }

    fn next_dict(&self, interp: &Interpreter) -> Result<Option<Value>> {
        if !self.started.replace(true) {
            self.fieldnames(interp)?;
        }
        let row = loop {
            match self.reader.next_row(interp)? {
                None => return Ok(None),
                Some(r) if r.is_empty() => {}
                Some(r) => break r,
            }
        };
        self.line_num.set(self.reader.line_num());
        let names = interp.collect(&self.fieldnames(interp)?)?;
        let mut d = PyDict::new();
        for (k, v) in names.iter().zip(&row) {
            d.insert(k.clone(), v.clone())?;
        }
        if names.len() < row.len() {
            d.insert(
                self.restkey.clone(),
                Value::list(row[names.len()..].to_vec()),
            )?;
        } else {
            for k in &names[row.len()..] {
                d.insert(k.clone(), self.restval.clone())?;
            }
        }
        Ok(Some(Value::dict(d)))
    }
}

fn reader_of(v: &Value) -> Result<Rc<DictReader>> {
    NativeInstance::data_of::<DictReader>(v)
        .ok_or_else(|| Error::type_error("descriptor requires a 'DictReader' object"))
}

/// A list of `fieldnames` when given as an iterator (as `csv.py` does).
fn names_arg(interp: &Interpreter, v: Option<Value>) -> Result<Option<Value>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v @ (Value::List(_) | Value::Tuple(_))) => Ok(Some(v)),
        Some(v) => Ok(Some(Value::list(interp.collect(&v)?))),
    }
}

pub(crate) fn dict_reader_class(
    make_reader: impl Fn(&Interpreter, Value, Option<Value>, Args) -> Result<Reader> + 'static,
) -> Rc<NativeClass> {
    NativeClass::new("csv.DictReader")
        .method("__iter__", |_, s, _| Ok(s.clone()))
        .method("__next__", |interp, s, a: Args| {
            a.check_count("__next__", 0, 0)?;
            reader_of(s)?
                .next_dict(interp)?
                .ok_or_else(|| Error::new("StopIteration", ""))
        })
        .property("fieldnames", |interp, s| reader_of(s)?.fieldnames(interp))
        .property("line_num", |_, s| {
            Ok(Value::Int(reader_of(s)?.line_num.get()))
        })
        .property("restkey", |_, s| Ok(reader_of(s)?.restkey.clone()))
        .property("restval", |_, s| Ok(reader_of(s)?.restval.clone()))
        .with_self_constructor(move |interp, class, mut a| {
            let f = a.require(0, "f", "DictReader.__init__")?;
            let names = names_arg(interp, a.take(1, "fieldnames"))?;
            let restkey = a.take(2, "restkey").unwrap_or(Value::None);
            let restval = a.take(3, "restval").unwrap_or(Value::None);
            let dialect = a.take(4, "dialect");
            a.positional.clear();
            let reader = make_reader(interp, f, dialect, a)?;
            let dr = DictReader {
                reader: Rc::new(reader),
                fieldnames: RefCell::new(names),
                restkey,
                restval,
                line_num: Cell::new(0),
                started: Cell::new(false),
            };
            Ok(NativeInstance::new(class.clone(), Rc::new(dr)))
        })
}

pub(crate) struct DictWriter {
    writer: Writer,
    fieldnames: Value,
    restval: Value,
    raise_extras: bool,
}

impl DictWriter {
    /// The row of values in `fieldnames` order (`_dict_to_list`).
    fn row(&self, interp: &Interpreter, rowdict: &Value) -> Result<Value> {
        let names = interp.collect(&self.fieldnames)?;
        if self.raise_extras {
            // `rowdict.keys() - self.fieldnames`, a set, as csv.py computes it.
            let keys = crate::methods::call_method(interp, rowdict, "keys", Args::new(vec![]))?;
            let wrong = crate::runtime::ops::binop(
                crate::runtime::ops::Op::Sub,
                &keys,
                &self.fieldnames,
                interp.config.max_collection_len,
            )?;
            let wrong = interp.collect(&wrong)?;
            if !wrong.is_empty() {
                let names: Vec<String> = wrong
                    .iter()
                    .map(crate::runtime::guard::repr)
                    .collect::<Result<_>>()?;
                return Err(Error::value_error(format!(
                    "dict contains fields not in fieldnames: {}",
                    names.join(", ")
                )));
            }
        }
        let mut row = Vec::with_capacity(names.len());
        for k in names {
            let get = Args::new(vec![k, self.restval.clone()]);
            row.push(crate::methods::call_method(interp, rowdict, "get", get)?);
        }
        Ok(Value::list(row))
    }
}

fn writer_of(v: &Value) -> Result<Rc<DictWriter>> {
    NativeInstance::data_of::<DictWriter>(v)
        .ok_or_else(|| Error::type_error("descriptor requires a 'DictWriter' object"))
}

pub(crate) fn dict_writer_class(
    make_writer: impl Fn(&Interpreter, Value, Option<Value>, Args) -> Result<Writer> + 'static,
) -> Rc<NativeClass> {
    NativeClass::new("csv.DictWriter")
        .method("writeheader", |interp, s, a: Args| {
            a.check_count("writeheader", 0, 0)?;
            let w = writer_of(s)?;
            w.writer.writerow(interp, &w.fieldnames)
        })
        .method("writerow", |interp, s, a: Args| {
            a.check_count("writerow", 1, 1)?;
            let w = writer_of(s)?;
            let row = w.row(interp, &a.positional[0])?;
            w.writer.writerow(interp, &row)
        })
        .method("writerows", |interp, s, a: Args| {
            a.check_count("writerows", 1, 1)?;
            let w = writer_of(s)?;
            writerows(interp, &w.writer, &a.positional[0], |i, r| w.row(i, &r))
        })
        .property("fieldnames", |_, s| Ok(writer_of(s)?.fieldnames.clone()))
        .property("restval", |_, s| Ok(writer_of(s)?.restval.clone()))
        .with_self_constructor(move |interp, class, mut a| {
            let f = a.require(0, "f", "DictWriter.__init__")?;
            let names = a.require(1, "fieldnames", "DictWriter.__init__")?;
            let names = names_arg(interp, Some(names))?.unwrap_or(Value::None);
            let restval = a.take(2, "restval").unwrap_or(Value::str(""));
            let extras = a.take(3, "extrasaction").unwrap_or(Value::str("raise"));
            let dialect = a.take(4, "dialect");
            a.positional.clear();
            let action = crate::runtime::guard::to_str(&extras)?.to_lowercase();
            if action != "raise" && action != "ignore" {
                return Err(Error::value_error(format!(
                    "extrasaction ({}) must be 'raise' or 'ignore'",
                    crate::runtime::guard::to_str(&extras)?
                )));
            }
            let writer = make_writer(interp, f, dialect, a)?;
            let dw = DictWriter {
                writer,
                fieldnames: names,
                restval,
                raise_extras: action == "raise",
            };
            Ok(NativeInstance::new(class.clone(), Rc::new(dw)))
        })
}
