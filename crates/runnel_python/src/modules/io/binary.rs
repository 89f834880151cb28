//! `io.BytesIO`: a binary stream.

use super::{busy, common, seek_args, size_arg, truncate_to, Buf, M};
use crate::native::{NativeClass, NativeInstance};
use crate::runtime::bytes::{bytes_of, bytes_value};
use runnel_core::{Error, Result, Value};
use std::cell::RefCell;
use std::rc::Rc;

struct Binary {
    buf: RefCell<Buf<u8>>,
}

impl Binary {
    fn get(v: &Value) -> Result<Rc<Binary>> {
        NativeInstance::data_of::<Binary>(v)
            .ok_or_else(|| Error::type_error("descriptor requires a '_io.BytesIO' object"))
    }

    fn with<R>(v: &Value, f: impl FnOnce(&mut Buf<u8>) -> Result<R>) -> Result<R> {
        let b = Binary::get(v)?;
        let mut buf = b.buf.try_borrow_mut().map_err(|_| busy())?;
        f(&mut buf)
    }

    fn readline(v: &Value, limit: Option<usize>) -> Result<Vec<u8>> {
        Binary::with(v, |b| {
            let end = |rest: &[u8]| rest.iter().position(|&c| c == b'\n').map(|i| i + 1);
            Ok(b.open()?.readline(limit, end))
        })
    }
}

fn bytes_arg(v: &Value) -> Result<Vec<u8>> {
    bytes_of(v).ok_or_else(|| {
        Error::type_error(format!(
            "a bytes-like object is required, not '{}'",
            v.type_name()
        ))
    })
}

const BINARY_METHODS: &[(&str, M)] = &[
    ("read", |_, s, mut a| {
        let n = size_arg(&mut a, "read")?;
        Binary::with(s, |b| Ok(bytes_value(b.open()?.read(n))))
    }),
    ("readline", |_, s, mut a| {
        let n = size_arg(&mut a, "readline")?;
        Ok(bytes_value(Binary::readline(s, n)?))
    }),
    ("readlines", |_, s, a| {
        a.check_count("readlines", 0, 1)?;
        let mut lines = Vec::new();
        loop {
            let line = Binary::readline(s, None)?;
            if line.is_empty() {
                return Ok(Value::list(lines));
            }
            lines.push(bytes_value(line));
        }
    }),
    ("__next__", |_, s, a| {
        a.check_count("__next__", 0, 0)?;
        let line = Binary::readline(s, None)?;
        if line.is_empty() {
            return Err(Error::new("StopIteration", ""));
        }
        Ok(bytes_value(line))
    }),
    ("write", |_, s, a| {
        a.check_count("write", 1, 1)?;
        let data = bytes_arg(&a.positional[0])?;
        Binary::with(s, |b| {
            b.open()?.write(&data)?;
            Ok(Value::Int(data.len() as i64))
        })
    }),
    ("writelines", |i, s, a| {
        a.check_count("writelines", 1, 1)?;
        for line in i.collect(&a.positional[0])? {
            let data = bytes_arg(&line)?;
            Binary::with(s, |b| {
                b.open()?.write(&data)?;
                Ok(())
            })?;
        }
        Ok(Value::None)
    }),
    ("getvalue", |_, s, a| {
        a.check_count("getvalue", 0, 0)?;
        Binary::with(s, |b| Ok(bytes_value(b.open()?.data.clone())))
    }),
    ("seek", |_, s, a| {
        let (pos, whence) = seek_args(&a)?;
        Binary::with(s, |b| Ok(Value::Int(b.seek(pos, whence)? as i64)))
    }),
    ("tell", |_, s, a| {
        a.check_count("tell", 0, 0)?;
        Binary::with(s, |b| Ok(Value::Int(b.open()?.pos as i64)))
    }),
    ("truncate", |_, s, a| {
        Binary::with(s, |b| truncate_to(b, &a))
    }),
    ("close", |_, s, _| {
        Binary::with(s, |b| {
            b.closed = true;
            Ok(Value::None)
        })
    }),
];

pub(super) fn bytes_io_class() -> Rc<NativeClass> {
    let mut class = common(NativeClass::new("_io.BytesIO"));
    for (name, m) in BINARY_METHODS {
        class = class.method(name, *m);
    }
    class
        .property("closed", |_, s| {
            Binary::with(s, |b| Ok(Value::Bool(b.closed)))
        })
        .with_self_constructor(|_, class, mut a| {
            let initial = a.take(0, "initial_bytes");
            crate::modules::args::done(&a, "BytesIO", 1)?;
            let data = match initial {
                None | Some(Value::None) => Vec::new(),
                Some(v) => bytes_arg(&v)?,
            };
            let b = Binary {
                buf: RefCell::new(Buf::new(data, false)),
            };
            Ok(NativeInstance::new(class.clone(), Rc::new(b)))
        })
}
