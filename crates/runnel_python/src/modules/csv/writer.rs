//! `csv.writer`: rows joined and quoted as CPython 3.11's `_csv.c` does (`join_append`),
//! each written with one call of the file object's `write`.

use super::dialect::{csv_error, Dialect, QUOTE_ALL, QUOTE_NONE, QUOTE_NONNUMERIC};
use crate::native::{NativeClass, NativeInstance};
use crate::{Args, Interpreter};
use runnel_core::{Error, Result, Value};
use std::rc::Rc;

pub(crate) struct Writer {
    write: Value,
    pub dialect: Dialect,
}

/// Whether `v` is a number to `QUOTE_NONNUMERIC` (CPython's `PyNumber_Check`).
fn is_number(v: &Value) -> bool {
    match v {
        Value::Int(_) | Value::Bool(_) | Value::Float(_) => true,
        Value::Object(_) => {
            runnel_core::value::is_big(v)
                || crate::runtime::builtin_base::base_of(v)
                    .is_some_and(|b| matches!(b, Value::Int(_) | Value::Float(_)))
        }
        _ => false,
    }
}

impl Writer {
    /// Appends one field (`None`: empty) to `rec`, quoting and escaping as needed.
    fn append(
        &self,
        rec: &mut String,
        first: bool,
        field: Option<&str>,
        mut quoted: bool,
    ) -> Result<()> {
        let d = &self.dialect;
        let mut body = String::new();
        for c in field.unwrap_or("").chars() {
            let special = c == d.delimiter
                || Some(c) == d.escapechar
                || Some(c) == d.quotechar
                || d.lineterminator.contains(c);
            if special {
                let mut escape = d.quoting == QUOTE_NONE;
                if !escape {
                    if Some(c) == d.quotechar {
                        if d.doublequote {
                            body.push(c);
                        } else {
                            escape = true;
                        }
                    } else if Some(c) == d.escapechar {
                        escape = true;
                    }
                    if !escape {
                        quoted = true;
                    }
                }
                if escape {
                    let Some(e) = d.escapechar else {
                        return Err(csv_error("need to escape, but no escapechar set"));
                    };
                    body.push(e);
                }
            }
            body.push(c);
        }
        if !first {
            rec.push(d.delimiter);
        }
        let q = d.quotechar.filter(|_| quoted);
        rec.extend(q);
        rec.push_str(&body);
        rec.extend(q);
        Ok(())
    }

    /// The line `writerow(row)` writes.
    pub(crate) fn line(&self, interp: &Interpreter, row: &Value) -> Result<String> {
        let d = &self.dialect;
        let mut it = interp.make_iter(row).map_err(|e| {
            if e.exc_type == "TypeError" {
                csv_error(format!("iterable expected, not {}", row.type_name()))
            } else {
                e
            }
        })?;
        let mut rec = String::new();
        let mut n = 0;
        while let Some(field) = it.next(interp)? {
            let quoted = match d.quoting {
                QUOTE_NONNUMERIC => !is_number(&field),
                QUOTE_ALL => true,
                _ => false,
            };
            let text = match crate::runtime::builtin_base::plain(&field) {
                Value::Str(s) => Some(s.to_string()),
                Value::None => None,
                _ => Some(crate::runtime::guard::to_str(&field)?),
            };
            self.append(&mut rec, n == 0, text.as_deref(), quoted)?;
            n += 1;
        }
        if n == 1 && rec.is_empty() {
            if d.quoting == QUOTE_NONE {
                return Err(csv_error("single empty field record must be quoted"));
            }
            self.append(&mut rec, true, None, true)?;
        }
        rec.push_str(&d.lineterminator);
        Ok(rec)
    }

    pub(crate) fn writerow(&self, interp: &Interpreter, row: &Value) -> Result<Value> {
        let line = self.line(interp, row)?;
        interp.call_value(&self.write, Args::new(vec![Value::str(&line)]))
    }
}

fn this(v: &Value) -> Result<Rc<Writer>> {
    NativeInstance::data_of::<Writer>(v)
        .ok_or_else(|| Error::type_error("descriptor requires a '_csv.writer' object"))
}

/// A writer over `file` (anything with a `write` method).
pub(crate) fn new_writer(interp: &Interpreter, file: &Value, dialect: Dialect) -> Result<Writer> {
    let write = crate::methods::get_attr(interp, file, "write")
        .map_err(|_| Error::type_error("argument 1 must have a \"write\" method"))?;
    Ok(Writer { write, dialect })
}

/// Writes every row of `rows` with `row_of` applied (a `DictWriter`'s dict to list).
pub(crate) fn writerows(
    interp: &Interpreter,
    w: &Writer,
    rows: &Value,
    row_of: impl Fn(&Interpreter, Value) -> Result<Value>,
) -> Result<Value> {
    let mut it = interp.make_iter(rows)?;
    while let Some(row) = it.next(interp)? {
        let row = row_of(interp, row)?;
        w.writerow(interp, &row)?;
    }
    Ok(Value::None)
}

pub(crate) fn writer_class(dialect_class: Rc<NativeClass>) -> Rc<NativeClass> {
    let class = NativeClass::new("_csv.writer")
        .method("writerow", |interp, s, a: Args| {
            a.check_count("writerow", 1, 1)?;
            this(s)?.writerow(interp, &a.positional[0])
        })
        .method("writerows", |interp, s, a: Args| {
            a.check_count("writerows", 1, 1)?;
            writerows(interp, &*this(s)?, &a.positional[0], |_, r| Ok(r))
        })
        .property("dialect", move |_, s| {
            let d = this(s)?.dialect.clone();
            Ok(NativeInstance::new(dialect_class.clone(), Rc::new(d)))
        });
    Rc::new(class)
}
