//! The `io` module's in-memory streams: `StringIO` (text, with its `newline` modes) and
//! `BytesIO`, as CPython's: read/readline/readlines, iteration by lines, write, seek/tell,
//! truncate, getvalue, close and `with`. Both share one buffer type ([`Buf`]) over chars
//! or bytes.

mod binary;
mod text;

use crate::native::NativeClass;
use crate::{Args, Interpreter};
use runnel_core::{Error, Result, Value};

/// The longest stream (items): as big as a program's collections may grow.
const MAX_LEN: usize = 1 << 28;

/// A stream's contents and position (in chars for text, bytes for binary).
pub(super) struct Buf<T> {
    data: Vec<T>,
    pos: usize,
    closed: bool,
    /// A text stream (its closed error differs).
    text: bool,
}

/// The error of an operation on a closed stream (CPython's `StringIO` says it without
/// the final period `BytesIO` has).
fn closed_error(text: bool) -> Error {
    Error::value_error(if text {
        "I/O operation on closed file"
    } else {
        "I/O operation on closed file."
    })
}

pub(super) fn busy() -> Error {
    Error::new("RuntimeError", "stream used while it is busy")
}

impl<T: Copy + Default> Buf<T> {
    fn new(data: Vec<T>, text: bool) -> Buf<T> {
        Buf {
            data,
            pos: 0,
            closed: false,
            text,
        }
    }

    fn open(&mut self) -> Result<&mut Self> {
        if self.closed {
            return Err(closed_error(self.text));
        }
        Ok(self)
    }

    /// Up to `n` items from the position (`None`: to the end).
    fn read(&mut self, n: Option<usize>) -> Vec<T> {
        let start = self.pos.min(self.data.len());
        let end = n.map_or(self.data.len(), |n| (start + n).min(self.data.len()));
        self.pos = end.max(self.pos);
        self.data[start..end].to_vec()
    }

    /// One line: up to and including the end found by `line_end` (its index past the
    /// line's end within the rest), at most `limit` items.
    fn readline(
        &mut self,
        limit: Option<usize>,
        line_end: impl Fn(&[T]) -> Option<usize>,
    ) -> Vec<T> {
        let start = self.pos.min(self.data.len());
        let rest = &self.data[start..];
        let mut n = line_end(rest).unwrap_or(rest.len());
        if let Some(l) = limit {
            n = n.min(l);
        }
        self.pos = start + n;
        rest[..n].to_vec()
    }

    /// Writes at the position, padding a gap past the end with zeros.
    fn write(&mut self, items: &[T]) -> Result<()> {
        // A seek far past the end would pad with that many zeros.
        if self.pos.saturating_add(items.len()) > MAX_LEN {
            return Err(crate::exceptions::memory_error());
        }
        if self.pos > self.data.len() {
            self.data.resize(self.pos, T::default());
        }
        let end = self.pos + items.len();
        let overlap = end.min(self.data.len()) - self.pos;
        self.data[self.pos..self.pos + overlap].copy_from_slice(&items[..overlap]);
        self.data.extend_from_slice(&items[overlap..]);
        self.pos = end;
        Ok(())
    }

    fn seek(&mut self, pos: i64, whence: i64) -> Result<usize> {
        self.open()?;
        if !self.text {
            return self.seek_binary(pos, whence);
        }
        match whence {
            0 if pos < 0 => {
                return Err(Error::value_error(format!("Negative seek position {pos}")))
            }
            0 => self.pos = usize::try_from(pos).unwrap_or(usize::MAX),
            1 if pos != 0 => {
                return Err(Error::new("OSError", "Can't do nonzero cur-relative seeks"))
            }
            1 => {}
            2 if pos != 0 => {
                return Err(Error::new("OSError", "Can't do nonzero cur-relative seeks"))
            }
            2 => self.pos = self.data.len(),
            _ => {
                return Err(Error::value_error(format!(
                    "Invalid whence ({whence}, should be 0, 1 or 2)"
                )))
            }
        }
        Ok(self.pos)
    }
}

impl<T> Buf<T> {
    /// `BytesIO.seek`: relative seeks are allowed, clamped at the start.
    fn seek_binary(&mut self, pos: i64, whence: i64) -> Result<usize> {
        let base = match whence {
            0 if pos < 0 => return Err(Error::value_error(format!("negative seek value {pos}"))),
            0 => 0,
            1 => self.pos as i64,
            2 => self.data.len() as i64,
            _ => {
                return Err(Error::value_error(format!(
                    "invalid whence ({whence}, should be 0, 1 or 2)"
                )))
            }
        };
        self.pos = usize::try_from(base.saturating_add(pos).max(0)).unwrap_or(usize::MAX);
        Ok(self.pos)
    }
}

/// `size` of `read(size)`/`readline(size)`: `None` or negative is "all".
pub(super) fn size_arg(a: &mut Args, func: &str) -> Result<Option<usize>> {
    let v = a.take(0, "size");
    crate::modules::args::done(a, func, 1)?;
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => {
            let n = crate::modules::args::index(&v)?;
            Ok(usize::try_from(n).ok())
        }
    }
}

pub(super) fn seek_args(a: &Args) -> Result<(i64, i64)> {
    a.check_count("seek", 1, 2)?;
    a.finish("seek")?;
    let pos = crate::modules::args::index(&a.positional[0])?;
    let whence = match a.positional.get(1) {
        Some(w) => crate::modules::args::index(w)?,
        None => 0,
    };
    Ok((pos, whence))
}

pub(super) fn truncate_to<T: Copy + Default>(b: &mut Buf<T>, a: &Args) -> Result<Value> {
    a.check_count("truncate", 0, 1)?;
    let size = match a.positional.first() {
        None | Some(Value::None) => b.pos,
        Some(v) => {
            let n = crate::modules::args::index(v)?;
            if n < 0 {
                return Err(Error::value_error(format!("Negative size value {n}")));
            }
            usize::try_from(n).unwrap_or(usize::MAX)
        }
    };
    b.open()?.data.truncate(size);
    Ok(Value::Int(size as i64))
}

pub(super) type M = fn(&Interpreter, &Value, Args) -> Result<Value>;

/// What both streams have: the context manager, closing, and the capability queries.
pub(super) fn common(class: NativeClass) -> NativeClass {
    let yes: M = |_, _, a| {
        a.check_count("readable", 0, 0)?;
        Ok(Value::Bool(true))
    };
    class
        .method("__enter__", |_, s, _| Ok(s.clone()))
        .method("__iter__", |_, s, _| Ok(s.clone()))
        .method("__exit__", |i, s, _| {
            crate::methods::call_method(i, s, "close", Args::new(vec![])).map(|_| Value::None)
        })
        .method("readable", yes)
        .method("writable", yes)
        .method("seekable", yes)
        .method("flush", |_, _, _| Ok(Value::None))
}

pub(super) fn attrs() -> Vec<(&'static str, Value)> {
    vec![
        ("StringIO", Value::Object(text::string_io_class())),
        ("BytesIO", Value::Object(binary::bytes_io_class())),
        ("SEEK_SET", Value::Int(0)),
        ("SEEK_CUR", Value::Int(1)),
        ("SEEK_END", Value::Int(2)),
        (
            "UnsupportedOperation",
            Value::object(crate::exceptions::ExcClass {
                name: "io.UnsupportedOperation",
            }),
        ),
    ]
}
